// Scans French text for the spaces that signs take (FRENCH.md): a no-break space before `:`,
// inside `« »`, before `%` and a currency sign after its amount, before unit symbols; before
// `; ? !` what the profile says (nothing in Canadian federal style, a narrow no-break space in
// France). U+00A0 and U+202F are both accepted wherever a no-break space is due.
//
// Signs that are not punctuation are left alone: the colon of `14:30`, `http://`, `::`, `a:b`;
// `?` and `!` inside URLs and code (`?q=`, `!=`); `&amp;`; identifiers before a colon (`API_KEY:`).

import { decodeEntity, HTML_ENTITY } from '../../core/html-entities.js';
import type { LocaleProfile } from '../../config/profile.js';
import { CODE_SPAN } from '../../core/markdown-fences.js';
import { MAIL_PREFIXES } from '../../lang/mail-header.js';

export type SpaceKind = 'nbsp' | 'nnbsp' | 'none';

export interface SpacingIssue {
  /** The sign concerned (`:`, `«`, `%`, `km`…). */
  sign: string;
  /**
   * missing: no space where one is due; plain: an ordinary space where a no-break one is due;
   * extra: a space where the profile wants none.
   */
  kind: 'missing' | 'plain' | 'extra';
  /** The range to replace ([at, at) for an insertion). */
  from: number;
  to: number;
  /** What replaces the range. */
  replacement: string;
  /** Where the sign itself is, for messages. */
  signAt: number;
}

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

const SPACE_CHAR: Record<'nbsp' | 'nnbsp', string> = { nbsp: NBSP, nnbsp: NNBSP };

/** An HTML entity at the start, or at the end, of a short excerpt. */
const ENTITY_AFTER = new RegExp(`^${HTML_ENTITY.source}`);
const ENTITY_BEFORE = new RegExp(`${HTML_ENTITY.source}$`);

function isNoBreak(c: string): boolean {
  return c === NBSP || c === NNBSP;
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === NBSP || c === NNBSP || c === '\u2009';
}

/** After a punctuation sign: the end, a space, or closing marks (`:)` is a smiley, `?q=` a URL). */
function endsSign(c: string | undefined): boolean {
  return c === undefined || isBlank(c) || c === '\n' || /[)\]}»"”’'*_.,]/.test(c);
}

/** A closing tag of markup (`</strong>`), and opening tags before a word (`<p><strong>`). */
const CLOSING_TAG = /^<\/[a-zA-Z][\w:-]*>/;
const OPENING_TAGS = /^(?:<[a-zA-Z][\w:-]*>)+/;

const WORD_OR_CLOSE = /[\p{L}\p{N}\p{M})\]}»"”’'*_]/u;
const DIGIT = /\d/;

/** The token right before position i (after skipping spaces): used to recognise identifiers. */
function tokenBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && isBlank(text[j - 1])) j--;
  let k = j;
  while (k > 0 && !isBlank(text[k - 1])) k--;
  return text.slice(k, j);
}

/** `{total}`, `{{count}}`, `(%s)`-like placeholders of ICU, i18next and Python, as a whole token. */
const PLACEHOLDER_TOKEN = /^\(?\{\{?\s*[\w.$-]+\s*\}\}?\)?$/;

/** Identifiers, keys and paths are code, not French prose: `API_KEY:`, `config.yml:`, `&amp;`. */
function codeToken(tok: string): boolean {
  // A placeholder stands for a word of the sentence: `Étape {step} sur {total}:` wants its space.
  if (PLACEHOLDER_TOKEN.test(tok)) return false;
  // A number with its decimals or a version (`4.2`, `2.0.1`): no file name (`index.html`).
  if (/^\d+(?:\.\d+)+$/.test(tok)) return false;
  return /[_/\\@=<>{}[\]#]/.test(tok) || /^&#?\w+$/.test(tok) || /\.\w+$/.test(tok) || /^[a-z]+[A-Z]\w*$/.test(tok);
}

/** Per profile: the signs it has rules for and guillemets (where the scan stops), and the same with digits. */
const signCache = new WeakMap<LocaleProfile, { signs: RegExp; worth: RegExp }>();

function signRes(profile: LocaleProfile): { signs: RegExp; worth: RegExp } {
  let res = signCache.get(profile);
  if (!res) {
    const chars = [...new Set([...Object.keys(profile.spacing), '«', '»'])].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
    res = { signs: new RegExp(`[${chars}]`, 'g'), worth: new RegExp(`[${chars}\\d]`) };
    signCache.set(profile, res);
  }
  return res;
}

/**
 * Whether a text can hold anything scanFrenchSpacing reports: a sign the profile has rules for,
 * a guillemet, or a digit (units). Most French text has none, and one test settles it.
 */
export function maySpace(text: string, profile: LocaleProfile): boolean {
  return signRes(profile).worth.test(text);
}

export function scanFrenchSpacing(text: string, profile: LocaleProfile): SpacingIssue[] {
  const out: SpacingIssue[] = [];
  // Code spans (`{ "required": true }`, `npm run build:css`) are code, not French: their signs
  // are blanked out with letters, so offsets stay those of the text.
  if (text.includes('`')) text = text.replace(CODE_SPAN, (s) => '`' + 'x'.repeat(s.length - 2) + '`');
  const re = signRes(profile).signs;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const i = m.index;
    const c = m[0];
    if (c === '«' || c === '»') {
      guillemet(text, i, profile, out);
      continue;
    }
    const rule = profile.spacing[c];
    if (c === '%' || profile.currencyAfterAmount.includes(c)) afterNumber(text, i, SPACE_CHAR[rule.before === 'nnbsp' ? 'nnbsp' : 'nbsp'], out);
    else punctuation(text, i, rule.before, out);
  }
  if (DIGIT.test(text)) units(text, profile, out);
  return out.length > 1 ? out.sort((a, b) => a.from - b.from || a.to - b.to) : out;
}

/** A mail client's reply or forward prefix, as a word. */
const MAIL_PREFIX = new RegExp(`^(?:${MAIL_PREFIXES})$`);
/** Where such a prefix stands: a subject's start, after its label or another prefix. */
const MAIL_PREFIX_PLACE = new RegExp(`(?:^|(?:Subject|Objet)\\s*:|(?:${MAIL_PREFIXES})\\s?:)\\s*$`);

/** `: ; ? !`: a space before, of the kind the profile asks for. */
function punctuation(text: string, i: number, due: 'nbsp' | 'nnbsp' | 'none' | 'any', out: SpacingIssue[]): void {
  if (due === 'any' || i === 0) return;
  const sign = text[i];
  const next = text[i + 1];
  const prev = text[i - 1];
  // (A sign before a closing tag ends its word too: `<strong>Remarque:</strong> Les frais…`.)
  if (!endsSign(next) && !(next === '<' && CLOSING_TAG.test(text.slice(i + 1, i + 24)))) return;
  // A smiley: `:)`, `;)` standing alone.
  if ((next === ')' || next === '(') && (prev === undefined || isBlank(prev))) return;
  // Runs (`?!`, `::`, `...:`) are judged on their first sign only; the period of an abbreviation
  // is no sign of a run (`Tél.: 604-666-0388` wants its space as `Téléphone :` does).
  const abbreviation = prev === '.' && i >= 2 && /\p{L}/u.test(text[i - 2]);
  if ((/[:;?!.]/.test(prev) && !abbreviation) || next === sign) return;
  const tok = tokenBefore(text, i).replace(OPENING_TAGS, '');
  if (tok === '' || codeToken(tok)) return;
  // A mail client's reply or forward prefix on a subject (`Subject: RE: Calendrier`, `TR:`), which
  // the client writes, not the French text.
  if (sign === ':' && !isBlank(prev) && MAIL_PREFIX.test(tok) && MAIL_PREFIX_PLACE.test(text.slice(0, i - tok.length))) return;
  if (isBlank(prev)) {
    let j = i;
    while (j > 0 && isBlank(text[j - 1])) j--;
    if (j === 0) return;
    if (due === 'none') {
      out.push({ sign, kind: 'extra', from: j, to: i, replacement: '', signAt: i });
      return;
    }
    // One no-break space is right; anything else (a plain space, two spaces) becomes one.
    if (!(i - j === 1 && isNoBreak(prev))) out.push({ sign, kind: 'plain', from: j, to: i, replacement: SPACE_CHAR[due], signAt: i });
    return;
  }
  if (due === 'none') return;
  if (!WORD_OR_CLOSE.test(prev) && !abbreviation) return;
  out.push({ sign, kind: 'missing', from: i, to: i, replacement: SPACE_CHAR[due], signAt: i });
}

/** A placeholder of ICU or i18next that ends where the sign after it begins. */
const PLACEHOLDER_BEFORE = /\{\{?\s*[\w.$-]+\s*\}\}?$/;

/** `%`, `$`, `€` after a number or a placeholder: `50 %`, `1 500 $`, `{percent} %`. */
function afterNumber(text: string, i: number, space: string, out: SpacingIssue[]): void {
  const sign = text[i];
  const prev = text[i - 1];
  if (prev === undefined) return;
  // `%20` inside a URL, `$HOME`, `$2` (an amount written the English way: another finding).
  // A letter or digit after the sign: `%20`, `$HOME`; but `25$CA` is an amount in Canadian dollars.
  const rest = text.slice(i + 1, i + 4);
  if (/^[\p{L}\p{N}]/u.test(rest) && !(sign !== '%' && /^[A-Z]{2}(?![\p{L}\p{N}])/u.test(rest))) return;
  if (DIGIT.test(prev)) {
    if (numberIsCode(text, i)) return;
    out.push({ sign, kind: 'missing', from: i, to: i, replacement: space, signAt: i });
  } else if (prev === '}' && PLACEHOLDER_BEFORE.test(text.slice(Math.max(0, i - 40), i))) {
    // A placeholder stands for the number (`{percent}%`, `{{amount}}$`).
    out.push({ sign, kind: 'missing', from: i, to: i, replacement: space, signAt: i });
  } else if (prev === ' ' && DIGIT.test(text[i - 2] ?? '')) {
    if (numberIsCode(text, i - 1)) return;
    out.push({ sign, kind: 'plain', from: i - 1, to: i, replacement: space, signAt: i });
  }
}

/** The digits before position i belong to a code, a URL or a placeholder (`file1%`, `a2$`, `%1$@`), not to a quantity. */
function numberIsCode(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && /[\d.,\u00a0\u202f ]/.test(text[k - 1]) && !(text[k - 1] === ' ' && !DIGIT.test(text[k - 2] ?? ''))) k--;
  return k > 0 && /[\p{L}_/=&?#%{-]/u.test(text[k - 1]);
}

function guillemet(text: string, i: number, profile: LocaleProfile, out: SpacingIssue[]): void {
  const space = SPACE_CHAR[profile.guillemets];
  const opening = text[i] === '«';
  const at = opening ? i + 1 : i - 1;
  const c = text[at];
  if (c === undefined) return;
  if (isNoBreak(c)) return;
  // A space written as an HTML entity (`«&nbsp;témoins&nbsp;»` in a message template): a
  // no-break one is right, a thin one (`&thinsp;`) may break, as U+2009 may.
  if (c === '&' || c === ';') {
    const near = opening ? text.slice(at, at + 12) : text.slice(Math.max(0, at - 11), at + 1);
    const entity = (opening ? ENTITY_AFTER : ENTITY_BEFORE).exec(near);
    const ch = entity ? decodeEntity(entity[1]) : null;
    if (ch !== null && isNoBreak(ch)) return;
    if (ch === '\u2009') {
      const [from, to] = opening ? [at, at + entity![0].length] : [at + 1 - entity![0].length, at + 1];
      out.push({ sign: text[i], kind: 'plain', from, to, replacement: space, signAt: i });
      return;
    }
  }
  // A space that may break (plain, a tab, a thin space U+2009 set by typesetting software), or a
  // run of them: one no-break space is due.
  if (c === ' ' || c === '\t' || c === '\u2009') {
    let from = at;
    let to = at + 1;
    const step = opening ? 1 : -1;
    for (let k = at + step; k >= 0 && k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u2009'); k += step) {
      if (opening) to = k + 1;
      else from = k;
    }
    out.push({ sign: text[i], kind: 'plain', from, to, replacement: space, signAt: i });
    return;
  }
  if (c === '\n') return;
  const pos = opening ? i + 1 : i;
  out.push({ sign: text[i], kind: 'missing', from: pos, to: pos, replacement: space, signAt: i });
}

/** Per profile: its units after a number, and a digit before a unit's first character (a quick test). */
const unitCache = new WeakMap<LocaleProfile, { re: RegExp; glued: RegExp }>();

/** Unit symbols glued to their number: `10km`, `20°C`. */
function units(text: string, profile: LocaleProfile, out: SpacingIssue[]): void {
  if (!profile.units.length) return;
  let res = unitCache.get(profile);
  if (!res) {
    const alt = [...profile.units].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const firsts = [...new Set(profile.units.map((u) => (u === '' ? '' : String.fromCodePoint(u.codePointAt(0)!))))];
    const firstClass = firsts.map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
    res = {
      re: new RegExp(`(?<![\\p{L}\\p{N}_.,-])(\\d+(?:[.,]\\d+)?)(${alt.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
      glued: firsts.includes('') ? /\d/ : new RegExp(`\\d[${firstClass}]`, 'u'),
    };
    unitCache.set(profile, res);
  }
  // Most numbers are not followed right away by the first character of a unit.
  if (!res.glued.test(text)) return;
  const re = res.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index + m[1].length;
    out.push({ sign: m[2], kind: 'missing', from: at, to: at, replacement: NBSP, signAt: at });
  }
}
