// YAML with both languages: keyed pairs from
//  - records holding `en:` and `fr:` side by side, the way CKAN schemas, Jekyll/Hugo data files
//    and many Government of Canada configuration files write their labels
//    (`label: { en: Publication, fr: Publication }`, `title_en` / `title_fr`);
//  - a pair of locale files, one per language (en.yml + fr.yml, as Rails and i18n libraries
//    keep them), paired by key path; their root key `en:` / `fr:` is not part of the path.
// The same pairing as i18n JSON (src/formats/i18n-json.ts), on the tree the `yaml` package
// parses, which gives the place of every string.

import { parseDocument, isMap, isScalar } from 'yaml';
import { readDocument, type SourceDocument } from '../core/document.js';
import { UserError } from '../core/errors.js';
import { claimGroup, counterpartMissing, nameLanguage, partnerOf } from './siblings.js';
import { leavesOf, pairFiles, pairInline, type JsonFile } from './i18n-json.js';
import type { InputFile, ReadOptions } from './index.js';

export async function readYaml(file: string, opts: ReadOptions): Promise<Omit<InputFile, 'file'>> {
  const partner = partnerOf(file, opts.cwd);
  if (partner) {
    if (!claimGroup(opts, [file, partner.partner])) return { format: 'yaml', pairs: [] };
    const mine = loadYaml(file, opts.cwd, partner.lang);
    const other = loadYaml(partner.partner, opts.cwd, partner.lang === 'en' ? 'fr' : 'en');
    const [en, fr] = partner.lang === 'en' ? [mine, other] : [other, mine];
    return { format: 'yaml', document: mine.doc, pairs: pairFiles(en, fr) };
  }
  const y = loadYaml(file, opts.cwd);
  const inline = pairInline(y);
  if (inline.length) return { format: 'yaml', document: y.doc, pairs: inline };
  const nl = nameLanguage(file);
  throw new UserError(
    nl
      ? counterpartMissing(nl)
      : 'has no English/French pairs: give locale files named by language (en.yml + fr.yml) or en: and fr: values side by side',
    { file },
  );
}

/** Parses a YAML file; a locale file's single root key naming its language is skipped. */
function loadYaml(file: string, cwd: string | undefined, lang?: 'en' | 'fr'): JsonFile {
  const doc: SourceDocument = readDocument(file, cwd);
  const ydoc = parseDocument(doc.text, { uniqueKeys: false, prettyErrors: false });
  const err = ydoc.errors[0];
  if (err) {
    const at = doc.position(err.pos[0]);
    throw new UserError(`malformed YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, { file, line: at.line, column: at.column });
  }
  let root: unknown = ydoc.contents;
  if (lang && isMap(root) && root.items.length === 1) {
    const only = root.items[0];
    const key = isScalar(only.key) ? String(only.key.value) : '';
    if (new RegExp(`^${lang}(?:[-_][A-Za-z]{2})?$`, 'i').test(key)) root = only.value;
  }
  return leavesOf(doc, root);
}
