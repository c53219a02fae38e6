// TMX units as the store takes them: TMX dates as ISO dates, the TMX metadata in its fields.
// Shared by the importing thread and the TMX reader thread (which also prepares the normalised
// forms, so that the importing thread only writes).

import type { TmxUnit } from '../formats/tmx.js';
import type { UnitInput } from './store.js';
import { hash53, identityText, normalFormNfc, type Prepared } from './normalise.js';

/** `20110912T140000Z` (TMX) → `2011-09-12T14:00:00Z`; other forms are read by Date when they can be. */
export function isoFromTmx(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function unitFromTmx(u: TmxUnit, file: string): UnitInput {
  const input: UnitInput = { en: u.en, fr: u.fr, origin: { file, line: u.line, method: 'tmx' } };
  if (u.tuid !== undefined) input.tuid = u.tuid;
  if (u.props.length) input.props = u.props;
  if (u.notes.length) input.notes = u.notes;
  const created = isoFromTmx(u.creationdate);
  const changed = isoFromTmx(u.changedate);
  if (created) input.createdAt = created;
  if (changed) input.changedAt = changed;
  if (u.creationid) input.createdBy = u.creationid;
  if (u.changeid) input.changedBy = u.changeid;
  if (u.usagecount !== undefined) input.usageCount = u.usagecount;
  return input;
}


/** Fields of one unit in a packed batch (a flat array: cheap to pass between threads). */
export const PACKED_FIELDS = 15;

/** Appends a TMX unit, with its identity texts, English normalised form and hashes, to a packed batch. */
export function packTmxUnit(u: TmxUnit, out: unknown[]): void {
  const en = identityText(u.en);
  const enNorm = normalFormNfc(en);
  // The French normalised form is left to the importing thread, which has time to spare.
  out.push(
    en,
    identityText(u.fr),
    enNorm,
    null,
    hash53(enNorm),
    hash53(en),
    u.line,
    u.tuid ?? null,
    isoFromTmx(u.creationdate) ?? null,
    u.creationid || null,
    isoFromTmx(u.changedate) ?? null,
    u.changeid || null,
    u.usagecount ?? null,
    u.props.length ? JSON.stringify(u.props) : null,
    u.notes.length ? JSON.stringify(u.notes) : null,
  );
}

/** The units of a packed batch, as the store takes them. */
export function unpackUnits(batch: unknown[], file: string, onUnit: (u: UnitInput) => void): void {
  for (let i = 0; i + PACKED_FIELDS <= batch.length; i += PACKED_FIELDS) {
    const fr = batch[i + 1] as string;
    const prepared: Prepared = { en: batch[i] as string, fr, enNorm: batch[i + 2] as string, frNorm: (batch[i + 3] as string | null) ?? normalFormNfc(fr), key: batch[i + 4] as number, hash: batch[i + 5] as number };
    const input: UnitInput = { en: prepared.en, fr: prepared.fr, origin: { file, line: batch[i + 6] as number, method: 'tmx' }, prepared };
    if (batch[i + 7] !== null) input.tuid = batch[i + 7] as string;
    if (batch[i + 8] !== null) input.createdAt = batch[i + 8] as string;
    if (batch[i + 9] !== null) input.createdBy = batch[i + 9] as string;
    if (batch[i + 10] !== null) input.changedAt = batch[i + 10] as string;
    if (batch[i + 11] !== null) input.changedBy = batch[i + 11] as string;
    if (batch[i + 12] !== null) input.usageCount = batch[i + 12] as number;
    prepared.propsJson = batch[i + 13] as string | null;
    prepared.notesJson = batch[i + 14] as string | null;
    if (batch[i + 13] !== null) input.props = JSON.parse(batch[i + 13] as string) as UnitInput['props'];
    if (batch[i + 14] !== null) input.notes = JSON.parse(batch[i + 14] as string) as string[];
    onUnit(input);
  }
}
