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
  // Where each line starts: numbers, which the garbage collector has nothing to trace in.
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  const last = starts.length - 1;
  return { length: starts.length, line: (index) => text.slice(starts[index], index < last ? starts[index + 1] - 1 : text.length) };
}
