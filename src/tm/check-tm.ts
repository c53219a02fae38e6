// The memory `bitext check` compares against: --tm, else $BITEXT_TM, else `tm.path` of the
// configuration; none of these, no memory (checks then compare the files among themselves).

import { resolveTmPath, type TmPathInput } from './path.js';
import { TmStore } from './store.js';

export function openCheckTm(input: TmPathInput): TmStore | undefined {
  if (!input.flag && !input.env?.BITEXT_TM && !input.configTmPath) return undefined;
  return TmStore.open(resolveTmPath(input), { readonly: true });
}
