// Rows of a pipe table (`| cell | cell |`), as Markdown writes them: the aligner reads a table's
// columns by language, and untranslated compares a row's cells with the other row's.

/** A row of a pipe table (`| cell | cell |`), its text trimmed. */
export const TABLE_ROW = /^\|.*\|$/;

/**
 * The cells of a table row as offsets of their text, trimmed, between its first and last pipes
 * (an escaped pipe `\|` stays inside its cell).
 */
export function cellSpans(row: string): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  const last = row.lastIndexOf('|');
  let start = row.indexOf('|') + 1;
  for (let i = start; i <= last; i++) {
    if (row[i] !== '|' || row[i - 1] === '\\') continue;
    let a = start;
    let b = i;
    while (a < b && /\s/.test(row[a])) a++;
    while (b > a && /\s/.test(row[b - 1])) b--;
    out.push({ from: a, to: b });
    start = i + 1;
  }
  return out;
}

/** The cells of a table row, trimmed. */
export function cellsOf(row: string): string[] {
  return cellSpans(row).map((c) => row.slice(c.from, c.to));
}
