// The grouping keys of the two consistency checks (inconsistent-translation groups pairs by their
// English, inconsistent-source by their French), computed once per run for both: each side's
// normalised form (src/tm/normalise.ts groupKey) becomes a small integer, so a run of 100,000
// pairs is a few integer arrays instead of 400,000 key strings, and each text is normalised once
// instead of four times. In a checked run the keys are made in the per-pair pass (gatherKeys),
// from the values the value checks extracted already.

import type { Pair, Segment } from '../../core/types.js';
import { grown, placeSlot, withRoom } from '../../core/intern-table.js';
import type { GatherContext, RunMemo } from '../types.js';
import { KeyBuffer, maskedKeyInto } from '../../tm/normalise.js';
import { extractValues, type Value, type ValueLang } from '../../lang/values.js';
import { romanNumeral, spelledNumber } from './values-compare.js';
import { isFunctionWord } from '../../lang/splitter.js';
import { fold, type DictLang } from '../../lang/dictionary.js';
import { keysOfWord } from '../../align/base-lexicon.js';

export interface KeyedMember {
  pair: Pair;
  /** Key ids (see ConsistencyKeys) of the side grouped by and of the other side. */
  key: number;
  otherKey: number;
}

interface ConsistencyKeys {
  /** Per pair: the key id of each side (ids of one side only compare), −1 for a pair not grouped (shared, one-sided). */
  en: Int32Array;
  fr: Int32Array;
  /** Per pair: 1 when both sides have the same key (a copy of the source). */
  copy: Uint8Array;
  /** Per key id of each side: 1 when the key has a word (texts of numbers or codes only are not grouped). */
  enWords: Uint8Array;
  frWords: Uint8Array;
}

const cache = new WeakMap<Pair[], ConsistencyKeys>();

/**
 * Whether a value is one token of a pattern however it is written (times, dates, weekdays, time
 * zones, amounts, numbers, telephone numbers): `(ALL TIMES PST)` over `(HEURES EN HAP)` and over
 * `(HEURES EN HNP)` is one translation, whose wrong zone is the timezone check's finding. A
 * telephone number is one token, not its groups of digits: `Arviat Health Centre: 867-857-3100` is
 * not the pattern of `Arviat Health Centre: Wednesday, March 10, 2027, 9:00 a.m. to 3:00 p.m. CST`.
 */
function isMasked(v: Value): boolean {
  const kind = v.kind;
  return kind === 'time' || kind === 'time-range' || kind === 'date' || kind === 'weekday' || kind === 'zone' || kind === 'number' || kind === 'money' || kind === 'percent' || kind === 'phone';
}

const DIGIT = /[0-9]/;

/** The start of the `de ` or `De ` right before a French range at `start`, or `start`. */
function rangeOpening(text: string, start: number): number {
  return start >= 3 && /(?:^|[\s(])[dD]e $/.test(text.slice(Math.max(0, start - 4), start)) ? start - 3 : start;
}

/**
 * Where a text's values are masked: the text with each time, date, weekday, zone, amount and number replaced by
 * `0`, which the key masks as `#`: `9:00 a.m.` and `9:30 a.m.` are one pattern (`#`), and so are
 * their translations `9 h` and `9 h 30`, which masking digits alone would keep apart (`# h` /
 * `# h #`) and report as two translations. Whether the values agree is the value checks' business.
 */
class Masks {
  /** [start, end) of each masked value, in order, none inside another. */
  spans = new Int32Array(32);
  count = 0;

  /** The masks of `text` from its values (`values`, or extracted in `lang` when undefined). */
  find(text: string, lang: ValueLang, values: Value[] | undefined): void {
    this.count = 0;
    const all = values ?? extractValues(text, lang);
    let spans = this.spans;
    let n = 0;
    let sorted = true;
    for (let k = 0; k < all.length; k++) {
      const v = all[k];
      if (!isMasked(v)) continue;
      if (2 * n + 2 > spans.length) spans = this.spans = grown(spans, 2 * n + 2);
      // A French range opens with its `de` (`de 17 h à 19 h`), which English writes inside it
      // (`5:00 p.m. to 7:00 p.m.`): one pattern with a single time (`18 h`, `6:30 p.m.`).
      spans[2 * n] = v.kind === 'time-range' && lang === 'fr' ? rangeOpening(text, v.start) : v.start;
      spans[2 * n + 1] = v.end;
      // In order of start, the longer first at one start.
      if (n > 0 && (spans[2 * n - 2] > v.start || (spans[2 * n - 2] === v.start && spans[2 * n - 1] < v.end))) sorted = false;
      n++;
    }
    if (!sorted) this.sort(n);
    // Values inside a value already masked (the times of a range) are dropped.
    let kept = 0;
    let at = 0;
    for (let k = 0; k < n; k++) {
      if (spans[2 * k] < at) continue;
      spans[2 * kept] = spans[2 * k];
      spans[2 * kept + 1] = at = spans[2 * k + 1];
      kept++;
    }
    this.count = kept;
  }

  private sort(n: number): void {
    const order = Array.from({ length: n }, (_, k) => [this.spans[2 * k], this.spans[2 * k + 1]]);
    order.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    order.forEach(([start, end], k) => {
      this.spans[2 * k] = start;
      this.spans[2 * k + 1] = end;
    });
  }
}

/**
 * The keys of one side as small integers: a table of [hash, id + 1]. A key's codes are not kept:
 * when a key has the hash and length of one seen before, the key of the pair that gave that one
 * first is written again and compared. Keeping every key's codes held about 100 bytes a pair (a
 * fifth of the run's memory outside the heap at 100,000 pairs); writing a key again costs about
 * what the pair's own key did, once per repeated text, but for its values: the masks of each
 * key's first text are kept (a few integers, for texts with numbers), so that writing it again
 * extracts no values.
 */
class SideKeys {
  /** Pairs [hash, id + 1] per slot; id + 1 is 0 for an empty slot. */
  private table = new Int32Array(2 * 4096);
  size = 0;
  /** Per id: the index of the pair whose side gave the key first, and the key's length in codes. */
  private firstPair = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private words = new Uint8Array(1024);
  /** The masks of id's first text are maskPool[maskStarts[id], maskStarts[id + 1]) (Masks.spans). */
  private maskStarts = new Int32Array(1025);
  private maskPool = new Int32Array(1024);

  /**
   * The id of the key in `key`, the key of pair `pair`'s side `text` with `masks`; `sameKey` tells
   * whether the side of the pair that gave a key first has `key`.
   */
  idOf(key: KeyBuffer, pair: number, text: string, masks: Masks, sameKey: SameKey): number {
    const len = key.length;
    const h = key.hash;
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = table[2 * slot + 1];
      if (v === 0) return this.insert(h, key, pair, masks);
      if (table[2 * slot] !== h || this.lengths[v - 1] !== len) continue;
      const id = v - 1;
      const from = this.maskStarts[id];
      if (sameKey(this.firstPair[id], text, key, this.maskPool, from, (this.maskStarts[id + 1] - from) >> 1)) return id;
    }
  }

  private insert(h: number, key: KeyBuffer, pair: number, masks: Masks): number {
    const id = this.size++;
    if (id >= this.lengths.length) {
      this.firstPair = grown(this.firstPair, id + 1);
      this.lengths = grown(this.lengths, id + 1);
      this.words = grown(this.words, id + 1);
    }
    if (id + 2 > this.maskStarts.length) this.maskStarts = grown(this.maskStarts, id + 2);
    const from = this.maskStarts[id];
    const n = 2 * masks.count;
    if (from + n > this.maskPool.length) this.maskPool = grown(this.maskPool, from + n);
    for (let k = 0; k < n; k++) this.maskPool[from + k] = masks.spans[k];
    this.maskStarts[id + 1] = from + n;
    this.firstPair[id] = pair;
    this.lengths[id] = key.length;
    this.words[id] = key.hasWord ? 1 : 0;
    this.table = withRoom(this.table, this.size);
    placeSlot(this.table, h, id + 1);
    return id;
  }

  /** Per id: whether the key has a word. */
  hasWords(): Uint8Array {
    return this.words.slice(0, this.size);
  }
}

/**
 * Whether the side of pair `pair` has `key`, the key of `text`; spans[from, from + 2 count) are the
 * masks of that side's text.
 */
type SameKey = (pair: number, text: string, key: KeyBuffer, spans: Int32Array, from: number, count: number) => boolean;

/** Keys being made, pair by pair. */
class KeyBuilder {
  private readonly enKeys: SideKeys;
  private readonly frKeys: SideKeys;
  private readonly enKey = new KeyBuffer();
  private readonly frKey = new KeyBuffer();
  private readonly masks = new Masks();
  /** A key written again to compare (SideKeys.idOf). */
  private readonly again = new KeyBuffer();
  private readonly pairs: Pair[];
  private readonly enSameKey: SameKey = (i, text, key, spans, from, count) => this.sameKey(this.pairs[i].en!, text, key, spans, from, count);
  private readonly frSameKey: SameKey = (i, text, key, spans, from, count) => this.sameKey(this.pairs[i].fr!, text, key, spans, from, count);
  /** The masks of a key written again (a copy of the kept ones). */
  private againSpans = new Int32Array(32);
  readonly en: Int32Array;
  readonly fr: Int32Array;
  private readonly copy: Uint8Array;
  /** The last pair done (both consistency checks gather the same keys). */
  last = -1;

  constructor(pairs: Pair[]) {
    this.pairs = pairs;
    this.en = new Int32Array(pairs.length).fill(-1);
    this.fr = new Int32Array(pairs.length).fill(-1);
    this.copy = new Uint8Array(pairs.length);
    this.enKeys = new SideKeys();
    this.frKeys = new SideKeys();
  }

  /** Keys the pair at `i`; `at` gives the pair's values when they are at hand already. */
  add(i: number, p: Pair, at?: GatherContext): void {
    this.last = i;
    if (p.method === 'shared' || !p.en || !p.fr) return;
    this.en[i] = this.enKeys.idOf(this.keyOf(p.en, 'en', this.enKey, at), i, p.en.text, this.masks, this.enSameKey);
    this.fr[i] = this.frKeys.idOf(this.keyOf(p.fr, 'fr', this.frKey, at), i, p.fr.text, this.masks, this.frSameKey);
    if (this.enKey.equals(this.frKey)) this.copy[i] = 1;
  }

  /**
   * Whether `seg` (the side that gave a key first) has `key`, the key of `text`: the same text has
   * the same key (a repeated string); another is keyed again with the masks kept when its key was
   * first written (spans[from, from + 2 count)), which are what its values would give again.
   */
  private sameKey(seg: Segment, text: string, key: KeyBuffer, spans: Int32Array, from: number, count: number): boolean {
    if (seg.text === text) return true;
    let scratch = this.againSpans;
    if (2 * count > scratch.length) scratch = this.againSpans = grown(scratch, 2 * count);
    for (let k = 0; k < 2 * count; k++) scratch[k] = spans[from + k];
    maskedKeyInto(seg.text, scratch, count, this.again);
    return this.again.equals(key);
  }

  /**
   * The key of a side, its values masked. Only a text with a digit has values to mask; the
   * runner's values of a side are the ones keys mask (extractValues of its text in its
   * language) unless its language is unknown.
   */
  private keyOf(seg: Segment, lang: 'en' | 'fr', key: KeyBuffer, at: GatherContext | undefined): KeyBuffer {
    const text = seg.text;
    const masks = this.masks;
    masks.count = 0;
    if (DIGIT.test(text)) masks.find(text, lang, at && seg.lang !== 'und' ? at.values[lang] : undefined);
    maskedKeyInto(text, masks.spans, masks.count, key);
    return key;
  }

  done(): ConsistencyKeys {
    return { en: this.en, fr: this.fr, copy: this.copy, enWords: this.enKeys.hasWords(), frWords: this.frKeys.hasWords() };
  }
}

const MEMO = 'consistency-keys';

/** The keys of the pair at hand, for the per-pair pass (the `gather` of both consistency checks). */
export function gatherKeys(ctx: GatherContext): void {
  let b = ctx.memo.get(MEMO) as KeyBuilder | undefined;
  if (!b) ctx.memo.set(MEMO, (b = new KeyBuilder(ctx.pairs)));
  if (b.last === ctx.index) return;
  b.add(ctx.index, ctx.pair, ctx);
}

/** The keys of a run's pairs (gathered in the per-pair pass, or made by the first check that asks). */
function keysFor(pairs: Pair[], memo?: RunMemo): ConsistencyKeys {
  let k = cache.get(pairs);
  if (k && k.en.length === pairs.length) return k;
  const gathered = memo?.get(MEMO) as KeyBuilder | undefined;
  if (gathered && gathered.en.length === pairs.length) k = gathered.done();
  else {
    const b = new KeyBuilder(pairs);
    for (let i = 0; i < pairs.length; i++) b.add(i, pairs[i]);
    k = b.done();
  }
  cache.set(pairs, k);
  return k;
}

/**
 * Pairs with both sides grouped by the key of one side, in the order they come (as groupPairs of
 * src/tm/consistency.ts), keeping only groups of two pairs or more: a pair alone agrees with
 * itself.
 */
export function groupByKey(pairs: Pair[], by: 'en' | 'fr', memo?: RunMemo): Map<number, KeyedMember[]> {
  return grouped(pairs, by, memo, false);
}

/**
 * The groups of groupByKey whose other sides have more than one key: the only ones the
 * consistency checks report on. Most groups agree, and are not made at all.
 */
export function disagreeingGroups(pairs: Pair[], by: 'en' | 'fr', memo?: RunMemo): Map<number, KeyedMember[]> {
  return grouped(pairs, by, memo, true);
}

function grouped(pairs: Pair[], by: 'en' | 'fr', memo: RunMemo | undefined, disagreeing: boolean): Map<number, KeyedMember[]> {
  const k = keysFor(pairs, memo);
  const key = by === 'en' ? k.en : k.fr;
  const other = by === 'en' ? k.fr : k.en;
  const words = by === 'en' ? k.enWords : k.frWords;
  const counts = new Int32Array(words.length);
  // Per key: the other key of its first pair, and whether another pair has another one.
  const firstOther = new Int32Array(words.length);
  const mixed = new Uint8Array(words.length);
  for (let i = 0; i < pairs.length; i++) {
    const id = key[i];
    // A copy of the source is the `untranslated` check's business.
    if (id < 0 || !words[id] || k.copy[i]) continue;
    if (counts[id]++ === 0) firstOther[id] = other[i];
    else if (other[i] !== firstOther[id]) mixed[id] = 1;
  }
  const groups = new Map<number, KeyedMember[]>();
  for (let i = 0; i < pairs.length; i++) {
    const id = key[i];
    if (id < 0 || counts[id] < 2 || k.copy[i] || (disagreeing && !mixed[id])) continue;
    let list = groups.get(id);
    if (!list) groups.set(id, (list = []));
    list.push({ pair: pairs[i], key: id, otherKey: other[i] });
  }
  return groups;
}

/**
 * Whether two texts differ only in their spaces (`SURLES DONNÉES` / `SUR LES DONNÉES`,
 * `CYBERSECURITY` / `CYBER SECURITY`): words run together or cut apart, which glued-words
 * reports; a second finding for the same typo is noise.
 */
export function spacingOnly(a: string, b: string): boolean {
  const squeeze = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, '').toLowerCase();
  return squeeze(a) === squeeze(b);
}

const LEADING_ARTICLE: Record<'en' | 'fr', RegExp> = { en: /^(?:the|an?)\s+/i, fr: /^(?:les|le|la|une?)\s+|^l['’]\s*/i };

/**
 * Whether two texts differ only by an article at their start (`Tests manuels` as a heading, `Les
 * tests manuels` as a list item): a heading drops the article that a sentence or an item keeps,
 * and both are right. Not `du` or `des`, which may be a preposition (`Du lundi au vendredi` is
 * `from Monday to Friday`).
 */
export function leadingArticleOnly(a: string, b: string, lang: 'en' | 'fr'): boolean {
  const strip = (s: string): string => s.trim().replace(LEADING_ARTICLE[lang], '').toLowerCase();
  return strip(a) === strip(b);
}

/**
 * Whether two French texts differ only in the gender or number their words agree with (`Adopté.`
 * after `Proposé par…` in the minutes, `Adoptée.` after a motion; `reçu` / `reçue`; `désactivée`
 * after `Alerte COVID est`, `désactivées` after `Notifications`): one translation, agreeing with
 * what each place speaks of. Each word alike, or one its other with a feminine `e`, or a
 * participle's plural `s`.
 */
/** The ending of a French past participle, masculine or feminine (`activé`, `reçue`, `fini`). */
const PARTICIPLE_END = /(?:é|ée|u|ue|i|ie)$/;

export function genderOnly(a: string, b: string): boolean {
  const wa = a.toLowerCase().match(/\p{L}+/gu) ?? [];
  const wb = b.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (wa.length === 0 || wa.length !== wb.length) return false;
  let differ = false;
  for (let i = 0; i < wa.length; i++) {
    const [x, y] = wa[i].length <= wb[i].length ? [wa[i], wb[i]] : [wb[i], wa[i]];
    if (x === y) continue;
    // A plural only for a participle (`désactivée` / `désactivées`, `reçu` / `reçus`): a noun in
    // the plural (`Rapports annuels` for `Annual report`) says another thing.
    const plural = PARTICIPLE_END.test(x) && (y === `${x}s` || y === `${x}es`);
    const agreement = y === `${x}e` || plural || (x.endsWith('s') && y === `${x.slice(0, -1)}es`);
    if (!agreement) return false;
    differ = true;
  }
  return differ;
}

/**
 * Whether one English word in -ing (`Testing`, `Installing`) is translated by a French infinitive
 * in one place and by another word in the other (`Tester` in a list of steps, `Tests` as a
 * section's heading): the English form is a verb and a noun, French chooses by the place.
 */
export function gerundForms(en: string, a: string, b: string): boolean {
  const word = /^[\p{P}\s#*>-]*(\p{L}+)[\p{P}\s]*$/u;
  const e = word.exec(en)?.[1];
  const x = word.exec(a)?.[1]?.toLowerCase();
  const y = word.exec(b)?.[1]?.toLowerCase();
  if (!e || !x || !y || !/ing$/i.test(e)) return false;
  const infinitive = (w: string): boolean => /(?:er|ir|re)$/.test(w);
  return infinitive(x) !== infinitive(y);
}

/**
 * Whether two pairs are one text with another number on both sides (`First year` / `1re année`
 * and `Second year` / `2e année`, `Phase I` / `Phase 1` and `Phase II` / `Phase 2`): the keys mask
 * numbers in digits only, and a number written in words or as a Roman numeral on the other side
 * would make two translations of one text. Each side must differ from the same side of the other
 * pair in its numbers only, and in its numbers on both sides: `Phase II` over the `Phase 1` of
 * `Phase I` is a wrong translation. What another number makes of the words around it is no
 * other translation either: a plural (`1 personne`, `2 personnes`) or an elision (`Famille d'une
 * personne`, `Famille de deux personnes`).
 */
export function anotherNumberOnly(a: Pair, b: Pair): boolean {
  const aEn = numberPattern(a.en!.text, 'en');
  const bEn = numberPattern(b.en!.text, 'en');
  if (aEn.words !== bEn.words || aEn.numbers === bEn.numbers) return false;
  const aFr = numberPattern(a.fr!.text, 'fr');
  const bFr = numberPattern(b.fr!.text, 'fr');
  return aFr.words === bFr.words && aFr.numbers !== bFr.numbers;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;
const DIGIT_NUMBER_RE = /^(\d+)(?:st|nd|rd|th|e|es|er|ers|re|res|ère|ères|ème|èmes|eme|ieme|ième)?$/;

/**
 * A text's words in lower case with each run of numbers (digits, an ordinal in digits, number
 * words, a Roman numeral) as one `#`, and the values of its numbers in order.
 */
function numberPattern(text: string, lang: 'en' | 'fr'): { words: string; numbers: string } {
  const words: string[] = [];
  const numbers: number[] = [];
  let inRun = false;
  for (const m of text.matchAll(TOKEN_RE)) {
    const token = m[0];
    const lower = token.toLowerCase();
    const digits = DIGIT_NUMBER_RE.exec(lower);
    const n = digits ? Number(digits[1]) : (spelledNumber(lower, lang) ?? (romanNumeral(token) || undefined));
    if (n === undefined) {
      words.push(lower);
      inRun = false;
      continue;
    }
    numbers.push(n);
    if (!inRun) words.push('#');
    inRun = true;
  }
  return { words: withoutNumberAgreement(words).join(' '), numbers: numbers.join(' ') };
}

/**
 * Words without what a number makes the words beside it take: the plural's -s or -x of the word
 * after it, the elision of the word before it (`d'une personne`, `de deux personnes`).
 */
function withoutNumberAgreement(words: string[]): string[] {
  return words.map((w, k) => {
    if (words[k + 1] === '#' && (w === 'd' || w === 'l')) return w === 'd' ? 'de' : 'le';
    return words[k - 1] === '#' && w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w;
  });
}

/**
 * Whether two pairs carry another gettext context (msgctxt): a catalog gives one text two
 * contexts precisely so that it may be translated two ways (`Apply` as a button and in the menu).
 */
export function otherContext(a: Pair, b: Pair): boolean {
  return (a.meta?.props?.msgctxt ?? '') !== (b.meta?.props?.msgctxt ?? '');
}

/** A plural form's key: the entry's key and the form's index (`%d alert on your routes[1]`). */
/**
 * The plural form at the end of an entry's key: a PO form index (`KEY[1]`), a CLDR category of
 * a nested YAML or JSON message (`reminder.one`, `reminder.other`), or i18next's suffix
 * (`item_one`, `item_other`, `item_plural`).
 */
const PLURAL_FORM = /\[\d+\]$|[._](?:zero|one|two|few|many|other|plural)$/;

/**
 * Whether two pairs are forms of one plural entry of a catalog (`msgid` / `msgid_plural`, keyed
 * `KEY` and `KEY[1]`; `reminder.one` and `reminder.other`): a language with one form for both
 * (`%d avis`, `%{count} rendez-vous`) translates them alike.
 */
export function formsOfOneEntry(a: Pair, b: Pair): boolean {
  const ka = a.meta?.key;
  const kb = b.meta?.key;
  if (ka === undefined || kb === undefined || ka === kb || (!PLURAL_FORM.test(ka) && !PLURAL_FORM.test(kb))) return false;
  return a.en!.place.file === b.en!.place.file && ka.replace(PLURAL_FORM, '') === kb.replace(PLURAL_FORM, '');
}

/**
 * Whether a pair of prose aligned from a document's two versions (`parallel`) stands in another
 * document than every reference: separate articles are translated each in its own context (a
 * heading, a call to action worded anew), so a difference there is worth a look, not a warning.
 * Strings of one catalog, and lines of one document, are held to one translation.
 */
export function otherDocument(pair: Pair, refs: Pair[]): boolean {
  if (pair.method !== 'parallel') return false;
  const file = pair.en!.place.file;
  return refs.every((r) => r.en!.place.file !== file);
}

/** The words of a text outside its values (times, dates, numbers, zones), lower-cased. */
function wordsOutsideValues(text: string, lang: ValueLang): string[] {
  let plain = text;
  for (const v of extractValues(text, lang)) plain = plain.slice(0, v.start) + ' '.repeat(v.end - v.start) + plain.slice(v.end);
  return plain.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Whether two texts differ, values aside, only in function words (`On Thursday, December 11` and
 * `Tuesday, October 21`; `from noon to 1:30 p.m.` and `1:30 to 3:00 p.m.`): the same words put
 * in another phrase, which one translation may well serve. `Assistant Deputy Minister` against
 * `Deputy Minister`, or `Go to room 101` against `Room 101`, differ by a word of their own.
 */
export function glueWordsOnly(a: string, b: string, lang: DictLang): boolean {
  const count = new Map<string, number>();
  for (const w of wordsOutsideValues(a, lang)) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of wordsOutsideValues(b, lang)) count.set(w, (count.get(w) ?? 0) - 1);
  for (const [w, n] of count) if (n !== 0 && !isFunctionWord(w, lang)) return false;
  return true;
}

/** A reply's or a forward's prefix (`RE:`, `TR :`, `Fwd:`). */
const REPLY_PREFIX = /^\s*(?:(?:re|tr|fw|fwd|réf)\s?:\s*)+/i;

/**
 * Whether two subjects differ only by a reply's or a forward's prefix (`RE: Atlantic planning
 * session` and `Atlantic planning session`, one French subject for both): one source.
 */
export function replyPrefixOnly(a: string, b: string): boolean {
  // Under their field's label, quoted or not (`Subject: RE: …`), or one under it and the other not;
  // a subject cut at the slash before its French, on a line of its own (`Subject: Router
  // replacement – … /`).
  const bare = (t: string): string => t.replace(SUBJECT_LABEL, '').replace(REPLY_PREFIX, '').replace(CUT_AFTER, '').trim();
  const [x, y] = [bare(a), bare(b)];
  return x === y && a.trim() !== b.trim() && (SUBJECT_LABEL.test(a) || SUBJECT_LABEL.test(b) || REPLY_PREFIX.test(a) || REPLY_PREFIX.test(b));
}

/** A slash or a bar ending a line, where the other language's side goes on under it. */
const CUT_AFTER = /\s+[/|]\s*$/;

/** The label of a mail's subject field. */
const SUBJECT_LABEL = /^\s*(?:subject|objet)\s?:\s*/i;

/** The greetings and the closings of a letter or an e-mail, which French words one way for several English ones. */
const SALUTATIONS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['hello', 'hi', 'good morning', 'good afternoon', 'good evening', 'greetings', 'dear all', 'dear colleagues', 'hello everyone', 'hi all', 'hello all']),
  new Set(['regards', 'best regards', 'kind regards', 'warm regards', 'sincerely', 'yours sincerely', 'best', 'best wishes', 'cheers']),
  new Set(['thank you', 'thanks', 'many thanks', 'thank you very much', 'thanks again', 'thank you again', 'with thanks']),
];

/**
 * Whether two sources are greetings (`Hello,` / `Good morning,`), closings or thanks of one kind:
 * one French formula serves both. The same name after each (`Hi Marie-Claude,` / `Good afternoon
 * Marie-Claude,`) is set aside.
 */
export function salutationsOnly(a: string, b: string): boolean {
  const norm = (t: string): string[] => t.replace(/[\s,.!:;]+$/u, '').trim().split(/\s+/);
  const [x, y] = [norm(a), norm(b)];
  // The capitalised words both end with: the name greeted.
  while (x.length > 1 && y.length > 1 && x[x.length - 1] === y[y.length - 1] && /^\p{Lu}/u.test(x[x.length - 1])) {
    x.pop();
    y.pop();
  }
  const [gx, gy] = [x.join(' ').toLowerCase(), y.join(' ').toLowerCase()];
  return SALUTATIONS.some((set) => set.has(gx) && set.has(gy));
}

/** The most extra words one source may have over the other and still be the same source. */
const EXTRA_WORDS_MAX = 2;
/** The longest source (in words) that such a difference is looked into. */
const EXTRA_WORDS_SOURCE_MAX = 8;

/**
 * Whether one English source is the other with a word or two more that the one French translation
 * says (`Mobile number` / `Mobile phone number`, both `Numéro de téléphone mobile`; `Negative
 * test?` / `Negative test result?`, both `Résultat de test négatif?`): the French translates the
 * longer, which serves the shorter too. `Save` / `Save changes`, both `Enregistrer`, lose the
 * `changes`: reported.
 */
export function extraWordsTranslated(a: string, b: string, fr: string): boolean {
  const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let [short, long] = [words(a), words(b)];
  if (short.length > long.length) [short, long] = [long, short];
  const extra = [...long];
  for (const w of short) {
    const k = extra.indexOf(w);
    if (k < 0) return false;
    extra.splice(k, 1);
  }
  // Labels and short phrases only: in a sentence, a word added to one source is an edit the
  // French may not have followed.
  if (extra.length === 0 || extra.length > EXTRA_WORDS_MAX || long.length > EXTRA_WORDS_SOURCE_MAX) return false;
  const frWords = words(fr);
  const folded = frWords.map(fold);
  // The lexicon's keys of the French words, inflected or not (`ouvertes` for `ouvert`).
  const keys = new Set<string>();
  for (const x of frWords) for (const v of [x, x.replace(/s$/, ''), x.replace(/e?s$/, ''), x.replace(/e$/, '')]) for (const k of keysOfWord(v, 'fr')) keys.add(k);
  return extra.every((w) => {
    const f = fold(w);
    if (folded.includes(f)) return true;
    // A cognate: the same first four letters (`result` / `résultat`), or the word inside a
    // longer one (`phone` / `téléphone`).
    if (f.length >= 5 && folded.some((x) => x.length >= 5 && (x.slice(0, 4) === f.slice(0, 4) || x.includes(f)))) return true;
    return keysOfWord(w, 'en').some((k) => keys.has(k));
  });
}

/**
 * Whether one translation is the other with a line more of its own (`L'équipe du Fonds…` and, in
 * another place, `L'équipe du Fonds…` with `Patrimoine canadien` on the line under it): the
 * aligner read the next line into one of them, a neighbour's text, not a second translation.
 */
export function lineMoreOnly(a: Segment, b: Segment): boolean {
  const [short, long] = a.text.length <= b.text.length ? [a, b] : [b, a];
  const head = short.text.trim();
  const at = long.text.indexOf(head);
  if (head.length === 0 || at < 0 || !long.locate || long.place.endLine === long.place.line) return false;
  const before = long.text.slice(0, at);
  const after = long.text.slice(at + head.length);
  // Only whole lines around it: what is left starts or ends at a line break of the file.
  if (before.trim() === '' && after.trim() !== '' && /^\s/.test(after)) {
    const end = long.locate(at + head.length - 1, at + head.length).line;
    const next = at + head.length + (after.length - after.trimStart().length);
    return long.locate(next, next + 1).line > end;
  }
  if (after.trim() === '' && before.trim() !== '' && /\s$/.test(before)) {
    const last = before.trimEnd().length;
    return long.locate(at, at + 1).line > long.locate(last - 1, last).line;
  }
  return false;
}

/** A French article, preposition or conjunction elided before a vowel, and what it is written whole. */
const ELIDED = /(?<![\p{L}])(d|l|qu|jusqu|lorsqu|puisqu)['’]\s*/giu;
const WHOLE: Record<string, string> = { d: 'de ', l: 'le ', qu: 'que ', jusqu: 'jusque ', lorsqu: 'lorsque ', puisqu: 'puisque ' };

/**
 * Whether two French translations differ only in their values and in the elision that a value
 * starting with a vowel calls for (`Le paiement d'avril sera déposé le lundi 27 avril` and `Le
 * paiement de juin sera déposé le mardi 29 juin`): one translation of one pattern.
 */
export function elisionOnly(a: string, b: string): boolean {
  if (!/['’]/.test(a) && !/['’]/.test(b)) return false;
  const masked = (t: string): string => {
    let out = '';
    let at = 0;
    for (const v of extractValues(t, 'fr')) {
      if (v.start < at) continue;
      out += t.slice(at, v.start) + ' 0 ';
      at = v.end;
    }
    return (out + t.slice(at)).toLowerCase().replace(/\s+/g, ' ').trim();
  };
  const whole = (t: string): string =>
    t
      .replace(ELIDED, (_, w: string) => WHOLE[w.toLowerCase()])
      .replace(/(?<![\p{L}])la(?![\p{L}])/gu, 'le')
      .replace(/\s+/g, ' ');
  const [x, y] = [masked(a), masked(b)];
  // Texts that differ in their values alone are number-mismatch's, or another pattern's.
  return x !== y && whole(x) === whole(y);
}

/** The most frequent variant of a group (ties: the one that comes first). */
export function dominantKey<T>(variants: Map<number, T[]>): number {
  let best = -1;
  let n = -1;
  for (const [k, list] of variants) {
    if (list.length > n) {
      best = k;
      n = list.length;
    }
  }
  return best;
}
