// Monolingual resource files come in EN/FR pairs found by name: en.json + fr.json,
// regional-en.json + regional-fr.json, messages.en.po + messages.fr.po, site_list_en.csv +
// site_list_fr.csv, table_e.csv + table_f.csv, report-e.txt + report-f.txt, GuideEN.docx +
// GuideFR.docx, locales/en/x.json + locales/fr/x.json, locale/en/LC_MESSAGES/django.po +
// locale/fr/…, and a source file with its translation named after it (strings.json +
// strings.fr.json). Naming either file (or both) reads the pair once.

import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ReadOptions } from './index.js';

export interface NameLanguage {
  lang: 'en' | 'fr';
  /** Paths where the other language's file may be, most likely first. */
  partners: string[];
}

type Lang = 'en' | 'fr';

/** Spellings of a language marker and their counterpart in the other language. */
const WORDS: Array<[RegExp, (m: string) => { lang: Lang; other: string[] }]> = [
  [/^en$/i, (m) => ({ lang: 'en', other: [swapCase(m, 'fr')] })],
  [/^fr$/i, (m) => ({ lang: 'fr', other: [swapCase(m, 'en')] })],
  [/^eng$/i, (m) => ({ lang: 'en', other: [swapCase(m, 'fra'), swapCase(m, 'fre')] })],
  [/^fr[ae]$/i, (m) => ({ lang: 'fr', other: [swapCase(m, 'eng')] })],
  [/^english$/i, (m) => ({ lang: 'en', other: [swapCase(m, 'french'), swapCase(m, 'francais')] })],
  [/^(french|francais|français)$/i, (m) => ({ lang: 'fr', other: [swapCase(m, 'english')] })],
  [/^en[-_][a-z]{2}$/i, (m) => ({ lang: 'en', other: [`${swapCase(m.slice(0, 2), 'fr')}${m[2]}${caseLike(m.slice(3), 'CA')}`, swapCase(m.slice(0, 2), 'fr')] })],
  [/^fr[-_][a-z]{2}$/i, (m) => ({ lang: 'fr', other: [`${swapCase(m.slice(0, 2), 'en')}${m[2]}${m.slice(3)}`, `${swapCase(m.slice(0, 2), 'en')}${m[2]}${caseLike(m.slice(3), 'CA')}`, swapCase(m.slice(0, 2), 'en')] })],
];

function swapCase(like: string, word: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

function caseLike(like: string, word: string): string {
  return like === like.toLowerCase() ? word.toLowerCase() : word;
}

function marker(token: string): { lang: Lang; other: string[] } | null {
  for (const [re, f] of WORDS) if (re.test(token)) return f(token);
  return null;
}

/** The language a path's name declares, and where its counterpart would be. */
export function nameLanguage(path: string): NameLanguage | null {
  const ext = extname(path);
  const stem = basename(path, ext);
  const dir = dirname(path);
  const found: NameLanguage[] = [];
  const add = (lang: Lang, names: string[], base = dir): void => void found.push({ lang, partners: names.map((n) => join(base, n)) });

  // The whole name: en.json, fr-CA.po, english.csv.
  const whole = marker(stem);
  if (whole) add(whole.lang, whole.other.map((o) => o + ext));
  // A suffix after a separator: regional-en.json, messages.fr.po, site_list_en.csv, guide_fr-CA.docx.
  const suffix = /^(.+)([-_.])([A-Za-z]{2,8})$/.exec(stem);
  const region = /^(.+)([-_.])((?:en|fr)[-_][A-Za-z]{2})$/i.exec(stem);
  if (!whole && region && !/^(en|fr)$/i.test(region[3].slice(3))) {
    const m = marker(region[3]);
    if (m) add(m.lang, [...m.other.map((o) => region[1] + region[2] + o + ext), region[1] + ext]);
  }
  if (!whole && !found.length && suffix) {
    const m = marker(suffix[3]);
    if (m) add(m.lang, [...m.other.map((o) => suffix[1] + suffix[2] + o + ext), suffix[1] + ext]);
  }
  // ECCC style: table_e.csv / table_f.csv; GC publications: report-e.txt / report-f.txt.
  const single = /^(.+)([-_])([EeFf])$/.exec(stem);
  if (!found.length && single) {
    const lang: Lang = single[3].toLowerCase() === 'e' ? 'en' : 'fr';
    add(lang, [`${single[1]}${single[2]}${swapCase(single[3], lang === 'en' ? 'f' : 'e')}${ext}`]);
  }
  // A capitalised suffix glued to the name: ProcurementGuideEN.docx.
  const glued = /^(.*[a-z0-9])(EN|FR)$/.exec(stem);
  if (!found.length && glued) {
    const lang: Lang = glued[2] === 'EN' ? 'en' : 'fr';
    add(lang, [glued[1] + (lang === 'en' ? 'FR' : 'EN') + ext]);
  }
  // The folder: locales/en/common.json, locale/fr/LC_MESSAGES/django.po.
  if (!found.length) {
    let d = dir;
    const below: string[] = [];
    for (let up = 0; up < 2 && d && d !== dirname(d); up++) {
      const m = marker(basename(d));
      if (m) {
        add(m.lang, m.other.map((o) => join(dirname(d), o, ...below, basename(path))), '');
        break;
      }
      below.unshift(basename(d));
      d = dirname(d);
    }
  }
  return found[0] ?? null;
}

/**
 * The message for a file whose name says one language and whose counterpart is not there:
 * `holds only English strings and its counterpart was not found (looked for …)`.
 */
export function counterpartMissing(nl: NameLanguage, what = 'strings'): string {
  return `holds only ${nl.lang === 'en' ? 'English' : 'French'}${what ? ` ${what}` : ''} and its counterpart was not found (looked for ${nl.partners.join(', ')})`;
}

/** The first existing file among the candidates (not the file itself). */
export function findPartner(file: string, candidates: string[], cwd?: string): string | null {
  const abs = (p: string): string => (cwd ? resolve(cwd, p) : resolve(p));
  const self = abs(file);
  for (const c of candidates) {
    if (abs(c) === self) continue;
    try {
      if (existsSync(abs(c)) && statSync(abs(c)).isFile()) return c;
    } catch {
      // unreadable candidates are not partners
    }
  }
  return null;
}

/** Suffixes of a translation beside its source file (`strings.fr.json` beside `strings.json`). */
const TRANSLATION_SUFFIXES = ['.fr', '-fr', '_fr', '.fr-CA', '.fr_CA', '-fr-CA', '_fr_CA', '_fr-CA', '_FR', '-FR', '.FR'];

/**
 * The EN/FR partner of a file, if its name says its language and the other file exists; or, for
 * a file whose name says no language, its translation named after it (`strings.json` and
 * `strings.fr.json`, as .NET resources and Angular's messages.xlf / messages.fr.xlf are named): the
 * file without a marker is the English source.
 */
export function partnerOf(file: string, cwd?: string): { lang: Lang; partner: string } | null {
  const nl = nameLanguage(file);
  if (!nl) {
    const ext = extname(file);
    const base = join(dirname(file), basename(file, ext));
    const translation = findPartner(file, TRANSLATION_SUFFIXES.map((s) => base + s + ext), cwd);
    return translation ? { lang: 'en', partner: translation } : null;
  }
  const partner = findPartner(file, nl.partners, cwd);
  return partner ? { lang: nl.lang, partner } : null;
}

// One pair of files is read once per run, whichever of the two is named first. The run is
// identified by its ReadOptions object (one per readInputs call).
const claimed = new WeakMap<object, Set<string>>();

/** True the first time a group of files is claimed in this run. */
export function claimGroup(opts: ReadOptions, files: string[]): boolean {
  const key = files.map((f) => (opts.cwd ? resolve(opts.cwd, f) : resolve(f))).sort().join('\0');
  let set = claimed.get(opts);
  if (!set) claimed.set(opts, (set = new Set()));
  if (set.has(key)) return false;
  set.add(key);
  return true;
}
