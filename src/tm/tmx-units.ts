// TMX units as the store takes them: identity texts and hashes, TMX dates as ISO dates, the TMX
// metadata in its fields. The TMX reader thread packs the units it reads into flat batches (cheap
// to pass between threads); the importing thread unpacks them and computes what identifies each
// unit, so that the reader thread, which has the parsing to do, does nothing more.

import type { TmxUnit } from '../formats/tmx.js';
import type { UnitIdentity, UnitInput } from './store.js';
import { hash53, identityText, normalFormNfc } from './normalise.js';

/** Dates seen lately: the units of one file often share them (one export, one session). */
const recentDates = new Map<string, string | null>();

/** `20110912T140000Z` (TMX) → `2011-09-12T14:00:00Z`; other forms are read by Date when they can be. */
export function isoFromTmx(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let iso = recentDates.get(value);
  if (iso === undefined) {
    iso = isoDate(value);
    if (recentDates.size >= 4096) recentDates.clear();
    recentDates.set(value, iso);
  }
  return iso ?? undefined;
}

function isoDate(value: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Fields of one unit in a packed batch. */
export const PACKED_FIELDS = 11;

/** Appends a TMX unit's fields to a packed batch (props and notes as JSON, as the store keeps them). */
export function packTmxUnit(u: TmxUnit, out: unknown[]): void {
  out.push(
    u.en,
    u.fr,
    u.line,
    u.tuid ?? null,
    u.creationdate ?? null,
    u.creationid || null,
    u.changedate ?? null,
    u.changeid || null,
    u.usagecount ?? null,
    u.props.length ? JSON.stringify(u.props) : null,
    u.notes.length ? JSON.stringify(u.notes) : null,
  );
}

/**
 * Hands the units of a packed batch to `onUnit`, as the store takes them. Returns how many were
 * left out because a side is empty once trimmed.
 */
export function unpackUnits(batch: unknown[], file: string, onUnit: (u: UnitInput) => void): number {
  let empty = 0;
  for (let i = 0; i + PACKED_FIELDS <= batch.length; i += PACKED_FIELDS) {
    const en = identityText(batch[i] as string);
    const fr = identityText(batch[i + 1] as string);
    if (!en || !fr) {
      empty++;
      continue;
    }
    // Props and notes stay JSON: the store writes them as they are, and parses them only to merge.
    const prepared: UnitIdentity = { en, fr, key: hash53(normalFormNfc(en)), hash: hash53(en), propsJson: batch[i + 9] as string | null, notesJson: batch[i + 10] as string | null };
    const input: UnitInput = { en, fr, origin: { file, line: batch[i + 2] as number, method: 'tmx' }, prepared };
    if (batch[i + 3] !== null) input.tuid = batch[i + 3] as string;
    const created = isoFromTmx(batch[i + 4] as string | null);
    if (created) input.createdAt = created;
    if (batch[i + 5] !== null) input.createdBy = batch[i + 5] as string;
    const changed = isoFromTmx(batch[i + 6] as string | null);
    if (changed) input.changedAt = changed;
    if (batch[i + 7] !== null) input.changedBy = batch[i + 7] as string;
    if (batch[i + 8] !== null) input.usageCount = batch[i + 8] as number;
    onUnit(input);
  }
  return empty;
}
