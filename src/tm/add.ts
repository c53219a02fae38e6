// `tm add`: the checked pairs of documents become units. Pairs the checks find errors in are
// kept out (unless asked), and so are language-neutral pairs (`shared`), orphans (no
// translation) and aligned pairs whose confidence is below --min-score. Each unit remembers the
// English segments around it, for context matches in `analyze`.

import type { InputFile } from '../formats/index.js';
import type { Pair } from '../core/types.js';
import { runChecks, type CheckSettings } from '../checks/run.js';
import type { AddOutcome, TmStore } from './store.js';
import { unitFromPair } from './import.js';

/** Aligned pairs below this confidence are not added unless --min-score says otherwise. */
export const DEFAULT_MIN_SCORE = 0.5;

export interface AddOptions {
  includeErrors?: boolean;
  minScore?: number;
  settings?: CheckSettings;
  onProgress?: (done: number, total: number) => void;
}

export interface AddReport {
  pairs: number;
  counts: Record<AddOutcome, number>;
  keptOut: { errors: number; lowScore: number; shared: number; orphans: number; other: number };
  /** Ids of the pairs kept out for error findings. */
  errorPairs: string[];
}

/** The English text of each pair's neighbours in its file, for context matches. */
export function contextsOf(pairs: Pair[]): Map<Pair, { prev: string | null; next: string | null }> {
  const withEn = pairs.filter((p) => p.en !== null);
  const out = new Map<Pair, { prev: string | null; next: string | null }>();
  withEn.forEach((p, i) => out.set(p, { prev: i > 0 ? withEn[i - 1].en!.text : null, next: i + 1 < withEn.length ? withEn[i + 1].en!.text : null }));
  return out;
}

export async function addDocuments(store: TmStore, inputs: InputFile[], opts: AddOptions = {}): Promise<AddReport> {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const findings = opts.includeErrors ? [] : await runChecks(inputs, opts.settings ?? {});
  const errorPairs = new Set(findings.filter((f) => f.severity === 'error' && f.pair).map((f) => f.pair!));
  const keptOut = { errors: 0, lowScore: 0, shared: 0, orphans: 0, other: 0 };
  const errorKept: string[] = [];
  const total = inputs.reduce((n, i) => n + i.pairs.length, 0);
  let done = 0;
  const counts = await store.write((w) => {
    for (const input of inputs) {
      const contexts = contextsOf(input.pairs);
      for (const p of input.pairs) {
        done++;
        if (opts.onProgress && (done & 0xff) === 0) opts.onProgress(done, total);
        if (p.method === 'shared') keptOut.shared++;
        else if (!p.en || !p.fr) keptOut.orphans++;
        else if (errorPairs.has(p.id)) {
          keptOut.errors++;
          errorKept.push(p.id);
        }
        else if (p.score < minScore) keptOut.lowScore++;
        else {
          const u = unitFromPair(p, input.file, p.method);
          if (!u) keptOut.other++;
          else w.add({ ...u, context: contexts.get(p) });
        }
      }
    }
    return { ...w.counts };
  });
  opts.onProgress?.(total, total);
  return { pairs: total, counts, keptOut, errorPairs: errorKept };
}
