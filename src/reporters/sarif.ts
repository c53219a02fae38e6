// SARIF 2.1.0 (OASIS), for code-scanning services (GitHub, Azure DevOps) and IDE viewers.
// Each rule is listed once in tool.driver.rules; each finding is a result whose location is the
// finding's span, with the EN and FR segments as related locations.

import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Pair, Place, RuleMeta, RunResult, Severity } from '../core/types.js';
import { VERSION } from '../core/version.js';
import { resourcePath } from '../core/resources.js';
import type { ReporterOptions } from './index.js';
import { findingsOf, pairIndex, reportFiles } from './common.js';
import { FINGERPRINT_KEY, findingFingerprint } from './fingerprint.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

type Json = Record<string, unknown>;

export function formatSarif(result: RunResult, opts: ReporterOptions): string {
  const findings = findingsOf(result);
  const pairs = pairIndex(result);
  const rules = ruleList(result.rules ?? [], findings);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const files = reportFiles(result);
  const fileIndex = new Map(files.map((f, i) => [f, i]));
  const where = (file: string): Json => ({ ...artifactUri(file, opts.cwd), index: fileIndex.get(file) });

  const driver: Json = { name: 'bitext', version: VERSION, semanticVersion: VERSION };
  const info = informationUri();
  if (info) driver.informationUri = info;
  driver.rules = rules.map(ruleJson);

  const run: Json = {
    tool: { driver },
    originalUriBaseIds: { [SRCROOT]: { uri: dirUri(opts.cwd) } },
    artifacts: files.map((f) => ({ location: artifactUri(f, opts.cwd) })),
    invocations: [{ executionSuccessful: true }],
    results: findings.map((f) => resultJson(f, ruleIndex.get(f.rule)!, f.pair !== undefined ? pairs.get(f.pair) : undefined, where)),
    columnKind: 'utf16CodeUnits',
  };
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}

/** The rules that ran, then any rule a finding names that the run did not describe. */
function ruleList(meta: RuleMeta[], findings: Finding[]): RuleMeta[] {
  const out: RuleMeta[] = [];
  const seen = new Set<string>();
  for (const r of meta) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push(r);
  }
  const extra = new Map<string, Severity>();
  for (const f of findings) if (!seen.has(f.rule) && !extra.has(f.rule)) extra.set(f.rule, f.severity);
  for (const id of [...extra.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push({ id, description: id, severity: extra.get(id)! });
  }
  return out;
}

function ruleJson(r: RuleMeta): Json {
  const o: Json = {
    id: r.id,
    name: r.id.replace(/(^|[-_/])([a-z0-9])/gi, (_m, _s: string, ch: string) => ch.toUpperCase()),
    shortDescription: { text: r.description },
  };
  if (r.help) o.fullDescription = { text: r.help };
  o.help = { text: r.help ?? r.description };
  o.defaultConfiguration = { level: LEVEL[r.severity] };
  return o;
}

function resultJson(f: Finding, ruleIndex: number, pair: Pair | undefined, where: (file: string) => Json): Json {
  const o: Json = {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.suggestion !== undefined ? `${f.message} (suggestion: ${f.suggestion})` : f.message },
    locations: [{ physicalLocation: { artifactLocation: where(f.file), region: region(f) } }],
  };
  const related = relatedLocations(f, pair, where);
  if (related.length) o.relatedLocations = related;
  o.partialFingerprints = { [FINGERPRINT_KEY]: findingFingerprint(f, pair) };
  if (f.fix) {
    o.fixes = [
      {
        description: { text: f.fix.text === '' ? 'Delete the text' : `Replace with '${f.fix.text}'` },
        artifactChanges: [
          {
            artifactLocation: where(f.fix.place.file),
            replacements: [{ deletedRegion: region(f.fix.place), insertedContent: { text: f.fix.text } }],
          },
        ],
      },
    ];
  }
  const props: Json = { side: f.side };
  if (f.pair !== undefined) props.pair = f.pair;
  o.properties = props;
  return o;
}

/**
 * The other side: for a finding on both sides, each side's span (the primary location covers
 * both); for a finding on one side, the pair's segment in the other language, as context.
 */
function relatedLocations(f: Finding, pair: Pair | undefined, where: (file: string) => Json): Json[] {
  const out: Json[] = [];
  for (const lang of ['en', 'fr'] as const) {
    if (f.side === lang) continue;
    const side = f[lang];
    const seg = pair?.[lang];
    let place: Place | undefined;
    let text: string | undefined;
    if (side) {
      place = { file: side.file ?? f.file, line: side.line, column: side.column, endLine: side.endLine ?? side.line, endColumn: side.endColumn ?? side.column + Math.max(1, side.text.length) };
      text = side.text;
    } else if (seg) {
      place = seg.place;
      text = seg.text;
    }
    if (!place) continue;
    const r: Json = region(place);
    if (text && place.line === place.endLine) r.snippet = { text };
    const what = `${lang.toUpperCase()} ${side ? 'side' : 'segment'}`;
    out.push({
      id: out.length + 1,
      physicalLocation: { artifactLocation: where(place.file), region: r },
      message: { text: text ? `${what}: ${text}` : what },
    });
  }
  return out;
}

function region(p: { line: number; column: number; endLine: number; endColumn: number }): Json {
  return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
}

/** A relative URI under %SRCROOT% for files inside the working directory, else an absolute file URI. */
function artifactUri(file: string, cwd: string): Json {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

function dirUri(dir: string): string {
  const href = pathToFileURL(resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

let homepage: string | null | undefined;

/** Where to read about the tool: the package's homepage or repository, when it declares one. */
function informationUri(): string | undefined {
  if (homepage === undefined) {
    homepage = null;
    try {
      const pkg = JSON.parse(readFileSync(resourcePath('package.json'), 'utf8')) as { homepage?: unknown; repository?: unknown };
      const repo = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository as { url?: unknown } | undefined)?.url;
      const url = typeof pkg.homepage === 'string' ? pkg.homepage : typeof repo === 'string' ? repo.replace(/^git\+/, '').replace(/\.git$/, '') : undefined;
      if (url && /^https?:\/\//.test(url)) homepage = url;
    } catch {
      homepage = null;
    }
  }
  return homepage ?? undefined;
}
