/** Reads the first rows of a CSV (RFC 4180) for the export dialog's preview table. */

/**
 * The first `limit` records of `text`: quoted fields may hold commas, doubled quotes and line
 * breaks; CRLF or LF ends a record; a leading byte-order mark is skipped. Stops early, so a
 * preview of a large file costs only its first rows.
 */
export function csvRows(text: string, limit: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = (): void => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (; i < text.length && rows.length < limit; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n') endRow();
    else field += ch;
  }
  if (rows.length < limit && (field !== '' || row.length > 0)) endRow();
  return rows;
}
