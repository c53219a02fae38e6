// inconsistent-translation: one source text translated in different ways, across all the files
// of a run and, with --tm, against the translation memory.
//
// Pairs are grouped by their English after normalising case, spacing, no-break spaces and
// punctuation, with numbers masked (`Room 201` and `Room 202` are one pattern). Without a memory,
// the translation most of the group uses is the reference and the others are reported. With a
// memory that knows the English, the memory is the reference: its unit for the same English, or
// else its most used translation of the pattern; every pair of the files that differs from it is
// reported, with the memory's translation (numbers carried over) as the suggestion.

import { defineCheck, type CorpusContext } from './types.js';
import type { Pair } from '../core/types.js';
import { groupPairs, numbered, quote, quoteDifference, type Member, where, withNumbersOf, withNumbersOfNumbered } from '../tm/consistency.js';
import { anotherNumberOnly, disagreeingGroups, dominantKey, elisionOnly, gatherKeys, genderOnly, gerundForms, leadingArticleOnly, lineMoreOnly, otherContext, otherDocument, spacingOnly, type KeyedMember } from './util/consistency-keys.js';
import { groupKey, hash53, identityText } from '../tm/normalise.js';
import type { StoredUnit, TmStore } from '../tm/store.js';
import { withoutMailPrefixes } from '../lang/mail-header.js';

interface TmReference {
  unit: StoredUnit;
  key: string;
  /** Places in the memory this translation of the pattern was added from. */
  times: number;
}

/** The memory's translation of an English pattern, for a given pair of the files. */
function tmReference(tm: TmStore, key: string, pair: Pair): TmReference | null {
  const units = tm.unitsByKey(hash53(key)).filter((u) => u.enNorm === key);
  if (units.length === 0) return null;
  const exact = units.find((u) => u.en === identityText(pair.en!.text));
  if (exact) return { unit: exact, key: groupKey(exact.fr), times: exact.seen };
  // The most used translation of the pattern; ties go to the most recent.
  const byFr = new Map<string, { units: StoredUnit[]; times: number }>();
  for (const u of units) {
    const k = groupKey(u.fr);
    const v = byFr.get(k) ?? { units: [], times: 0 };
    v.units.push(u);
    v.times += u.seen;
    byFr.set(k, v);
  }
  let best: { key: string; units: StoredUnit[]; times: number } | null = null;
  const latest = (us: StoredUnit[]): string => us.reduce((m, u) => (u.changedAt > m ? u.changedAt : m), '');
  for (const [k, v] of byFr) {
    if (!best || v.times > best.times || (v.times === best.times && latest(v.units) > latest(best.units))) best = { key: k, ...v };
  }
  const unit = [...best!.units].sort((a, b) => b.seen - a.seen || (a.changedAt < b.changedAt ? 1 : a.changedAt > b.changedAt ? -1 : 0) || a.id - b.id)[0];
  return { unit, key: best!.key, times: best!.times };
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function checkAgainstTm(ctx: CorpusContext, tm: TmStore, members: Member[]): boolean {
  let known = false;
  for (const m of members) {
    const ref = tmReference(tm, m.key, m.pair);
    if (!ref) continue;
    known = true;
    if (m.otherKey === ref.key) continue;
    const pair = m.pair;
    let message = `${quote(pair.en!.text)} translated ${quote(pair.fr!.text)} here, ${quote(ref.unit.fr)} in the TM ${times(ref.times)}`;
    const earlier = tm.history(ref.unit.id).find((h) => groupKey(h.fr) === m.otherKey);
    if (earlier) message += `; ${quote(pair.fr!.text)} is an earlier translation there, replaced ${earlier.replacedAt.slice(0, 10)}`;
    const suggestion = ref.unit.en === identityText(pair.en!.text) ? ref.unit.fr : withNumbersOf(ref.unit.fr, pair.fr!.text);
    ctx.report({ pair, message, en: 'whole', fr: 'whole', ...(suggestion !== null ? { suggestion } : {}) });
  }
  return known;
}

/** What stands around a text's words: quotes, heading marks, emphasis, end punctuation and spaces (not brackets, which close words). */
const DRESS = /^([\s«»"“”‘’'#*_.:;!?…,–—-]*)([\s\S]*?)([\s«»"“”‘’'#*_.:;!?…,–—-]*)$/u;

/**
 * The reference's words in this place's dress (`« Il arrive souvent… »` in a pull quote, `### Noms
 * de fichier ###` in a banner, suggested for a sentence or a plain label): what stands around the
 * words is the place's, not the translation's.
 */
/** An HTML entity at either end of a text. */
const EDGE_ENTITY = /^[^\p{L}\p{N}]*&#?\w+;|&#?\w+;[^\p{L}\p{N}]*$/u;

function dressedLike(reference: string, here: string): string {
  // An entity at an edge (`De&nbsp;:`, a message template's) is words and dress at once: left whole.
  if (EDGE_ENTITY.test(reference) || EDGE_ENTITY.test(here)) return reference;
  const [, , words] = DRESS.exec(reference)!;
  const [, before, , after] = DRESS.exec(here)!;
  return words ? `${before}${words}${after}` : reference;
}

function checkInFiles(ctx: CorpusContext, members: KeyedMember[]): void {
  const variants = new Map<number, KeyedMember[]>();
  for (const m of members) {
    let list = variants.get(m.otherKey);
    if (!list) variants.set(m.otherKey, (list = []));
    list.push(m);
  }
  if (variants.size < 2) return;
  const refKey = dominantKey(variants);
  const refs = variants.get(refKey)!;
  const ref = refs[0].pair;
  const shown = refs.slice(0, 3).map((r) => where(r.pair, 'fr'));
  const places = `${refs.length === 1 ? 'another place' : `${refs.length} other places`} (${shown.join(', ')}${refs.length > 3 ? ', …' : ''})`;
  // The reference is read for its numbers once for all the pairs it is suggested to.
  const refWording = numbered(ref.fr!.text);
  for (const [k, list] of variants) {
    if (k === refKey) continue;
    for (const m of list) {
      const pair = m.pair;
      // Words run together in one of the translations: glued-words' finding.
      if (spacingOnly(pair.fr!.text, ref.fr!.text)) continue;
      // A translation with the next line read into it: a neighbour's text, not another translation.
      if (lineMoreOnly(pair.fr!, ref.fr!)) continue;
      // `d'avril` and `de juin`: one translation, its values' elisions aside.
      if (elisionOnly(pair.fr!.text, ref.fr!.text)) continue;
      // One text with another number, written in words on one side: not two translations.
      if (anotherNumberOnly(pair, ref)) continue;
      // A heading without the article an item or a sentence keeps: the same translation.
      if (leadingArticleOnly(pair.fr!.text, ref.fr!.text, 'fr')) continue;
      // `Adopté.` / `Adoptée.`: one translation agreeing with what each place speaks of.
      if (genderOnly(pair.fr!.text, ref.fr!.text)) continue;
      // `Testing` as `Tester` in a list of steps and `Tests` as a heading: a verb and a noun.
      if (gerundForms(pair.en!.text, pair.fr!.text, ref.fr!.text)) continue;
      // A subject and the same subject forwarded (`Objet : TR : …`): one translation.
      if (withoutMailPrefixes(pair.fr!.text).trim() === withoutMailPrefixes(ref.fr!.text).trim()) continue;
      const worded = withNumbersOfNumbered(refWording, numbered(pair.fr!.text));
      const suggestion = worded === null ? null : dressedLike(worded, pair.fr!.text);
      const [here, there] = quoteDifference(pair.fr!.text, ref.fr!.text);
      ctx.report({
        pair,
        // Another msgctxt, or another document, allows another translation: worth a look, not a warning.
        message: `${quote(pair.en!.text)} translated ${here} here, ${there} in ${places}${otherContext(pair, ref) ? ', in another msgctxt' : ''}`,
        ...(otherContext(pair, ref) || otherDocument(pair, refs.map((r) => r.pair)) ? { severity: 'info' as const } : {}),
        en: 'whole',
        fr: 'whole',
        ...(suggestion !== null ? { suggestion } : {}),
        related: refs.map((r) => ({ place: r.pair.fr!.place, text: r.pair.fr!.text })),
      });
    }
  }
}

export default defineCheck({
  id: 'inconsistent-translation',
  description: 'One source text is translated the same way everywhere (and as in the translation memory, with --tm)',
  severity: 'warning',
  fixable: false,
  help: `The same English text should have the same French translation throughout a set of
documents, and the translation the team's memory holds for it. Texts are compared after
normalising case, spacing, no-break spaces and punctuation, with numbers masked, so "Room 201" and
"Room 202" are one pattern and "Salle 201" / "Pièce 202" are two translations of it.

Without a translation memory, the translation most of the occurrences use is taken as the
reference and the others are reported, unless one differs from it only in its spaces (words run
together, which glued-words reports), in a leading article, or in the gender its words agree
with ("Adopté." / "Adoptée.", agreeing with what each place speaks of), or one is the other with
a line of the file more (the aligner read a neighbouring line into it), or only in its values and
the elisions they call for ("d'avril" / "de juin"), or one English -ing word
is a French infinitive in one place and a noun in the other ("Tester" in a list of steps, "Tests"
as a heading), or the two pairs differ
only in their numbers on both sides ("4 folders" / "quatre dossiers" and "7 folders" / "sept
dossiers"). With --tm, the memory is the
reference: its unit for the same English, else its most used translation of the pattern; the
finding says how often the memory has it and suggests it (with this pair's numbers).

A text of another msgctxt, or of another document of prose aligned from its two versions
(separate articles are translated each in its own context), is reported as info.

Example: "Conference code" translated "Code de la conférence" here, "Code de conférence" in the
TM 14 times.`,
  // Without a memory the pairs are grouped by keys made in the per-pair pass.
  gather(ctx) {
    if (!ctx.tm) gatherKeys(ctx);
  },
  checkCorpus(ctx: CorpusContext) {
    if (!ctx.tm) {
      // Among the files only: groups of one pair agree with themselves and are left out.
      for (const members of disagreeingGroups(ctx.pairs, 'en', ctx.memo).values()) checkInFiles(ctx, members);
      return;
    }
    const keys = new Map<string, number>();
    const id = (k: string): number => {
      let n = keys.get(k);
      if (n === undefined) keys.set(k, (n = keys.size));
      return n;
    };
    for (const members of groupPairs(ctx.pairs, 'en').values()) {
      // Patterns the memory knows are judged against it; the others among themselves.
      if (checkAgainstTm(ctx, ctx.tm, members)) continue;
      checkInFiles(
        ctx,
        members.map((m) => ({ pair: m.pair, key: id(m.key), otherKey: id(m.otherKey) })),
      );
    }
  },
});
