// tm import / export: TMX in and out (DTD-valid, same units, properties and notes), all-or-nothing
// imports (malformed file, DOCTYPE subset, kill -9 mid-way), CSV and JSON Lines.

import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, copyFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { TmStore } from '../../src/tm/store.js';
import { importFile } from '../../src/tm/import.js';
import { exportTm } from '../../src/tm/export.js';
import { streamTmx, writeTmx, type TmxUnit } from '../../src/formats/tmx.js';
import { UserError } from '../../src/core/errors.js';

const FIX = 'test/fixtures/tm';
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bitext-tm-io-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function unitsOf(file: string): Promise<Map<string, TmxUnit>> {
  const m = new Map<string, TmxUnit>();
  await streamTmx(file, (u) => void m.set(`${u.en}\u0000${u.fr}`, u));
  return m;
}

describe('tm import (TMX)', () => {
  it('imports units with their metadata; merges the duplicate; keeps the newer translation and the older in history', async () => {
    const s = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
    const r = await importFile(s, join(FIX, 'sample.tmx'));
    expect(r).toMatchObject({ format: 'tmx', read: 8, skipped: 1, counts: { added: 5, merged: 1, updated: 1, older: 0 } });
    const agenda = s.exact('Agenda')!;
    expect(agenda).toMatchObject({
      fr: 'Ordre du jour',
      tuid: 'agenda',
      createdAt: '2011-09-12T14:00:00Z',
      createdBy: 'jdoe',
      changedAt: '2011-09-13T09:00:00Z',
      changedBy: 'asmith',
      usageCount: 7,
      notes: ['seen in the September agenda'],
      props: [{ type: 'x-client', value: 'ATIP' }],
    });
    const code = s.exact('Conference code')!;
    expect(code.notes).toEqual(['a duplicate: merged, not multiplied']);
    expect(code.props).toHaveLength(2);
    expect(code.seen).toBe(2);
    const rt = s.exact('Roundtable')!;
    expect(rt.fr).toBe('Tour de table');
    expect(s.history(rt.id).map((h) => h.fr)).toEqual(['Table ronde']);
    expect(s.exact('Questions & answers')?.fr).toBe('Questions et réponses');
    s.close();
  });

  it('imports nothing from a file that is malformed part-way, and says where', async () => {
    const s = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
    await importFile(s, join(FIX, 'sample.tmx'));
    const before = s.count();
    const err = await importFile(s, join(FIX, 'malformed.tmx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).line).toBe(305);
    expect((err as UserError).column).toBeGreaterThan(1);
    expect(s.count()).toBe(before);
    expect(s.exact('Line 1 of the report')).toBeUndefined();
    s.close();
  });

  it('imports nothing from a large file (read by the reader thread) that is malformed near its end, and says where', async () => {
    const tmx = join(dir, 'big.tmx');
    const units = function* (): Generator<TmxUnit> {
      for (let i = 0; i < 25_000; i++) {
        yield { en: `Paragraph ${i} of the annual report on information security, with some more words to make it longer.`, fr: `Paragraphe ${i} du rapport annuel sur la sécurité de l'information, avec quelques mots de plus pour l'allonger.`, props: [], notes: [], line: 0 };
      }
    };
    await writeTmx(tmx, units());
    // The French of unit 24,990 closes with the wrong tag.
    const lines = readFileSync(tmx, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('Paragraphe 24990 '));
    lines[at] = lines[at].replace('</seg>', '</sag>');
    writeFileSync(tmx, lines.join('\n'));
    expect(statSync(tmx).size).toBeGreaterThan(4 << 20);
    const s = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
    await importFile(s, join(FIX, 'sample.tmx'));
    const err = await importFile(s, tmx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect([(err as UserError).line, (err as UserError).message]).toEqual([at + 1, 'malformed XML: unexpected close tag']);
    expect((err as UserError).column).toBeGreaterThan(1);
    expect(s.count()).toBe(5);
    expect(s.exact('Paragraph 1 of the annual report on information security, with some more words to make it longer.')).toBeUndefined();
    s.close();
  });

  it('refuses a DOCTYPE with an internal subset (entities) and imports nothing', async () => {
    const s = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
    await expect(importFile(s, join(FIX, 'doctype.tmx'))).rejects.toThrow(/DOCTYPE|entit/);
    expect(s.count()).toBe(0);
    s.close();
  });

  it('sends documents to tm add', async () => {
    const s = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
    await expect(importFile(s, 'test/fixtures/tm/inconsistent-source.yaml')).rejects.toThrow(/bitext tm add/);
    s.close();
  });
});

describe('tm export', () => {
  it('writes TMX valid against the TMX 1.4b DTD holding the same units, properties and notes', async () => {
    const s = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
    await importFile(s, join(FIX, 'sample.tmx'));
    const out = join(dir, 'out.tmx');
    expect(await exportTm(s, 'tmx', out, () => undefined)).toBe(5);
    s.close();
    const lint = spawnSync('xmllint', ['--nonet', '--noout', '--dtdvalid', join(FIX, 'tmx14.dtd'), out], { encoding: 'utf8' });
    if (!lint.error) expect(lint.stderr).toBe('');
    const a = await unitsOf(join(FIX, 'sample.tmx'));
    const b = await unitsOf(out);
    // Every pair that is a current translation comes back, with its properties and notes.
    a.delete('Roundtable\u0000Table ronde');
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const props = (u: TmxUnit) => u.props.map((p) => `${p.type}=${p.value}`).sort();
    // Duplicates were merged: their properties and notes are united.
    const all: TmxUnit[] = [];
    await streamTmx(join(FIX, 'sample.tmx'), (u) => void all.push(u));
    for (const k of a.keys()) {
      const same = all.filter((x) => `${x.en}\u0000${x.fr}` === k);
      expect(props(b.get(k)!)).toEqual([...new Set(same.flatMap(props))].sort());
      expect(b.get(k)!.notes.sort()).toEqual(same.flatMap((x) => x.notes).sort());
    }
    expect(b.get('Agenda\u0000Ordre du jour')).toMatchObject({ tuid: 'agenda', creationdate: '20110912T140000Z', changedate: '20110913T090000Z', creationid: 'jdoe', changeid: 'asmith', usagecount: 7 });
  });

  it('writes CSV (RFC 4180 quoting) and JSON Lines with history', async () => {
    const s = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
    await importFile(s, join(FIX, 'sample.tmx'));
    let csv = '';
    await exportTm(s, 'csv', null, (c) => void (csv += c));
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('en,fr,tuid,created,created_by,changed,changed_by,seen,origin,line,method,notes');
    expect(rows).toHaveLength(6);
    const jsonl = join(dir, 'out.jsonl');
    await exportTm(s, 'jsonl', jsonl, () => undefined);
    const objs = readFileSync(jsonl, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { en: string; history?: Array<{ fr: string }>; origins: Array<{ file: string; line: number }> });
    expect(objs.find((o) => o.en === 'Roundtable')?.history?.map((h) => h.fr)).toEqual(['Table ronde']);
    // Every place a unit came from: "Conference code" is in the file twice.
    expect(objs.find((o) => o.en === 'Conference code')?.origins.map((o) => [o.file.endsWith('sample.tmx'), o.line])).toEqual([
      [true, 12],
      [true, 18],
    ]);
    expect(objs.find((o) => o.en === 'Agenda')?.origins).toHaveLength(1);
    s.close();
  });
});

describe('kill -9 during an import', () => {
  it('leaves the store as it was: it opens, passes integrity_check, holds the same units', async () => {
    // A TMX large enough to be killed mid-way (read by the worker thread: over 4 MiB).
    const tmx = join(dir, 'big.tmx');
    const units = function* (): Generator<TmxUnit> {
      for (let i = 0; i < 25_000; i++) {
        yield { en: `Paragraph ${i} of the annual report on information security, with some more words to make it longer.`, fr: `Paragraphe ${i} du rapport annuel sur la sécurité de l'information, avec quelques mots de plus pour l'allonger.`, props: [{ type: 'x-n', value: String(i) }], notes: [], line: 0 };
      }
    };
    await writeTmx(tmx, units());
    const db = join(dir, 'tm.sqlite');
    const s = TmStore.open(db, { create: true });
    await importFile(s, join(FIX, 'sample.tmx'));
    s.close();
    copyFileSync(db, join(dir, 'before.sqlite'));
    const digest = (p: string): string => {
      const d = new Database(p, { readonly: true });
      const rows = JSON.stringify(d.prepare('SELECT id, en, fr, seen FROM units ORDER BY id').all());
      d.close();
      return rows;
    };
    const before = digest(db);

    const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/tm/helpers/import-child.ts'), tmx, db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let killedAt = -1;
    await new Promise<void>((done) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const last = [...out.matchAll(/progress (\d+)/g)].pop();
        if (last && killedAt < 0 && Number(last[1]) >= 2048) {
          killedAt = Number(last[1]);
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () => done());
    });
    expect(out).not.toContain('done');
    expect(killedAt).toBeGreaterThan(0);
    const d = new Database(db);
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    d.close();
    expect(digest(db)).toBe(before);
    const again = TmStore.open(db);
    expect(again.count()).toBe(5);
    again.close();
  });
});

describe('bulk import', () => {
  it('gives the same store as unit-by-unit adding: merges, replacements, history, origins', async () => {
    const tmx = join(dir, 'mixed.tmx');
    const units = function* (): Generator<TmxUnit> {
      for (let i = 0; i < 24_000; i++) {
        const n = i % 9_000; // every English text comes back two or three times
        const fr = i % 4 === 3 ? `Version révisée ${n} du paragraphe sur la sécurité de l'information.` : `Paragraphe ${n} sur la sécurité de l'information, avec des mots de plus.`;
        yield { en: `Paragraph ${n} on information security, with some more words to make it long enough.`, fr, props: [{ type: 'x-i', value: String(i % 3) }], notes: i % 5 === 0 ? [`note ${i % 2}`] : [], line: 0 };
      }
    };
    await writeTmx(tmx, units());
    const stores = [join(dir, 'bulk.sqlite'), join(dir, 'plain.sqlite')];
    for (const [k, path] of stores.entries()) {
      const s = TmStore.open(path, { create: true });
      // Units already there: one to merge with, one to replace.
      await s.write((w) => {
        w.add({ en: 'Paragraph 1 on information security, with some more words to make it long enough.', fr: "Paragraphe 1 sur la sécurité de l'information, avec des mots de plus.", origin: { file: 'old.txt', line: 1, method: 'inline' } });
        w.add({ en: 'Paragraph 2 on information security, with some more words to make it long enough.', fr: 'Ancienne traduction.', origin: { file: 'old.txt', line: 2, method: 'inline' }, changedAt: '2001-01-01T00:00:00Z' });
      });
      if (k === 0) {
        const r = await importFile(s, tmx);
        expect(r.counts.added + r.counts.merged + r.counts.updated + r.counts.older).toBe(24_000);
      } else {
        const { streamTmxUnits } = await import('../../src/tm/import.js');
        await s.write(async (w) => void (await streamTmxUnits(tmx, (u) => void w.add(u))), { bulk: false });
      }
      s.close();
    }
    const dump = (path: string): string => {
      const d = new Database(path, { readonly: true });
      const q = (sql: string) => JSON.stringify(d.prepare(sql).all());
      const out = [
        q('SELECT id, en, fr, en_key, en_hash, tuid, source_id, line, method, seen, usage_count, props, notes FROM units ORDER BY id'),
        q('SELECT unit_id, fr, seen FROM history ORDER BY id'),
        q('SELECT unit_id, source_id, line, method FROM origins ORDER BY unit_id, source_id, line'),
        String(d.pragma('integrity_check', { simple: true })),
        q(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`),
      ].join('\n');
      d.close();
      return out;
    };
    expect(dump(stores[0])).toBe(dump(stores[1]));
  });
});

describe('tm import (XLIFF, PO, CSV)', () => {
  it('imports finished translations with their keys and notes, and leaves out unfinished ones', async () => {
    const s = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
    const results = [];
    for (const f of ['glossary.csv', 'app.fr.po', 'app.fr.xlf']) results.push(await importFile(s, join(FIX, f)));
    expect(results.map((r) => [r.format, r.read, r.skipped, r.counts.added])).toEqual([
      ['csv', 4, 0, 4],
      ['po', 4, 2, 2], // the fuzzy entry and the untranslated one are left out
      ['xliff', 3, 1, 2], // state="new" is left out
    ]);
    expect(s.exact('Questions, comments')).toMatchObject({ fr: 'Questions, commentaires', notes: ['quoted comma'], origin: { method: 'csv', line: 4 } });
    expect(s.exact('Sign in')).toMatchObject({ fr: 'Se connecter', notes: ['Shown on the home page'] });
    expect(s.exact('Sign out')).toBeUndefined();
    expect(s.exact('Save changes')).toMatchObject({ tuid: 'save', notes: ['Button'] });
    expect(s.exact('Cancel')).toBeUndefined();

    // A CSV export reads back as the same pairs.
    const csv = join(dir, 'out.csv');
    await exportTm(s, 'csv', csv, () => undefined);
    const again = TmStore.open(join(dir, 'again.sqlite'), { create: true });
    await importFile(again, csv);
    const pairs = (x: TmStore) => [...x.units()].map((u) => `${u.en} = ${u.fr}`).sort();
    expect(pairs(again)).toEqual(pairs(s));
    again.close();
    s.close();
  });
});
