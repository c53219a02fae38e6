// The term check shared by glossaries (rule `glossary`) and YAML `term` rules: a source term
// found on one side requires one of its target terms on the other side, and a forbidden term is
// reported wherever it appears. Matching tolerates inflection and elision (config/terms.ts).

import type { Pair } from '../core/types.js';
import type { ReportInput } from '../checks/types.js';
import { TermIndex, type TermMatch, type Token, tokenize } from '../config/terms.js';

export interface TermEntry {
  en: string[];
  fr: string[];
  enForbidden: string[];
  frForbidden: string[];
  note?: string;
}

export type Direction = 'both' | 'en-fr' | 'fr-en';

export interface TermEngineOptions {
  inflect: boolean;
  direction: Direction;
}

type Side = 'en' | 'fr';
const OTHER: Record<Side, Side> = { en: 'fr', fr: 'en' };
const NAME: Record<Side, string> = { en: 'EN', fr: 'FR' };

/** Indexes of one language: allowed terms (tolerant gaps) and forbidden terms (strict gaps). */
interface SideIndex {
  allowed: TermIndex<number[]>;
  forbidden: TermIndex<number[]>;
}

export class TermEngine {
  readonly entries: TermEntry[];
  readonly opts: TermEngineOptions;
  private readonly idx: Record<Side, SideIndex>;

  constructor(entries: TermEntry[], opts: TermEngineOptions) {
    this.entries = entries;
    this.opts = opts;
    this.idx = { en: this.build('en'), fr: this.build('fr') };
  }

  private build(side: Side): SideIndex {
    const allowed = new TermIndex<number[]>({ lang: side, inflect: this.opts.inflect, ignoreCase: true, strictGaps: false });
    const forbidden = new TermIndex<number[]>({ lang: side, inflect: this.opts.inflect, ignoreCase: true, strictGaps: true });
    // One compiled term per distinct text, holding every entry that lists it (synonyms, homonyms).
    const add = (index: TermIndex<number[]>, seen: Map<string, number[]>, text: string, i: number): void => {
      const list = seen.get(text);
      if (list) {
        if (!list.includes(i)) list.push(i);
        return;
      }
      const ids = [i];
      if (index.add(text, ids)) seen.set(text, ids);
    };
    const seenA = new Map<string, number[]>();
    const seenF = new Map<string, number[]>();
    this.entries.forEach((e, i) => {
      for (const t of side === 'en' ? e.en : e.fr) add(allowed, seenA, t, i);
      for (const t of side === 'en' ? e.enForbidden : e.frForbidden) add(forbidden, seenF, t, i);
    });
    return { allowed, forbidden };
  }

  /** The entries (by index) one of whose accepted terms stands in a text of language `side`. */
  entriesIn(side: Side, text: string): Set<number> {
    const ids = new Set<number>();
    for (const m of this.idx[side].allowed.matchAll(text)) for (const i of m.term.data) ids.add(i);
    return ids;
  }

  /** Checks one pair and reports through `report`. */
  check(pair: Pair, report: (r: ReportInput) => void): void {
    const en = pair.en && pair.en.lang === 'en' ? pair.en.text : null;
    const fr = pair.fr && pair.fr.lang === 'fr' ? pair.fr.text : null;
    const tokens: Partial<Record<Side, Token[]>> = {};
    const toks = (side: Side, text: string): Token[] => (tokens[side] ??= tokenize(text));
    const texts: Record<Side, string | null> = { en, fr };
    const reported = new Set<number>();
    // Forbidden terms first: a forbidden term next to its source term is one finding, not two.
    for (const side of ['fr', 'en'] as Side[]) {
      const text = texts[side];
      if (text === null) continue;
      const other = OTHER[side];
      const otherText = texts[other];
      const sources = otherText !== null ? this.idx[other].allowed.matchLongest(otherText, toks(other, otherText)) : [];
      for (const fm of this.idx[side].forbidden.matchLongest(text, toks(side, text))) {
        const ids = fm.term.data;
        const src = sources.find((s) => s.term.data.some((i) => ids.includes(i)));
        const relevant = src ? ids.filter((i) => src.term.data.includes(i)) : ids;
        const allowed = unique(relevant.flatMap((i) => this.entries[i][side]));
        const note = firstNote(relevant.map((i) => this.entries[i]));
        let message = `${NAME[side]} '${slice(text, fm)}' is not an accepted term`;
        if (src && allowed.length) message += `: ${NAME[other]} '${slice(otherText!, src)}' is ${NAME[side]} ${quoteList(allowed)}`;
        else if (allowed.length) message += `: use ${quoteList(allowed)}`;
        if (note) message += ` (${note})`;
        const r: ReportInput = { message, [side]: { from: fm.start, to: fm.end } };
        if (src) r[other] = { from: src.start, to: src.end };
        if (allowed.length) r.suggestion = allowed.join(' / ');
        report(r);
        for (const i of relevant) reported.add(i);
      }
    }
    if (en === null || fr === null) return;
    if (this.opts.direction !== 'fr-en') this.requireTargets('en', en, fr, toks, reported, report);
    if (this.opts.direction !== 'en-fr') this.requireTargets('fr', fr, en, toks, reported, report);
  }

  private requireTargets(
    src: Side,
    srcText: string,
    tgtText: string,
    toks: (side: Side, text: string) => Token[],
    reported: Set<number>,
    report: (r: ReportInput) => void,
  ): void {
    const tgt = OTHER[src];
    const found = this.idx[src].allowed.matchLongest(srcText, toks(src, srcText));
    if (found.length === 0) return;
    const present = new Set<number>();
    for (const m of this.idx[tgt].allowed.matchAll(tgtText, toks(tgt, tgtText))) for (const i of m.term.data) present.add(i);
    const done = new Set<string>();
    for (const m of found) {
      const ids = m.term.data;
      if (ids.some((i) => present.has(i) || reported.has(i))) continue;
      const targets = unique(ids.flatMap((i) => this.entries[i][tgt]));
      if (targets.length === 0 || done.has(m.term.text)) continue;
      done.add(m.term.text);
      const note = firstNote(ids.map((i) => this.entries[i]));
      report({
        message: `${NAME[src]} '${slice(srcText, m)}' ⇒ ${NAME[tgt]} ${quoteList(targets)} not found${note ? ` (${note})` : ''}`,
        [src]: { from: m.start, to: m.end },
        [tgt]: 'whole',
        suggestion: targets.join(' / '),
      });
    }
  }
}

function slice(text: string, m: TermMatch): string {
  return text.slice(m.start, m.end);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function quoteList(xs: string[]): string {
  const q = xs.map((x) => `'${x}'`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

function firstNote(es: TermEntry[]): string | undefined {
  return es.find((e) => e.note)?.note;
}
