// placeholders: what software fills in or renders must survive translation unchanged.
//
// Compared between EN and FR:
//  - inline codes of XLIFF/TMX, shown as tokens ({1}…{/1}, {2/}), and Lingui's <0>…</0>;
//  - format specifiers: printf and iOS (%s, %d, %1$@, %.2f), Python (%(name)s, {}, {0}, {name}),
//    ICU/Lingui ({0}, {name}, {count, plural, …}), i18next/Handlebars ({{count}}, {{ name }}),
//    GC Notify ((variable)) and ((variable??text));
//  - HTML tags (<a>, </strong>, <br/>) by name: attributes may be translated (href /en/ → /fr/);
//  - URLs by host (paths are often translated: /en/ → /fr/, home → accueil) and e-mail addresses;
//  - Markdown code spans (`npm run dev`): commands and names, the same in both languages.
// Anonymous specifiers (%s, {}) are counted, since arguments are filled in order; named ones
// ({name}, %(name)s, %1$s) need only be present (French may repeat {plural}).

import { defineCheck, type CheckContext } from './types.js';
import type { Segment } from '../core/types.js';
import { nearDistance } from '../core/edit-distance.js';
import { dictionary, fold } from '../lang/dictionary.js';
import { INLINE_CODE_TOKEN } from '../lang/values.js';

type Kind = 'code' | 'format' | 'html' | 'url' | 'email' | 'span';

interface Found {
  /** What is compared: `{name}`, `%s`, `<a>`, the URL's host… */
  id: string;
  /** Counted (anonymous) or only required to be present (named). */
  counted: boolean;
  kind: Kind;
  from: number;
  to: number;
  text: string;
}

const DESCRIBED = /^<[^\s/>=]+\s+[^=/>]*[^\s=/>][^=/>]*>$/;
const KIND_NAME: Record<Kind, string> = { code: 'inline code', format: 'placeholder', html: 'HTML tag', url: 'URL', email: 'e-mail address', span: 'code span' };

// Scanned in this order; a later pattern never matches inside an earlier match.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]}]*[^\s<>"'`)\]},.;:!?]/giu;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu;
const NOTIFY = /\(\(\s*([^()?\s]+)\s*(?:\?\?[^()]*)?\)\)/gu;
const DOUBLE_BRACE = /\{\{[-#/^&>!]?\s*([\w.$-]+)(?:\s*[|,][^{}]*)?\s*\}\}/gu;
// Closing and standalone inline-code tokens ({/1}, {2/}); an opening {1} reads as a placeholder.
const CODE_TOKEN = new RegExp(INLINE_CODE_TOKEN, 'gu');
const ICU_COMPLEX = /\{\s*([\w.$-]+)\s*,\s*(plural|select|selectordinal|number|date|time|spellout|ordinal|duration)\b/gu;
const BRACE = /\{([\w.$-]*)(?:[:!][^{}\s]*)?\}/gu;
// A % right after a digit is a percent sign (25%to), not a specifier.
const PRINTF = /(?<!\d)%(?:(\d+)\$)?(?:\(([\w.-]+)\))?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGcsSpaA@])(?![\p{L}\d])/gu;
// Lingui/React numbered tags: <0>…</0>, <1/>.
const NUMBERED_TAG = /<\/?\d+\s*\/?>/gu;
const HTML = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?\/?>/gu;
/** An e-mail address in angle brackets, and nothing else. */
const BRACKETED_EMAIL = /^<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>$/u;

/** The plural of a kind's name (`e-mail addresses`, `URLs`). */
function plural(name: string): string {
  return /(?:s|sh|ch|x)$/.test(name) ? `${name}es` : `${name}s`;
}
const TYPOGRAPHIC = new Set(['sup', 'sub', 'br', 'wbr', 'abbr', 'span', 'nobr']);

/** A Markdown code span: `npm run dev`, `BATCH_SIZE`. */
const CODE_SPAN = /`([^`\n]+)`/gu;

/**
 * Whether the text between two backticks is code, not prose quoted the old typewriter way
 * (`` `gorgeous,' with a long-stretched `` in news text): code does not start or end with a
 * space, and a long run of plain words is prose.
 */
function codeLike(s: string): boolean {
  if (/^\s|\s$/.test(s) || /[,.!?]'/.test(s)) return false;
  return s.split(/\s+/).length < 4 || /[-_/=()$:{}<>@#\d\\|*"]|\w\.\w/.test(s);
}

/** What the patterns need, one of: `://` or `www.` (URLs), `@`, `{`, `((`, `%`, `<`, a backtick. */
const ANY_SIGN = /:\/\/|[wW]{3}\.|[@{%<`]|\(\(/;

/** A branch's key right before a brace, after the ICU expression's head or the branch before it (`, select, high {`, `} other {`). */
const BRANCH_KEY_BEFORE = /(?:,|\})\s*(?:=\d+|[\p{L}_][\p{L}\p{N}_-]*)\s*$/u;

/** Whether the brace at `at` opens a branch of an ICU expression that starts before it. */
function icuBranch(text: string, at: number): boolean {
  if (!BRANCH_KEY_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
  // Inside an expression opened by `{name, select|plural|…,` that is not closed before `at`
  // (ICU_COMPLEX's own scan is over by then: its position is free to reset).
  ICU_COMPLEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ICU_COMPLEX.exec(text)) !== null && m.index < at) {
    let depth = 0;
    let k = m.index;
    for (; k < at; k++) {
      if (text[k] === '{') depth++;
      else if (text[k] === '}' && --depth === 0) break;
    }
    if (k === at && depth > 0) return true;
  }
  return false;
}

/** Everything to compare in one text. */
export function findPlaceholders(text: string): Found[] {
  // Every pattern needs a sign that most text has none of: look for the signs first (one test
  // costs far less than the regular expressions on the hundred thousand pairs of a run).
  if (!ANY_SIGN.test(text)) return [];
  const url = text.indexOf('://') >= 0 || (text.indexOf('.') >= 0 && /www\./i.test(text));
  const at = text.indexOf('@') >= 0;
  const brace = text.indexOf('{') >= 0;
  const notify = text.indexOf('((') >= 0;
  const percent = text.indexOf('%') >= 0;
  const angle = text.indexOf('<') >= 0;
  const tick = text.indexOf('`') >= 0;
  if (!url && !at && !brace && !notify && !percent && !angle && !tick) return [];
  const out: Found[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  const scan = (re: RegExp, make: (m: RegExpExecArray) => Omit<Found, 'from' | 'to' | 'text'> | null, exclusive = true): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const from = m.index;
      const to = from + m[0].length;
      if (exclusive && !free(from, to)) continue;
      const f = make(m);
      if (!f) continue;
      if (exclusive) taken.push([from, to]);
      out.push({ ...f, from, to, text: m[0] });
    }
  };
  // Code spans are compared as a whole; the placeholders and tags inside them, as everywhere.
  if (tick) scan(CODE_SPAN, (m) => (codeLike(m[1]) ? { id: m[1], counted: true, kind: 'span' } : null), false);
  if (url) scan(URL, (m) => {
    const host = /^(?:https?:\/\/)?([^/?#:]+)/i.exec(m[0])?.[1].toLowerCase().replace(/^www\./, '') ?? m[0];
    return { id: host, counted: true, kind: 'url' };
  });
  if (at) scan(EMAIL, (m) => ({ id: m[0].toLowerCase(), counted: true, kind: 'email' }));
  if (notify) scan(NOTIFY, (m) => ({ id: `((${m[1]}))`, counted: false, kind: 'format' }));
  if (brace) scan(DOUBLE_BRACE, (m) => ({ id: `{{${m[1]}}}`, counted: false, kind: 'format' }));
  if (brace) scan(CODE_TOKEN, (m) => ({ id: m[0], counted: true, kind: 'code' }));
  if (angle) scan(NUMBERED_TAG, (m) => ({ id: m[0].replace(/\s+/g, ''), counted: true, kind: 'code' }));
  if (brace) scan(ICU_COMPLEX, (m) => ({ id: `{${m[1]}, ${m[2]}}`, counted: false, kind: 'format' }));
  if (brace) scan(BRACE, (m) => {
    const name = m[1];
    // The text of a branch of an ICU select or plural (`{level, select, high {high} other
    // {moderate}}`) is text to translate, not a placeholder.
    if (icuBranch(text, m.index)) return null;
    // `{}` is anonymous; a bare number or name is named. Text such as `{ }` or `{à voir}` is not a placeholder.
    return { id: `{${name}}`, counted: name === '', kind: 'format' };
  });
  if (percent) scan(PRINTF, (m) => {
    if (m[1] || m[2]) return { id: `%${m[1] ? `${m[1]}$` : ''}${m[2] ? `(${m[2]})` : ''}${m[3]}`, counted: false, kind: 'format' };
    // %s and %@ take any argument; %d and %i are the same integer conversion.
    const conv = m[3] === 'i' ? 'd' : m[3];
    return { id: `%${conv}`, counted: true, kind: 'format' };
  });
  // Tags are compared by name alone; what is inside them (href='{}') was compared above.
  // Typographic tags differ by language (1<sup>er</sup>, line breaks) and are left out.
  if (angle) scan(
    HTML,
    // `<Vendor Name>` / `<nom du fournisseur>`: words in angle brackets describe a value to type,
    // they are not a tag (a tag's words after its name are attributes: `name=…`, or `/>`).
    // Nor is an e-mail address as a mail header writes it (`Marie-Ève Thibodeau <marie-eve.thibodeau@dfo-mpo.gc.ca>`).
    (m) => (TYPOGRAPHIC.has(m[1].toLowerCase()) || DESCRIBED.test(m[0]) || BRACKETED_EMAIL.test(m[0]) ? null : { id: m[0].startsWith('</') ? `</${m[1].toLowerCase()}>` : `<${m[1].toLowerCase()}>`, counted: true, kind: 'html' }),
    false,
  );
  return out.sort((a, b) => a.from - b.from);
}

export default defineCheck({
  id: 'placeholders',
  description: 'Placeholders, inline codes, format specifiers, HTML tags, URLs and e-mail addresses survive translation',
  severity: 'error',
  options: { html: true, urls: true, emails: true, codeSpans: true, links: true },
  help: `A translation that drops, adds or alters a placeholder breaks the software that fills it in:
"Folders {} can see" translated as "Dossiers visibles par {} et {}" makes Python's str.format
fail, and a lost %1$@ shows nothing where a name should be. The check compares, between EN and
FR: XLIFF/TMX inline codes ({1}…{/1}, {2/}), printf and iOS specifiers (%s, %1$@, %.2f), Python
and ICU/Lingui placeholders (%(name)s, {}, {0}, {name}, {count, plural, …}), i18next
({{count}}), GC Notify ((variable)), HTML tags by name, the hosts of URLs and e-mail addresses,
and Markdown code spans as written (\`npm run dev\` against \`npm run start\`: a warning).
Link targets hidden behind link text ([text](target), href) are compared by what translation
leaves alone: a target that is the other side's but for its digits (/2024 for /2025) or for a slip
of one or two letters in an e-mail address or a host (mailto:securty@… for security@…) is a
warning; a target on one side only, or another page of the same site, is not reported.
Anonymous specifiers must occur as often on both sides; named ones must simply be present.
Placeholders and codes are errors; HTML tags (typographic ones such as <sup> and <br> aside)
and GC Notify variables are warnings; URLs and e-mail addresses must be as many on both sides
(warning), and a different host or address is info (many sites have a domain per language). A
URL the French shows as text where the English links its words, something standing between "]"
and "(" (« [montrer la chose] » (https://…)), is reported as the broken link it is.

Example: EN "Removed {count} {name} object{plural}", FR "{count} objets retirés" → FR lacks
{name} and {plural}.`,
  check(ctx) {
    const { en, fr } = ctx.pair;
    if (!en || !fr || ctx.pair.method === 'shared') return;
    if ((en.links || fr.links) && ctx.options.links !== false) compareLinks(ctx, en.links ?? [], fr.links ?? []);
    if (ctx.options.links !== false) englishPageInFrench(ctx, en, fr);
    if (en.text === fr.text) return;
    const a = findPlaceholders(en.text).filter((f) => allowed(ctx, f.kind));
    const b = findPlaceholders(fr.text).filter((f) => allowed(ctx, f.kind));
    if (a.length === 0 && b.length === 0) return;
    compare(ctx, a, b);
  },
});

function allowed(ctx: CheckContext, kind: Kind): boolean {
  if (kind === 'html') return ctx.options.html !== false;
  if (kind === 'url') return ctx.options.urls !== false;
  if (kind === 'email') return ctx.options.emails !== false;
  if (kind === 'span') return ctx.options.codeSpans !== false;
  return true;
}

/**
 * A URL written in the text after `]` and `(` with only spaces or quotes between them, whose host
 * one of the other side's links has (URLs are compared by host: their paths are often translated).
 */
function brokenLink(text: string, url: Found, links: readonly string[]): boolean {
  if (!/\][\s\u00a0\u202f»”"'’]+\($/.test(text.slice(Math.max(0, url.from - 12), url.from))) return false;
  const host = hostOf(url.text);
  return host !== null && links.some((l) => hostOf(l) === host);
}

function hostOf(url: string): string | null {
  try {
    return new globalThis.URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Pairs on each side of this one read for an address moved by the translation. */
const MOVED_REACH = 3;

/** Whether `text` stands on side `side` of a pair near this one, in the same file (not this pair). */
function movedNearby(ctx: CheckContext, side: 'en' | 'fr', text: string): boolean {
  if (!ctx.pairs || ctx.index === undefined) return false;
  const file = ctx.pair[side]?.place.file;
  for (let i = Math.max(0, ctx.index - MOVED_REACH); i <= Math.min(ctx.pairs.length - 1, ctx.index + MOVED_REACH); i++) {
    const seg = ctx.pairs[i][side];
    if (i !== ctx.index && seg && (file === undefined || seg.place.file === file) && seg.text.includes(text)) return true;
  }
  return false;
}

function compare(ctx: CheckContext, en: Found[], fr: Found[]): void {
  // URLs and e-mail addresses: the same number on both sides; a different host or address is
  // only worth a look (Canadian sites have a domain per language: digital.canada.ca, numerique.canada.ca).
  for (const kind of ['url', 'email'] as const) {
    const a = en.filter((f) => f.kind === kind);
    const b = fr.filter((f) => f.kind === kind);
    const what = KIND_NAME[kind];
    if (a.length !== b.length) {
      const extra = b.length > a.length ? b[a.length] : a[b.length];
      // `« [montrer la chose] » (https://…)`: the English links the words to that address, and
      // what stands between the French `]` and `(` breaks the Markdown link into text.
      if (kind === 'url' && b.length > a.length && brokenLink(ctx.pair.fr!.text, extra, ctx.pair.en?.links ?? [])) {
        ctx.report({
          message: `FR shows the link ${extra.text} as text: something stands between "]" and "(" (EN links it)`,
          fr: { from: extra.from, to: extra.to },
          severity: 'warning',
        });
        continue;
      }
      // A free translation may move the address to a sentence the aligner paired with another
      // one: written in a neighbouring pair's other side, it was moved, not lost or added.
      if (movedNearby(ctx, b.length > a.length ? 'en' : 'fr', extra.text)) continue;
      ctx.report({
        message: `EN has ${a.length} ${a.length === 1 ? what : plural(what)}, FR has ${b.length}: ${b.length > a.length ? 'FR adds' : 'FR lacks'} ${extra.text}`,
        ...(b.length > a.length ? { fr: { from: extra.from, to: extra.to } } : { en: { from: extra.from, to: extra.to } }),
        severity: 'warning',
      });
      continue;
    }
    const unmatched = b.filter((f) => !a.some((e) => e.id === f.id));
    for (const f of unmatched) {
      const e = a.find((x) => !b.some((y) => y.id === x.id));
      ctx.report({ message: `FR ${what} ${f.text} is not the one in EN${e ? ` (${e.text})` : ''}`, fr: { from: f.from, to: f.to }, ...(e ? { en: { from: e.from, to: e.to } } : {}), severity: 'info' });
    }
  }
  compareSpans(ctx, en.filter((f) => f.kind === 'span'), fr.filter((f) => f.kind === 'span'));
  const group = (list: Found[]): Map<string, Found[]> => {
    const m = new Map<string, Found[]>();
    for (const f of list) {
      if (f.kind === 'url' || f.kind === 'email' || f.kind === 'span') continue;
      const k = `${f.kind}\u0000${f.id}`;
      const g = m.get(k);
      if (g) g.push(f);
      else m.set(k, [f]);
    }
    return m;
  };
  const ga = group(en);
  const gb = group(fr);
  const keys = [...new Set([...ga.keys(), ...gb.keys()])];
  // An inline code's opening token ({1}, read as a placeholder) goes with its closing one ({/1}),
  // and an HTML tag with its end tag (<strong> with </strong>): a code or an element dropped or
  // added whole is one finding, reported with the closing token.
  const openingOf = (k: string): string | null => {
    const m = /^code\u0000\{\/([\w.:-]+)\}$/.exec(k);
    if (m) return `format\u0000{${m[1]}}`;
    const t = /^html\u0000<\/([^>]+)>$/.exec(k);
    return t ? `html\u0000<${t[1]}>` : null;
  };
  const closingOf = (k: string): string | null => {
    const m = /^format\u0000\{([\w.:-]+)\}$/.exec(k);
    if (m) return `code\u0000{/${m[1]}}`;
    const t = /^html\u0000<([^/>][^>]*)>$/.exec(k);
    return t ? `html\u0000</${t[1]}>` : null;
  };
  /** Whether the code of key k is on side `has` with both its tokens and on side `lacks` with neither. */
  const wholeCode = (opening: string, closing: string, has: Map<string, Found[]>, lacks: Map<string, Found[]>): boolean =>
    has.has(opening) && has.has(closing) && !lacks.has(opening) && !lacks.has(closing);
  // A placeholder missing in French where French has one of the same kind that English lacks,
  // one for one: the placeholder was renamed ({fileName} → {nomFichier}), one finding.
  const partOfCode = (k: string): boolean => [closingOf(k), openingOf(k)].some((t) => t !== null && (ga.has(t) || gb.has(t)));
  const onlyIn = (has: Map<string, Found[]>, lacks: Map<string, Found[]>, kind: string): string[] =>
    keys.filter((k) => has.has(k) && !lacks.has(k) && has.get(k)![0].kind === kind && !partOfCode(k));
  const renamed = new Map<string, string>();
  for (const kind of new Set(keys.map((k) => (ga.get(k) ?? gb.get(k))![0].kind))) {
    if (kind === 'html' || kind === 'code') continue;
    const gone = onlyIn(ga, gb, kind);
    const added = onlyIn(gb, ga, kind);
    if (gone.length === added.length) gone.forEach((k, i) => renamed.set(k, added[i]));
  }
  const renaming = new Set(renamed.values());
  for (const k of keys) {
    const ea = ga.get(k) ?? [];
    const fb = gb.get(k) ?? [];
    const sample = ea[0] ?? fb[0];
    const what = KIND_NAME[sample.kind];
    const closing = closingOf(k);
    if (closing && (wholeCode(k, closing, ga, gb) || wholeCode(k, closing, gb, ga))) continue;
    const opening = openingOf(k);
    const shown = opening && (wholeCode(opening, k, ga, gb) || wholeCode(opening, k, gb, ga)) ? `${opening.slice(opening.indexOf('\u0000') + 1)}…${sample.id}` : sample.id;
    // HTML structure and GC Notify's template variables (((name)) → ((nom)) in examples) are worth a look, not a failure.
    const sev = sample.kind === 'html' || sample.id.startsWith('((') ? { severity: 'warning' as const } : {};
    const to = renamed.get(k);
    if (to !== undefined) {
      const f = gb.get(to)![0];
      ctx.report({ message: `FR renames ${what} ${sample.id} to ${f.id}: a ${what} is kept as written`, en: { from: ea[0].from, to: ea[0].to }, fr: { from: f.from, to: f.to }, ...(/[\s,]/.test(sample.id) ? {} : { suggestion: sample.id }), ...sev });
    } else if (renaming.has(k)) continue;
    else if (ea.length && !fb.length) {
      // The French is what needs mending: the finding names its segment too.
      ctx.report({ message: `EN ${what} ${shown} is missing in FR`, en: { from: ea[0].from, to: ea[0].to }, fr: 'whole', ...sev });
    } else if (fb.length && !ea.length) {
      ctx.report({ message: `FR adds ${what} ${shown}: EN has none`, fr: { from: fb[0].from, to: fb[0].to }, ...sev });
    } else if (sample.counted && ea.length !== fb.length) {
      const side = fb.length > ea.length ? fb[ea.length] : ea[fb.length];
      const range = { from: side.from, to: side.to };
      ctx.report({
        message: `${what} ${sample.id} occurs ${ea.length} time${ea.length === 1 ? '' : 's'} in EN and ${fb.length} in FR`,
        // FR short of one is placed in the French, where it is to be put back (as a missing one is).
        ...(fb.length > ea.length ? { fr: range } : { en: range, fr: 'whole' as const }),
        ...sev,
      });
    }
  }
}

// The words that name a language in the paths of bilingual sites: /en/ ↔ /fr/, -eng ↔ -fra, lang=en.
const ENGLISH_PATH_WORDS = 'en|eng|english|anglais';
const FRENCH_PATH_WORDS = 'fr|fra|fre|french|francais|français';
/** One of them between a path's separators. */
const pathToken = (words: string, flags: string): RegExp => new RegExp(`(?<=^|[/\\-_.?=&#])(?:${words})(?=$|[/\\-_.?=&#])`, flags);
const LANGUAGE_TOKEN = pathToken(`${ENGLISH_PATH_WORDS}|${FRENCH_PATH_WORDS}`, 'gu');

/** A link target as translation leaves it: without scheme, www., trailing slash and language names. */
function linkKey(target: string): string {
  return target
    .toLowerCase()
    .replace(/^(?:https?:)?\/\/(?:www\.)?/, '')
    .replace(/\/+(?=$|[?#])/, '')
    .replace(LANGUAGE_TOKEN, '~');
}

/** Splits a web target into host and the rest (host '' for a relative one). */
function hostAndPath(key: string, target: string): [string, string] {
  if (!/^(?:https?:)?\/\//i.test(target)) return ['', key];
  const cut = key.search(/[/?#]/);
  return cut < 0 ? [key, ''] : [key.slice(0, cut), key.slice(cut)];
}

/**
 * Whether a label of FR host hf that differs from EN host he's is a French word, not an English
 * one (blogue for blog), or a French word where EN's is an English word French does not have
 * (parcs for parks: `parc` is an English word too).
 */
function frenchLabel(he: string, hf: string): boolean {
  const a = he.split('.');
  const b = hf.split('.');
  const en = dictionary('en');
  const fr = dictionary('fr');
  return a.length === b.length && b.some((label, k) => label !== a[k] && fr.has(fold(label)) && (!en.has(fold(label)) || (en.has(fold(a[k])) && !fr.has(fold(a[k])))));
}

/**
 * Why a FR target that matches no EN one is a slip for EN target e, with the FR target mended;
 * null when it may be meant.
 */
function linkSlip(e: string, f: string): { why: string; mended: string } | null {
  const ke = linkKey(e);
  const kf = linkKey(f);
  const mailE = /^mailto:/i.test(e);
  if (mailE !== /^mailto:/i.test(f)) return null;
  if (mailE) {
    // A mailbox per language (info@ / renseignements@) is far from the English one; a slip is near.
    const d = nearDistance(ke.replace(/[?#].*$/, ''), kf.replace(/[?#].*$/, ''));
    return d > 0 && d <= 2 ? { why: 'the address differs', mended: e } : null;
  }
  // The same page but for a year or a number: FR's target with EN's numbers.
  if (ke.replace(/\d+/g, '0') === kf.replace(/\d+/g, '0')) {
    const numbers = ke.match(/\d+/g) ?? [];
    let k = 0;
    return { why: 'the numbers differ', mended: f.replace(/\d+/g, (d) => numbers[k++] ?? d) };
  }
  const [he, pe] = hostAndPath(ke, e);
  const [hf, pf] = hostAndPath(kf, f);
  // A misspelt host. Sites with a domain per language are far apart (digital.canada.ca,
  // numerique.canada.ca) or French words (blogue.canada.ca, ressources.alpha.canada.ca).
  if (he && hf && pe === pf && nearDistance(he, hf) <= 2 && !frenchLabel(he, hf)) return { why: 'the host differs', mended: f.replace(new RegExp(hf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), he) };
  return null;
}

/**
 * Link targets: each FR target is matched to the EN one it stands for; one that matches none but
 * is a slip for an unmatched EN target is reported (see linkSlip). Targets of one side only are
 * left alone: translators add and drop links for good reasons.
 */
function compareLinks(ctx: CheckContext, en: string[], fr: string[]): void {
  const left = en.map(linkKey);
  const unmatched: string[] = [];
  for (const f of fr) {
    const k = left.indexOf(linkKey(f));
    if (k >= 0) left[k] = '\u0000';
    else unmatched.push(f);
  }
  for (const f of unmatched) {
    for (let k = 0; k < en.length; k++) {
      if (left[k] === '\u0000') continue;
      const slip = linkSlip(en[k], f);
      if (!slip) continue;
      left[k] = '\u0000';
      ctx.report({ message: `FR link target ${f} is not the one in EN (${en[k]}): ${slip.why}`, en: 'whole', fr: 'whole', severity: 'warning', suggestion: slip.mended });
      break;
    }
  }
}

/** A path segment or parameter that names English on a bilingual site: `/en/`, `-eng.html`, `lang=en`. */
const ENGLISH_TOKEN = pathToken('en|eng|english', 'i');
/** An image's file: a screenshot in English may have no French one. */
const IMAGE = /\.(?:png|jpe?g|gif|svg|webp)(?:$|[?#])/i;

/** A target's scheme and host (`https://www.canada.ca`), or '' for a relative one. */
function schemeAndHost(target: string): string {
  return /^(?:https?:)?\/\/[^/?#]*/i.exec(target)?.[0] ?? '';
}

/**
 * Whether a target is on a site that publishes both languages: one of the document's own pages
 * (a relative link), or a Canadian host (`canada.ca`, `*.gc.ca`, a province's or a city's `.ca`).
 * A foreign site's English page (`openlayers.org/en/`) may have no French one.
 */
function bilingualSite(target: string): boolean {
  const host = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(target)?.[1];
  return host === undefined ? !/^[a-z][\w+.-]*:/i.test(target) : /\.ca$/i.test(host);
}

/** A path segment that names French. */
const FRENCH_PATH_TOKEN = pathToken(FRENCH_PATH_WORDS, 'iu');
/** Its French counterpart, by English token. */
const FRENCH_TOKEN: Record<string, string> = { en: 'fr', eng: 'fra', english: 'french' };
/** A note that the page linked is in English only (`(en anglais)`, `page en anglais`). */
const ENGLISH_ONLY_NOTE = /\b(?:en\s+)?anglais(?:\s+(?:seulement|uniquement))?\b|english\s+only/i;

/**
 * A French text that links to the English version of a page: the same target as the English
 * text's, its path naming English (`https://www.canada.ca/en/services.html` in both), where the
 * French page is at the path naming French (`/fr/`). Not where the French says the page is in
 * English only.
 */
function englishPageInFrench(ctx: CheckContext, en: Segment, fr: Segment): void {
  // Most texts hold no link and no web address: settled before any pattern runs.
  if (!fr.links && !fr.text.includes('://') && !/www\./i.test(fr.text)) return;
  const targets = (seg: Segment): string[] => [...(seg.links ?? []), ...(seg.text.match(URL) ?? [])];
  // A path that names both languages (`genot_20090612_en_fr.pdf`) is a bilingual document.
  const pathOf = (t: string): string => t.slice(schemeAndHost(t).length);
  const frTargets = targets(fr).filter((t) => ENGLISH_TOKEN.test(pathOf(t)) && !FRENCH_PATH_TOKEN.test(pathOf(t)) && bilingualSite(t) && !IMAGE.test(pathOf(t)));
  if (frTargets.length === 0 || ENGLISH_ONLY_NOTE.test(fr.text)) return;
  const enTargets = new Set(targets(en));
  for (const t of new Set(frTargets)) {
    if (!enTargets.has(t)) continue;
    const at = fr.text.indexOf(t);
    const french = schemeAndHost(t) + pathOf(t).replace(ENGLISH_TOKEN, (m) => (m === m.toUpperCase() ? FRENCH_TOKEN[m.toLowerCase()].toUpperCase() : FRENCH_TOKEN[m.toLowerCase()]));
    ctx.report({
      message: `FR links to the English page ${t}: the French one is likely at ${french}`,
      ...(at >= 0 ? { fr: { from: at, to: at + t.length } } : { fr: 'whole' as const }),
      suggestion: french,
      severity: 'warning',
    });
  }
}

/**
 * Code spans are compared as written, in any order: a command or a name that differs (`npm run
 * dev` / `npm run start`) is a warning, and so is one on one side only, unless that side writes
 * the same text without backticks.
 */
function compareSpans(ctx: CheckContext, a: Found[], b: Found[]): void {
  if (a.length === 0 && b.length === 0) return;
  const left = (xs: Found[], ys: Found[]): Found[] => {
    const pool = ys.map((y) => y.id);
    return xs.filter((x) => {
      const k = pool.indexOf(x.id);
      if (k < 0) return true;
      pool.splice(k, 1);
      return false;
    });
  };
  // Written without backticks on the other side: the same text outside its code spans.
  const plain = (text: string): string => text.replace(CODE_SPAN, ' ');
  const frPlain = plain(ctx.pair.fr!.text);
  const enPlain = plain(ctx.pair.en!.text);
  const onlyEn = left(a, b).filter((f) => !frPlain.includes(f.id));
  const onlyFr = left(b, a).filter((f) => !enPlain.includes(f.id));
  const n = Math.min(onlyEn.length, onlyFr.length);
  for (let k = 0; k < n; k++) {
    const e = onlyEn[k];
    const f = onlyFr[k];
    ctx.report({ message: `FR code span ${f.text} is not the one in EN (${e.text})`, en: { from: e.from, to: e.to }, fr: { from: f.from, to: f.to }, severity: 'warning', suggestion: e.text });
  }
  for (const e of onlyEn.slice(n)) ctx.report({ message: `EN code span ${e.text} is missing in FR`, en: { from: e.from, to: e.to }, severity: 'warning' });
  for (const f of onlyFr.slice(n)) ctx.report({ message: `FR adds code span ${f.text}: EN has none`, fr: { from: f.from, to: f.to }, severity: 'warning' });
}
