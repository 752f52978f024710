import type { SynopticRow } from './synopticRows.ts';

/** What the synoptic table shows, line by line. */
export type SynopticLine =
  | { kind: 'heading'; key: string; heading: string }
  | { kind: 'row'; row: SynopticRow }
  /** A run of unchanged rows, folded; `key` is stable while the rows stay the same. */
  | { kind: 'fold'; key: string; rows: SynopticRow[] };

/**
 * Lays out the rows with a heading line wherever the section changes. With `collapse`, each run
 * of unchanged rows becomes one fold (which may span sections), unless its key is in `expanded`.
 */
export function foldRows(rows: readonly SynopticRow[], collapse: boolean, expanded: ReadonlySet<string>): SynopticLine[] {
  const lines: SynopticLine[] = [];
  let section: string | null = null;
  const pushRow = (row: SynopticRow): void => {
    if (row.sectionId !== section) {
      section = row.sectionId;
      lines.push({ kind: 'heading', key: `heading:${row.key}`, heading: row.heading });
    }
    lines.push({ kind: 'row', row });
  };
  for (let i = 0; i < rows.length; i++) {
    if (!collapse || rows[i].changed) {
      pushRow(rows[i]);
      continue;
    }
    let end = i;
    while (end + 1 < rows.length && !rows[end + 1].changed) end++;
    const run = rows.slice(i, end + 1);
    const key = `fold:${run[0].key}`;
    if (expanded.has(key)) {
      run.forEach(pushRow);
    } else {
      lines.push({ kind: 'fold', key, rows: run });
    }
    i = end;
  }
  return lines;
}
