/**
 * Random ITU-shaped resolutions for property tests and benchmarks: `resolution` generates one,
 * `write` prints it in clean ITU form, `mess` damages it the way PDF extraction does.
 */
import fc from 'fast-check';

/** Plain lower-case words: no heading verbs, no digits, so generated text never looks like structure by accident. */
const WORDS = 'the union networks development shall promote access security digital divide regional offices cooperation members capacity building infrastructure policy data platforms innovation inclusion study groups experts awareness reports'.split(' ');
const PREAMBLE = ['considering', 'recognizing', 'recalling', 'noting', 'considering further', 'taking into account', 'aware', 'bearing in mind', 'emphasizing', 'convinced', 'concerned', 'welcoming', 'mindful'];
const OPERATIVE = ['resolves', 'further resolves', 'resolves further', 'instructs the Secretary-General', 'instructs the ITU Council', 'invites Member States', 'invites Member States and Sector Members', 'urges Member States', 'encourages Member States', 'requests the Secretary-General', 'decides'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];

interface Item {
  label: string;
  text: string;
  children: Item[];
}
interface Block {
  heading: string;
  items: Item[];
}
interface Generated {
  lines: string[];
  footnotes: string[];
}

const sentence = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));

const item = (childKind: fc.Arbitrary<'none' | 'roman' | 'dotted' | 'bullet' | 'letter'>) =>
  fc.record({ text: sentence(3, 24), childKind, childTexts: fc.array(sentence(2, 10), { minLength: 1, maxLength: 4 }), footnote: fc.boolean() });

const preambleBlock = fc.record({
  heading: fc.constantFrom(...PREAMBLE),
  single: fc.boolean(),
  items: fc.array(item(fc.constant('none' as const)), { minLength: 1, maxLength: 8 }),
});
const operativeBlock = fc.record({
  heading: fc.constantFrom(...OPERATIVE),
  items: fc.array(item(fc.constantFrom('none', 'none', 'roman', 'dotted', 'bullet', 'letter')), { minLength: 1, maxLength: 7 }),
});

export const resolution = fc.record({
  number: fc.integer({ min: 1, max: 250 }),
  rev: fc.boolean(),
  subject: sentence(1, 8),
  preamble: fc.array(preambleBlock, { minLength: 1, maxLength: 4 }),
  operative: fc.array(operativeBlock, { minLength: 1, maxLength: 4 }),
  annex: fc.option(fc.array(sentence(4, 16), { minLength: 1, maxLength: 4 }), { nil: undefined }),
});

export type Resolution = typeof resolution extends fc.Arbitrary<infer T> ? T : never;

/** Writes a generated resolution in clean ITU form: one heading or item per line. */
export function write(r: Resolution): Generated {
  const footnotes: string[] = [];
  const blocks: Block[] = [];
  const withNote = (text: string, note: boolean): string => {
    if (!note) return text;
    footnotes.push(`${footnotes.length + 1} These include ${text.split(' ').slice(0, 3).join(' ')}.`);
    return `${text} countries${footnotes.length}`;
  };
  for (const b of r.preamble) {
    const items = b.single ? [b.items[0]] : b.items;
    blocks.push({ heading: b.heading, items: items.map((it, i) => ({ label: b.single ? '' : `${LETTERS[i]})`, text: withNote(`that ${it.text}`, it.footnote), children: [] })) });
  }
  for (const b of r.operative) {
    blocks.push({
      heading: b.heading,
      items: b.items.map((it, i) => {
        const n = String(i + 1);
        const kind = it.childKind;
        const children: Item[] = kind === 'none' ? [] : it.childTexts.map((t, k) => ({
          label: { roman: `${ROMANS[k]})`, dotted: `${n}.${k + 1}`, bullet: '•', letter: `${LETTERS[k]})` }[kind],
          text: t,
          children: [],
        }));
        return { label: n, text: withNote(`to ${it.text}`, it.footnote) + (children.length ? ' as follows:' : ''), children };
      }),
    });
  }
  // Punctuation as the ITU prints it: ";" between items, "," at the end of a block, "." at the very end.
  const lines = [`RESOLUTION ${r.number} (${r.rev ? 'REV. ' : ''}DUBAI, 2018)`, r.subject.replace(/^./, (c) => c.toUpperCase()), 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),'];
  blocks.forEach((block, bi) => {
    lines.push(block.heading);
    block.items.forEach((it, ii) => {
      const lastItem = ii === block.items.length - 1;
      const end = !lastItem ? ';' : bi === blocks.length - 1 ? '.' : ',';
      lines.push(`${it.label ? `${it.label} ` : ''}${it.text}${it.children.length ? '' : end}`);
      it.children.forEach((child, ci) => lines.push(`${child.label} ${child.text}${ci === it.children.length - 1 ? end : ';'}`));
    });
  });
  if (r.annex) {
    lines.push(`ANNEX TO RESOLUTION ${r.number} (${r.rev ? 'REV. ' : ''}DUBAI, 2018)`, 'Terms of reference');
    r.annex.forEach((p, i) => lines.push(`${i + 1} ${p.replace(/^./, (c) => c.toUpperCase())}.`));
  }
  if (footnotes.length) lines.push('____________________', ...footnotes);
  return { lines, footnotes };
}

/**
 * Messes a clean text up the way PDF extraction does: wraps long lines (hyphenating some words),
 * runs headings and item numbers into the previous line, inlines footnotes after a rule and
 * scatters page headers.
 */
export function mess(lines: string[], seed: number[]): string[] {
  let k = 0;
  const pick = (n: number): number => seed[k++ % seed.length] % n;
  const out: string[] = [];
  const body = lines.slice(0, lines.indexOf('____________________') === -1 ? lines.length : lines.indexOf('____________________'));
  const notes = lines.slice(body.length + 1);
  let inlinedCount = 0;
  for (const [i, line] of body.entries()) {
    const prev = out[out.length - 1] ?? '';
    const canRunIn = i > 3 && /[,;]$/.test(prev) && !/^(ANNEX|Terms)/.test(line) && !/^[A-Z]/.test(line);
    let text = line;
    // Footnote inlined after the line that carries its marker.
    const marker = /countries(\d+)[;,.:]?$/.exec(line) ?? /countries(\d+) as follows:$/.exec(line);
    // Only in order: footnote n is inlined only when footnotes 1 … n-1 were.
    if (marker && Number(marker[1]) === inlinedCount + 1 && pick(2) === 0) {
      text = `${line} ____________________ ${notes[inlinedCount]}`;
      inlinedCount++;
    }
    if (canRunIn && pick(3) === 0) out[out.length - 1] = `${prev} ${text}`;
    else out.push(text);
    if (pick(7) === 0) out.push(pick(2) ? `- ${pick(90) + 1} -` : `Res. ${pick(200) + 1}`);
  }
  const inlined = new Set(out.flatMap((l) => [...l.matchAll(/_{5,} (\d+) /g)].map((m) => m[1])));
  const rest = notes.filter((n) => !inlined.has(n.split(' ')[0]));
  if (rest.length) out.push('____________________', ...rest);
  // Wrap long lines at a space; sometimes break a long lower-case word with a hyphen instead.
  return out.flatMap((line) => {
    const wrapped: string[] = [];
    let restLine = line;
    while (restLine.length > 70 && !restLine.includes('_____')) {
      const at = restLine.indexOf(' ', 50 + pick(15));
      if (at === -1) break;
      const nextWord = /^[a-z]{8,}/.exec(restLine.slice(at + 1));
      if (nextWord && pick(3) === 0) {
        const cut = at + 1 + 4;
        wrapped.push(`${restLine.slice(0, cut)}-`);
        restLine = restLine.slice(cut);
      } else {
        wrapped.push(restLine.slice(0, at));
        restLine = restLine.slice(at + 1);
      }
    }
    wrapped.push(restLine);
    return wrapped;
  });
}

