// The store: merging, history, origins, props and notes, migrations, refusals, transactions and
// readers while a write is under way.

import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { TmStore } from '../../src/tm/store.js';
import { prepareUnit } from '../../src/tm/normalise.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/tm/schema.js';
import { UserError } from '../../src/core/errors.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bitext-tm-store-'));
  path = join(dir, 'sub', 'tm.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const origin = (line: number, file = 'a.txt') => ({ file, line, method: 'inline' });

describe('TmStore', () => {
  it('is created on first use (folder too) in WAL mode at the current schema version', () => {
    const s = TmStore.open(path, { create: true });
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(s.count()).toBe(0);
    s.close();
  });

  it('refuses a missing store when not creating, naming the file', () => {
    expect(() => TmStore.open(path)).toThrow(UserError);
    expect(() => TmStore.open(path)).toThrow(/no translation memory here/);
  });

  it('refuses files that are not bitext memories, and stores from a newer bitext', () => {
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'just some text, long enough to not be an empty database file at all.........................................');
    expect(() => TmStore.open(text)).toThrow(/not a translation memory|not an SQLite/);
    const other = join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => TmStore.open(other)).toThrow(/not a bitext translation memory/);
    const newer = join(dir, 'newer.sqlite');
    TmStore.open(newer, { create: true }).close();
    const db2 = new Database(newer);
    db2.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db2.close();
    expect(() => TmStore.open(newer)).toThrow(/made by a newer bitext/);
  });

  it('merges duplicates: one unit, one more place, props and notes united', async () => {
    const s = TmStore.open(path, { create: true });
    const counts = await s.write((w) => {
      w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: origin(9), props: [{ type: 'x-client', value: 'ATIP' }], notes: ['first'] });
      w.add({ en: 'Agenda ', fr: 'Ordre du jour', origin: origin(41), props: [{ type: 'x-client', value: 'ATIP' }, { type: 'x-domain', value: 'meetings' }], notes: ['second'] });
      // The same place again does not count twice.
      w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: origin(41) });
      return { ...w.counts };
    });
    expect(counts).toEqual({ added: 1, merged: 2, updated: 0, older: 0 });
    expect(s.count()).toBe(1);
    const u = s.exact('Agenda')!;
    expect(u.seen).toBe(2);
    expect(u.props).toEqual([
      { type: 'x-client', value: 'ATIP' },
      { type: 'x-domain', value: 'meetings' },
    ]);
    expect(u.notes).toEqual(['first', 'second']);
    expect(u.origin).toEqual({ file: 'a.txt', line: 9, method: 'inline' });
    s.close();
  });

  it('keeps history when a translation changes, and files older translations there directly', async () => {
    const s = TmStore.open(path, { create: true });
    await s.write((w) => {
      w.add({ en: 'Roundtable', fr: 'Table ronde', origin: origin(1), changedAt: '2011-01-01T00:00:00Z', changedBy: 'jdoe' });
      w.add({ en: 'Roundtable', fr: 'Tour de table', origin: origin(2), changedAt: '2012-01-01T00:00:00Z', changedBy: 'asmith' });
      // An older TMX imported afterwards does not overwrite the newer translation.
      w.add({ en: 'Roundtable', fr: 'Table de discussion', origin: origin(3), changedAt: '2005-01-01T00:00:00Z' });
    });
    const u = s.exact('Roundtable')!;
    expect(u.fr).toBe('Tour de table');
    expect(u.changedBy).toBe('asmith');
    expect(u.seen).toBe(1);
    expect(s.history(u.id).map((h) => [h.fr, h.changedAt])).toEqual([
      ['Table ronde', '2011-01-01T00:00:00Z'],
      ['Table de discussion', '2005-01-01T00:00:00Z'],
    ]);
    s.close();
  });

  it('commits everything or nothing', async () => {
    const s = TmStore.open(path, { create: true });
    await s.write((w) => void w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: origin(1) }));
    const gen = s.generation();
    await expect(
      s.write((w) => {
        w.add({ en: 'Roundtable', fr: 'Tour de table', origin: origin(2) });
        throw new UserError('malformed XML', { file: 'x.tmx', line: 80000, column: 3 });
      }),
    ).rejects.toThrow('malformed XML');
    expect(s.count()).toBe(1);
    expect(s.exact('Roundtable')).toBeUndefined();
    expect(s.generation()).toBe(gen);
    s.close();
  });

  it('lets another connection read the last committed state while a write is under way', async () => {
    const s = TmStore.open(path, { create: true });
    await s.write((w) => void w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: origin(1) }));
    const reader = TmStore.open(path, { readonly: true });
    const reader2 = TmStore.open(path);
    await s.write(async (w) => {
      w.add({ en: 'Roundtable', fr: 'Tour de table', origin: origin(2) });
      await new Promise((r) => setTimeout(r, 10));
      // Mid-write: the readers see the store as it was.
      expect(reader.count()).toBe(1);
      expect(reader2.exact('Roundtable')).toBeUndefined();
      w.add({ en: 'Conference code', fr: 'Code de conférence', origin: origin(3) });
    });
    expect(reader.count()).toBe(3);
    expect(reader2.exact('Roundtable')?.fr).toBe('Tour de table');
    reader.close();
    reader2.close();
    s.close();
  });

  it('refuses writes to a store opened read-only', async () => {
    TmStore.open(path, { create: true }).close();
    const r = TmStore.open(path, { readonly: true });
    await expect(r.write(() => undefined)).rejects.toThrow(/read-only/);
    r.close();
  });

  it('reports what it holds', async () => {
    const s = TmStore.open(path, { create: true });
    await s.write((w) => {
      w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: origin(1) });
      w.add({ en: 'Conference code', fr: 'Code de conférence', origin: origin(2, 'b.txt') });
      w.add({ en: 'Conference code', fr: 'Code de la conférence', origin: origin(3, 'b.txt') });
    });
    const st = s.stats();
    expect(st).toMatchObject({ units: 2, history: 1, sources: 2, origins: 3, enWords: 3, frWords: 7 });
    s.close();
  });

  it('brings a version 1 store up to date: origins without each unit\'s first, no stored normalised forms', async () => {
    // A store as version 1 wrote it: every origin, the first included, in `origins`.
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const db = new Database(path);
    db.exec(MIGRATIONS[0]);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('generation', '1');
    db.prepare('INSERT INTO sources (id, path) VALUES (?, ?)').run(1, 'a.txt');
    const p = prepareUnit('Agenda', 'Ordre du jour');
    db.prepare(
      `INSERT INTO units (id, en, fr, en_norm, fr_norm, en_key, en_hash, source_id, line, method, created_at, changed_at, seen, seq)
       VALUES (1, ?, ?, ?, ?, ?, ?, 1, 9, 'inline', '2011-01-01T00:00:00Z', '2011-01-01T00:00:00Z', 2, 1)`,
    ).run(p.en, p.fr, p.enNorm, p.frNorm, p.key, p.hash);
    db.exec(`INSERT INTO origins (unit_id, source_id, line, method) VALUES (1, 1, 9, 'inline'), (1, 1, 41, 'inline')`);
    db.pragma('user_version = 1');
    db.close();

    const s = TmStore.open(path);
    expect(s.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(s.db.prepare('SELECT unit_id, line FROM origins').all()).toEqual([{ unit_id: 1, line: 41 }]);
    const columns = s.db.prepare(`SELECT name FROM pragma_table_info('units')`).pluck().all();
    expect(columns).not.toContain('en_norm');
    expect(columns).toContain('en_key');
    expect(s.exact('Agenda')).toMatchObject({ enNorm: 'agenda', frNorm: 'ordre du jour' });
    expect(s.stats().origins).toBe(2);
    // Both places are known: adding from either again is no new place.
    await s.write((w) => {
      w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: origin(9) });
      w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: origin(41) });
    });
    expect(s.exact('Agenda')!.seen).toBe(2);
    await s.write((w) => void w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: origin(60) }));
    expect(s.exact('Agenda')!.seen).toBe(3);
    expect(s.stats()).toMatchObject({ units: 1, origins: 3 });
    s.close();
  });
});
