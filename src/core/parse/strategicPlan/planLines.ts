/**
 * The lines of a text, at "\r\n", "\r" or "\n", cut one at a time when asked for. A plan of
 * megabytes has tens of thousands of lines: cut all at once, every one would live to the end of the
 * parse, and the garbage collector would copy them all; cut as they are read, most die young.
 */
export interface LineList {
  readonly length: number;
  /** Line `index` (0-based), without its line end. */
  line(index: number): string;
}

/** The lines of `text` (as text.split(/\r\n|\r|\n/) gives them). */
export function planLines(text: string): LineList {
  // Texts with "\r" are rare: split them, as before.
  if (text.includes('\r')) {
    const lines = text.split(/\r\n|\r|\n/);
    return { length: lines.length, line: (index) => lines[index] };
  }
  // Where each line starts, in a typed array: counted first, then filled, it is made once, and its
  // numbers live outside the heap the garbage collector copies (a growing array would be copied both
  // as it grows and by the collector).
  let count = 1;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) count++;
  const starts = new Int32Array(count);
  for (let nl = text.indexOf('\n'), i = 1; nl !== -1; nl = text.indexOf('\n', nl + 1)) starts[i++] = nl + 1;
  const last = count - 1;
  return { length: starts.length, line: (index) => text.slice(starts[index], index < last ? starts[index + 1] - 1 : text.length) };
}
