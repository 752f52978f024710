/**
 * Renumbering a list of items after an insertion or a deletion, as the ITU secretariat does: the
 * letters, numbers or roman numerals run on from the first item, each label keeping its own
 * printed form ("c)", "(c)", "3", "1.2", "iv)").
 */
type Scheme = 'letter' | 'number' | 'roman';

const LABEL = /^(\(?)([a-z]|[ivxlc]+|\d+(?:\.\d+)*)([).]?\)?)$/;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/**
 * The relabelled labels of a list, running on from `from` (the label the list started with before
 * it changed; its first label by default), or null when the list is not one simple sequence
 * (bullets, mixed forms).
 */
export function renumber(labels: readonly string[], from: string = labels[0] ?? ''): string[] | null {
  const parts = labels.map((label) => LABEL.exec(label.trim()));
  const start = LABEL.exec(from.trim());
  if (parts.length === 0 || !start || parts.some((m) => m === null)) return null;
  const cores = parts.map((m) => m![2]);
  const scheme = schemeOf([start[2], ...cores]);
  if (!scheme) return null;
  const first = valueOf(start[2], scheme);
  if (first === null) return null;
  return parts.map((m, i) => `${m![1]}${format(first + i, scheme, cores[i])}${m![3]}`);
}

function schemeOf(cores: readonly string[]): Scheme | null {
  if (cores.every((core) => /^\d+(?:\.\d+)*$/.test(core))) return 'number';
  // "i)" alone is a letter; a list with "ii)", "iv)" ... in it is roman.
  if (cores.every((core) => ROMAN.test(core)) && cores.some((core) => core.length > 1 || core === 'v' || core === 'x')) return 'roman';
  if (cores.every((core) => /^[a-z]$/.test(core))) return 'letter';
  return null;
}

function valueOf(core: string, scheme: Scheme): number | null {
  switch (scheme) {
    case 'number':
      return Number(core.split('.').at(-1));
    case 'letter':
      return core.charCodeAt(0) - 96;
    case 'roman':
      return fromRoman(core);
  }
}

function format(value: number, scheme: Scheme, like: string): string {
  switch (scheme) {
    case 'number': {
      const head = like.split('.').slice(0, -1);
      return [...head, String(value)].join('.');
    }
    case 'letter':
      return value >= 1 && value <= 26 ? String.fromCharCode(96 + value) : like;
    case 'roman':
      return toRoman(value);
  }
}

const NUMERALS: Array<[number, string]> = [
  [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function toRoman(value: number): string {
  let out = '';
  let rest = value;
  for (const [n, s] of NUMERALS) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

function fromRoman(text: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i]];
    const next = values[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
