// The translation-memory store: one SQLite file (better-sqlite3), WAL mode so that readers go on
// reading while a writer writes, every write in one transaction so that an interrupted import
// (even kill -9) leaves the store as it was before it.
//
// A unit is identified by its exact English text. Adding the same pair again merges it (one
// more place it came from, properties and notes united); adding another French translation of
// the same English replaces the current one and keeps the old one in `history`, unless the
// incoming translation is older (by its TMX change date) than the current one, in which case it
// goes to history directly. Keeping the most recent translation is what CAT tools do by default.

import Database from 'better-sqlite3';
import { mkdirSync, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { UserError } from '../core/errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { hash53, identityText, normalForm, normalFormNfc } from './normalise.js';
import { HashMap53 } from './hash-map.js';

export interface Prop {
  type: string;
  value: string;
}

export interface Origin {
  file: string;
  line: number;
  /** How the pair was found: tmx, xliff, po, csv, or an aligner method (inline, stacked…). */
  method: string;
}

/** A pair to add, with what is known about it. Dates are ISO 8601 (UTC). */
export interface UnitInput {
  en: string;
  fr: string;
  origin: Origin;
  tuid?: string;
  props?: Prop[];
  notes?: string[];
  createdAt?: string;
  createdBy?: string;
  changedAt?: string;
  changedBy?: string;
  usageCount?: number;
  usedAt?: string;
  /** English texts of the segments before and after it in its document (context matches). */
  context?: { prev: string | null; next: string | null };
  /** Identity texts and hashes computed beforehand (by the TMX reader thread). */
  prepared?: UnitIdentity;
}

/** What identifies a pair in the store, computed from its texts. */
export interface UnitIdentity {
  /** The texts as stored: NFC, outer spaces trimmed. */
  en: string;
  fr: string;
  /** hash53 of the English normalised form: units that match at 100 before penalties share it. */
  key: number;
  /** hash53 of the English text: the unit's identity. */
  hash: number;
  /** Props and notes as stored (JSON), when they come serialised already. */
  propsJson?: string | null;
  notesJson?: string | null;
}

export function unitIdentity(enText: string, frText: string): UnitIdentity {
  const en = identityText(enText);
  return { en, fr: identityText(frText), key: hash53(normalFormNfc(en)), hash: hash53(en) };
}

export interface StoredUnit {
  id: number;
  en: string;
  fr: string;
  enNorm: string;
  frNorm: string;
  tuid: string | null;
  origin: Origin | null;
  createdAt: string;
  createdBy: string | null;
  changedAt: string;
  changedBy: string | null;
  seen: number;
  usageCount: number;
  usedAt: string | null;
  props: Prop[];
  notes: string[];
}

export interface HistoryEntry {
  fr: string;
  createdAt: string | null;
  createdBy: string | null;
  changedAt: string | null;
  changedBy: string | null;
  seen: number;
  replacedAt: string;
  replacedBy: string | null;
}

/** What adding one pair did. */
export type AddOutcome = 'added' | 'merged' | 'updated' | 'older';

export interface StoreStats {
  path: string;
  bytes: number;
  schemaVersion: number;
  units: number;
  history: number;
  sources: number;
  origins: number;
  contexts: number;
  enWords: number;
  frWords: number;
  createdAt: string | null;
  firstChange: string | null;
  lastChange: string | null;
  generation: number;
  bySource: Array<{ path: string; units: number }>;
  byMethod: Array<{ method: string; units: number }>;
}

interface UnitRow {
  id: number;
  en: string;
  fr: string;
  tuid: string | null;
  path: string | null;
  line: number | null;
  method: string | null;
  created_at: string;
  created_by: string | null;
  changed_at: string;
  changed_by: string | null;
  seen: number;
  usage_count: number;
  used_at: string | null;
  props: string | null;
  notes: string | null;
}

const UNIT_COLUMNS = `u.id, u.en, u.fr, u.tuid, s.path, u.line, u.method, u.created_at, u.created_by,
  u.changed_at, u.changed_by, u.seen, u.usage_count, u.used_at, u.props, u.notes`;
const UNIT_FROM = 'units u LEFT JOIN sources s ON s.id = u.source_id';

export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

function toUnit(r: UnitRow): StoredUnit {
  // Normalised forms are derived from the texts when asked for (the store does not keep them).
  let enNorm: string | undefined;
  let frNorm: string | undefined;
  return {
    id: r.id,
    en: r.en,
    fr: r.fr,
    get enNorm() {
      return (enNorm ??= normalFormNfc(r.en));
    },
    get frNorm() {
      return (frNorm ??= normalFormNfc(r.fr));
    },
    tuid: r.tuid,
    origin: r.path !== null ? { file: r.path, line: r.line ?? 0, method: r.method ?? '' } : null,
    createdAt: r.created_at,
    createdBy: r.created_by,
    changedAt: r.changed_at,
    changedBy: r.changed_by,
    seen: r.seen,
    usageCount: r.usage_count,
    usedAt: r.used_at,
    props: r.props ? (JSON.parse(r.props) as Prop[]) : [],
    notes: r.notes ? (JSON.parse(r.notes) as string[]) : [],
  };
}

/** The hash of a neighbouring segment's English for context matches (0: no neighbour). */
export function contextHash(text: string | null | undefined): number {
  return text ? hash53(identityText(text)) : 0;
}

function describeSqlite(e: unknown): string {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_BUSY') return 'the translation memory is locked by another process (try again when it is done)';
  if (code === 'SQLITE_NOTADB') return 'not a translation memory (not an SQLite database)';
  if (code === 'SQLITE_CORRUPT') return 'the translation memory is damaged (PRAGMA integrity_check fails)';
  if (code === 'SQLITE_CANTOPEN') return 'cannot open the translation memory';
  if (code === 'SQLITE_READONLY') return 'the translation memory is read-only';
  if (code === 'SQLITE_FULL') return 'the disk is full';
  return (e as Error).message;
}

/** Runs `fn`, turning SQLite failures into one-line user errors about the store. */
export function sqliteGuard<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if ((e as Error)?.name === 'SqliteError') throw new UserError(describeSqlite(e), { file: path });
    throw e;
  }
}

function prepareReads(db: Database.Database) {
  return {
    meta: db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck(),
    unit: db.prepare<[number], UnitRow>(`SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} WHERE u.id = ?`),
    byKey: db.prepare<[number], UnitRow>(`SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} WHERE u.en_key = ? ORDER BY u.id`),
    byIdentity: db.prepare<[number, number], UnitRow>(`SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} WHERE u.en_key = ? AND u.en_hash = ?`),
    history: db.prepare<[number], Record<string, unknown>>(
      'SELECT fr, created_at, created_by, changed_at, changed_by, seen, replaced_at, replaced_by FROM history WHERE unit_id = ? ORDER BY id',
    ),
    otherOrigins: db.prepare<[number], { path: string; line: number; method: string }>(
      'SELECT s.path AS path, o.line AS line, o.method AS method FROM origins o JOIN sources s ON s.id = o.source_id WHERE o.unit_id = ? ORDER BY s.path, o.line',
    ),
    context: db.prepare<[number, number, number], number>('SELECT 1 FROM contexts WHERE unit_id = ? AND prev = ? AND next = ?').pluck(),
    count: db.prepare<[], number>('SELECT COUNT(*) FROM units').pluck(),
  };
}

/** What adding a pair needs to know of the unit with the same English. */
interface FoundRow {
  id: number;
  en: string;
  fr: string;
  changed_at: string;
  created_at: string;
  tuid: string | null;
  props: string | null;
  notes: string | null;
  usage_count: number;
  used_at: string | null;
  seen: number;
  created_by: string | null;
  changed_by: string | null;
  source_id: number | null;
  line: number | null;
}
const FOUND_COLUMNS = 'id, en, fr, changed_at, created_at, tuid, props, notes, usage_count, used_at, seen, created_by, changed_by, source_id, line';

function prepareWrites(db: Database.Database) {
  return {
    bump: db.prepare<[], string>(`UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation' RETURNING value`).pluck(),
    findById: db.prepare<[number], FoundRow>(
      `SELECT ${FOUND_COLUMNS} FROM units WHERE id = ?`,
    ),
    findIdentity: db.prepare<[number, number], FoundRow>(
      `SELECT ${FOUND_COLUMNS} FROM units WHERE en_key = ? AND en_hash = ?`,
    ),
    insertUnit: db.prepare(
      `INSERT INTO units (en, fr, en_key, en_hash, tuid, source_id, line, method, created_at, created_by, changed_at, changed_by,
         seen, usage_count, used_at, props, notes, seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
    ),
    insertOrigin: db.prepare('INSERT OR IGNORE INTO origins (unit_id, source_id, line, method) VALUES (?, ?, ?, ?)'),
    insertContext: db.prepare('INSERT OR IGNORE INTO contexts (unit_id, prev, next) VALUES (?, ?, ?)'),
    merge: db.prepare(
      `UPDATE units SET tuid = ?, created_at = ?, changed_at = ?, changed_by = ?, seen = seen + ?, usage_count = ?, used_at = ?, props = ?, notes = ? WHERE id = ?`,
    ),
    replace: db.prepare(
      `UPDATE units SET fr = ?, tuid = ?, changed_at = ?, changed_by = ?, seen = 1, usage_count = ?, used_at = ?, props = ?, notes = ?, seq = ? WHERE id = ?`,
    ),
    insertHistory: db.prepare(
      `INSERT INTO history (unit_id, fr, created_at, created_by, changed_at, changed_by, seen, replaced_at, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    historyHas: db.prepare<[number, string], number>('SELECT 1 FROM history WHERE unit_id = ? AND fr = ?').pluck(),
    sourceId: db.prepare<[string], number>('SELECT id FROM sources WHERE path = ?').pluck(),
    allHashes: db.prepare<[], [number, number]>('SELECT en_hash, id FROM units').raw(),
    byHash: db.prepare<[number], { id: number; en: string }>('SELECT id, en FROM units WHERE en_hash = ?'),
    insertSource: db.prepare('INSERT INTO sources (path) VALUES (?)'),
  };
}

type WriteStmts = ReturnType<typeof prepareWrites>;
type ReadStmts = ReturnType<typeof prepareReads>;

export interface OpenOptions {
  /** Create the file (and its folder) when it does not exist. */
  create?: boolean;
  /** Open for reading only (checks, lookups). */
  readonly?: boolean;
}

export class TmStore {
  readonly path: string;
  readonly db: Database.Database;
  private readonly sourceIds = new Map<string, number>();
  private stmts?: WriteStmts;
  private readonly reads: ReadStmts;
  private writing = false;

  private constructor(path: string, db: Database.Database) {
    this.path = path;
    this.db = db;
    this.reads = prepareReads(db);
  }

  /** Opens (or creates) the store at `path`. Errors are one-line UserErrors naming the file. */
  static open(path: string, opts: OpenOptions = {}): TmStore {
    const exists = existsSync(path);
    if (!exists && !opts.create) {
      throw new UserError('no translation memory here (create one with `bitext tm import` or `bitext tm add`)', { file: path });
    }
    if (exists && statSync(path).isDirectory()) throw new UserError('is a directory, not a translation memory', { file: path });
    return sqliteGuard(path, () => {
      if (!exists) {
        try {
          mkdirSync(dirname(path), { recursive: true });
        } catch (e) {
          throw new UserError(`cannot create the folder of the translation memory (${(e as NodeJS.ErrnoException).code})`, { file: path });
        }
      }
      let db: Database.Database;
      let readonly = Boolean(opts.readonly);
      try {
        db = new Database(path, { readonly, fileMustExist: !opts.create, timeout: 10_000 });
      } catch (e) {
        // A store on a read-only medium can still be read.
        if (!readonly && ['SQLITE_READONLY', 'SQLITE_CANTOPEN'].includes((e as { code?: string }).code ?? '') && exists) {
          readonly = true;
          db = new Database(path, { readonly: true, fileMustExist: true, timeout: 10_000 });
        } else throw e;
      }
      try {
        TmStore.prepare(db, path, readonly);
      } catch (e) {
        db.close();
        throw e;
      }
      return new TmStore(path, db);
    });
  }

  private static prepare(db: Database.Database, path: string, readonly: boolean): void {
    // Reading the header fails here for files that are not databases.
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    if (version === 0 && tables.length > 0) throw new UserError('not a bitext translation memory (an SQLite database with other tables)', { file: path });
    if (version > SCHEMA_VERSION) {
      throw new UserError(`made by a newer bitext (store version ${version}, this bitext knows up to ${SCHEMA_VERSION})`, { file: path });
    }
    if (!readonly) {
      // A new store gets 16 KiB pages (before WAL fixes the size): units of a few hundred bytes
      // fill them well, and a large import writes a quarter as many WAL frames as with 4 KiB.
      if (version === 0) db.pragma('page_size = 16384');
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a crash of the process never loses a committed transaction.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    if (version < SCHEMA_VERSION) {
      if (readonly) throw new UserError('this translation memory needs upgrading: open it once with write access (e.g. `bitext tm stats`)', { file: path });
      for (let v = version; v < SCHEMA_VERSION; v++) {
        db.transaction(() => {
          db.exec(MIGRATIONS[v]);
          if (v === 0) {
            const ins = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
            ins.run('id', randomUUID());
            ins.run('generation', '0');
            ins.run('created_at', nowIso());
          }
          db.pragma(`user_version = ${v + 1}`);
        }).immediate();
      }
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  get readonly(): boolean {
    return this.db.readonly;
  }

  /** A number that grows with every committed write (the fuzzy index cache is keyed by it). */
  generation(): number {
    return Number(this.reads.meta.get('generation') ?? 0);
  }

  /** A random id given to the store when it was created. */
  instanceId(): string {
    return String(this.reads.meta.get('id') ?? '');
  }

  /**
   * Runs `fn` in one write transaction (BEGIN IMMEDIATE … COMMIT): everything it adds becomes
   * visible at once, or nothing does if it throws or the process dies before the end. `bulk`
   * suits imports of many units: the identities already in the store are read into memory
   * first, so that a new unit is written with one statement.
   */
  async write<T>(fn: (w: Writer) => T | Promise<T>, opts: { bulk?: boolean } = {}): Promise<T> {
    if (this.readonly) throw new UserError('the translation memory is read-only', { file: this.path });
    if (this.writing) throw new Error('nested write transaction');
    this.stmts ??= sqliteGuard(this.path, () => prepareWrites(this.db));
    const stmts = this.stmts;
    sqliteGuard(this.path, () => this.db.exec('BEGIN IMMEDIATE'));
    this.writing = true;
    try {
      const generation = Number(stmts.bump.get());
      const w = new Writer(this, stmts, generation, opts.bulk === true);
      const out = await fn(w);
      sqliteGuard(this.path, () => w.finish());
      sqliteGuard(this.path, () => this.db.exec('COMMIT'));
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.sourceIds.clear();
      throw e;
    } finally {
      this.writing = false;
    }
  }

  /** Source id for a path (created inside the current write). */
  sourceIdFor(path: string): number {
    let id = this.sourceIds.get(path);
    if (id !== undefined) return id;
    const s = this.stmts!;
    id = s.sourceId.get(path);
    if (id === undefined) id = Number(s.insertSource.run(path).lastInsertRowid);
    this.sourceIds.set(path, id);
    return id;
  }

  unit(id: number): StoredUnit | undefined {
    const r = this.reads.unit.get(id);
    return r ? toUnit(r) : undefined;
  }

  /** Units whose English has the same normalised form (`en_key`, its hash). */
  unitsByKey(enKey: number): StoredUnit[] {
    return this.reads.byKey.all(enKey).map(toUnit);
  }

  /** The unit whose English is exactly `en` (after NFC and trimming), if any. */
  exact(en: string): StoredUnit | undefined {
    const text = identityText(en);
    const key = hash53(normalForm(text));
    for (const r of this.reads.byIdentity.all(key, hash53(text))) if (r.en === text) return toUnit(r);
    return undefined;
  }

  /** Every place a unit was added from: its first origin, then the others by file and line. */
  origins(unit: StoredUnit): Origin[] {
    const out: Origin[] = unit.origin ? [unit.origin] : [];
    for (const r of this.reads.otherOrigins.all(unit.id)) out.push({ file: r.path, line: r.line, method: r.method });
    return out;
  }

  history(unitId: number): HistoryEntry[] {
    return this.reads.history.all(unitId).map((r) => ({
      fr: r.fr as string,
      createdAt: r.created_at as string | null,
      createdBy: r.created_by as string | null,
      changedAt: r.changed_at as string | null,
      changedBy: r.changed_by as string | null,
      seen: r.seen as number,
      replacedAt: r.replaced_at as string,
      replacedBy: r.replaced_by as string | null,
    }));
  }

  hasContext(unitId: number, prev: number, next: number): boolean {
    return this.reads.context.get(unitId, prev, next) !== undefined;
  }

  count(): number {
    return this.reads.count.get() ?? 0;
  }

  /** Every unit in id order (export). */
  *units(): IterableIterator<StoredUnit> {
    const it = this.db.prepare<[], UnitRow>(`SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} ORDER BY u.id`).iterate();
    for (const r of it) yield toUnit(r);
  }

  /** (id, normalised form) of one side for units changed after generation `since`, in id order. */
  *norms(side: 'en' | 'fr', since = -1): IterableIterator<[number, string]> {
    const sql = since < 0 ? `SELECT id, ${side} FROM units ORDER BY id` : `SELECT id, ${side} FROM units WHERE seq > ? ORDER BY id`;
    const st = this.db.prepare(sql).raw();
    // Texts are stored in NFC: they are normalised as they are.
    for (const [id, text] of (since < 0 ? st.iterate() : st.iterate(since)) as IterableIterator<[number, string]>) yield [id, normalFormNfc(text)];
  }

  stats(): StoreStats {
    const db = this.db;
    const one = (sql: string): number => (db.prepare(sql).pluck().get() as number | null) ?? 0;
    const words = (col: string): number => {
      // Words separated by spaces (texts are stored trimmed and never empty).
      return one(`SELECT COALESCE(SUM(LENGTH(${col}) - LENGTH(REPLACE(${col}, ' ', '')) + 1), 0) FROM units`);
    };
    return {
      path: this.path,
      bytes: existsSync(this.path) ? statSync(this.path).size + (existsSync(`${this.path}-wal`) ? statSync(`${this.path}-wal`).size : 0) : 0,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      units: one('SELECT COUNT(*) FROM units'),
      history: one('SELECT COUNT(*) FROM history'),
      sources: one('SELECT COUNT(*) FROM sources'),
      // The first origin of a unit is in its row; `origins` has the others.
      origins: one('SELECT (SELECT COUNT(*) FROM units WHERE source_id IS NOT NULL) + (SELECT COUNT(*) FROM origins)'),
      contexts: one('SELECT COUNT(*) FROM contexts'),
      enWords: words('en'),
      frWords: words('fr'),
      createdAt: (this.reads.meta.get('created_at') as string | undefined) ?? null,
      firstChange: (db.prepare('SELECT MIN(changed_at) FROM units').pluck().get() as string | null) ?? null,
      lastChange: (db.prepare('SELECT MAX(changed_at) FROM units').pluck().get() as string | null) ?? null,
      generation: this.generation(),
      bySource: db
        .prepare(`SELECT s.path AS path, COUNT(*) AS units FROM units u JOIN sources s ON s.id = u.source_id GROUP BY s.id ORDER BY units DESC, s.path LIMIT 20`)
        .all() as Array<{ path: string; units: number }>,
      byMethod: db
        .prepare(`SELECT COALESCE(method, '') AS method, COUNT(*) AS units FROM units GROUP BY method ORDER BY units DESC, method`)
        .all() as Array<{ method: string; units: number }>,
    };
  }
}

function unionProps(a: Prop[], b: Prop[] | undefined): Prop[] {
  if (!b || b.length === 0) return a;
  const seen = new Set(a.map((p) => `${p.type}\u0000${p.value}`));
  const out = [...a];
  for (const p of b) {
    const k = `${p.type}\u0000${p.value}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}

function unionNotes(a: string[], b: string[] | undefined): string[] {
  if (!b || b.length === 0) return a;
  const out = [...a];
  for (const n of b) if (!out.includes(n)) out.push(n);
  return out;
}

const jsonOrNull = (a: unknown[]): string | null => (a.length ? JSON.stringify(a) : null);
const minDate = (a: string, b: string | undefined): string => (b !== undefined && b < a ? b : a);
const maxDate = (a: string | null, b: string | undefined): string | null => (b !== undefined && (a === null || b > a) ? b : a);

/** Adds pairs inside one write transaction (see TmStore.write). */
export class Writer {
  readonly generation: number;
  readonly counts: Record<AddOutcome, number> = { added: 0, merged: 0, updated: 0, older: 0 };
  private readonly store: TmStore;
  private readonly s: WriteStmts;
  private readonly now = nowIso();
  private readonly user = currentUser();

  /** Bulk mode: the id of every identity hash in the store and added since (-1 when two units share a hash). */
  private readonly ids: HashMap53 | null = null;
  private readonly db: Database.Database;

  constructor(store: TmStore, stmts: WriteStmts, generation: number, bulk = false) {
    this.store = store;
    this.s = stmts;
    this.generation = generation;
    this.db = store.db;
    if (bulk) {
      const ids = new HashMap53(1 << 16);
      for (const [h, id] of stmts.allHashes.iterate()) ids.set(h, ids.get(h) === undefined ? id : -1);
      this.ids = ids;
      // The identity index is built once at the end rather than updated a million times at
      // random places (inside the transaction: a failed import leaves it as it was).
      this.db.exec('DROP INDEX IF EXISTS units_key');
    }
  }

  /** Work left for the end of the transaction: bulk mode's index. */
  finish(): void {
    if (!this.ids) return;
    this.db.exec('CREATE INDEX units_key ON units(en_key, en_hash)');
  }

  /** The unit with this identity, found through the in-memory ids (bulk mode). */
  private findBulk(en: string, hash: number): FoundRow | undefined {
    const id = this.ids!.get(hash);
    if (id === undefined) return undefined;
    if (id >= 0) {
      const row = this.s.findById.get(id);
      if (row && row.en === en) return row;
    }
    // Two texts with one hash: look at each (no index on the hash here, but this never happens in practice).
    for (const r of this.s.byHash.all(hash)) if (r.en === en) return this.s.findById.get(r.id);
    return undefined;
  }

  /** Adds one pair; empty sides are the caller's to refuse. */
  add(u: UnitInput): { outcome: AddOutcome; id: number } {
    const prepared = u.prepared ?? unitIdentity(u.en, u.fr);
    const { en, fr, key, hash } = prepared;
    const s = this.s;
    const sourceId = this.store.sourceIdFor(u.origin.file);
    const changedAt = u.changedAt ?? u.createdAt ?? this.now;
    const changedBy = u.changedBy ?? u.createdBy ?? this.user;

    let row: FoundRow | undefined;
    if (this.ids) row = this.findBulk(en, hash);
    else for (const r of s.findIdentity.all(key, hash)) if (r.en === en) row = r;

    let outcome: AddOutcome;
    let id: number;
    if (!row) {
      id = Number(
        s.insertUnit.run(
          en,
          fr,
          key,
          hash,
          u.tuid ?? null,
          sourceId,
          u.origin.line,
          u.origin.method,
          u.createdAt ?? changedAt,
          u.createdBy ?? changedBy,
          changedAt,
          changedBy,
          u.usageCount ?? 0,
          u.usedAt ?? null,
          prepared.propsJson !== undefined ? prepared.propsJson : jsonOrNull(u.props ?? []),
          prepared.notesJson !== undefined ? prepared.notesJson : jsonOrNull(u.notes ?? []),
          this.generation,
        ).lastInsertRowid,
      );
      // The unit row holds its first origin: nothing goes to `origins`.
      if (this.ids) this.ids.set(hash, this.ids.get(hash) === undefined ? id : -1);
      outcome = 'added';
    } else {
      id = row.id;
      // A reader thread's units carry their props and notes as JSON only (parsed here, when needed).
      const props = unionProps(row.props ? (JSON.parse(row.props) as Prop[]) : [], u.props ?? (prepared.propsJson ? (JSON.parse(prepared.propsJson) as Prop[]) : undefined));
      const notes = unionNotes(row.notes ? (JSON.parse(row.notes) as string[]) : [], u.notes ?? (prepared.notesJson ? (JSON.parse(prepared.notesJson) as string[]) : undefined));
      const usage = Math.max(row.usage_count, u.usageCount ?? 0);
      const usedAt = maxDate(row.used_at, u.usedAt);
      // Places other than the unit's first go to `origins`, where a place is kept once.
      const firstPlace = row.source_id === sourceId && row.line === u.origin.line;
      const addPlace = (): number => (firstPlace ? 0 : s.insertOrigin.run(id, sourceId, u.origin.line, u.origin.method).changes);
      if (row.fr === fr) {
        const newPlace = addPlace();
        const later = changedAt > row.changed_at;
        s.merge.run(
          row.tuid ?? u.tuid ?? null,
          minDate(row.created_at, u.createdAt),
          later ? changedAt : row.changed_at,
          later ? changedBy : row.changed_by,
          newPlace,
          usage,
          usedAt,
          jsonOrNull(props),
          jsonOrNull(notes),
          id,
        );
        outcome = 'merged';
      } else if (changedAt >= row.changed_at) {
        s.insertHistory.run(id, row.fr, row.created_at, row.created_by, row.changed_at, row.changed_by, row.seen, this.now, this.user);
        s.replace.run(fr, row.tuid ?? u.tuid ?? null, changedAt, changedBy, usage, usedAt, jsonOrNull(props), jsonOrNull(notes), this.generation, id);
        addPlace();
        outcome = 'updated';
      } else {
        // An older translation than the current one (an old TMX imported after a newer one).
        if (s.historyHas.get(id, fr) === undefined) {
          s.insertHistory.run(id, fr, u.createdAt ?? changedAt, u.createdBy ?? changedBy, changedAt, changedBy, 1, this.now, this.user);
        }
        addPlace();
        outcome = 'older';
      }
    }
    if (u.context) s.insertContext.run(id, contextHash(u.context.prev), contextHash(u.context.next));
    this.counts[outcome]++;
    return { outcome, id };
  }
}
