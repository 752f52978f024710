/**
 * Large ITU-shaped texts and seeded edits of them, for the diff's pathological tests and bench/diff.
 * Deterministic: the same arguments always give the same text.
 */
const WORDS = 'the union networks development shall promote access security digital divide regional offices cooperation members capacity building infrastructure policy data platforms innovation inclusion study groups experts awareness reports standards privacy incidents operators services users'.split(' ');
const PREAMBLE = ['considering', 'recognizing', 'recalling', 'noting', 'considering further', 'aware', 'bearing in mind', 'convinced', 'concerned', 'mindful'];
const OPERATIVE = ['resolves', 'instructs the Secretary-General', 'instructs the ITU Council', 'invites Member States', 'encourages Member States', 'requests the Secretary-General'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A small seeded generator (LCG): numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const sentence = (random: () => number, n: number): string => Array.from({ length: n }, () => pick(random, WORDS)).join(' ');

/**
 * A resolution of about `bytes` bytes: title, subject, formula, preamble headings with lettered
 * items, operative headings with numbered items and sub-items, in clean ITU form.
 */
export function largeResolution(bytes: number, seed: number): string {
  const random = seeded(seed);
  const lines = ['RESOLUTION 130 (REV. DUBAI, 2018)', 'Building trust and security in the use of information and communication technologies', 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),'];
  let size = lines.join('\n').length;
  let block = 0;
  while (size < bytes) {
    const preamble = block % 2 === 0;
    const heading = preamble ? PREAMBLE[(block / 2) % PREAMBLE.length] : OPERATIVE[((block - 1) / 2) % OPERATIVE.length];
    lines.push(heading);
    const items = preamble ? 20 : 30;
    for (let i = 0; i < items; i++) {
      const label = preamble ? `${LETTERS[i]})` : String(i + 1);
      const lead = preamble ? 'that' : 'to';
      lines.push(`${label} ${lead} ${sentence(random, 12 + Math.floor(random() * 20))}${i === items - 1 ? ',' : ';'}`);
      if (!preamble && i % 7 === 3) for (const roman of ['i)', 'ii)', 'iii)']) lines.push(`${roman} ${sentence(random, 5 + Math.floor(random() * 8))};`);
    }
    size = lines.join('\n').length;
    block++;
  }
  return `${lines.join('\n')}\n`;
}

/** True for lines that are item text (not the title, subject, formula or a heading). */
const isItem = (line: string): boolean => /^(?:[a-z]\)|\d+|[ivx]+\))\s/.test(line);

/**
 * Replaces, inserts or deletes about `share` of the words of the items; labels, headings and each
 * item's last word (which carries the ";" "," or ":" that tells the parser where items end) stay.
 */
export function editWords(text: string, share: number, seed: number): string {
  const random = seeded(seed);
  return text
    .split('\n')
    .map((line) => {
      if (!isItem(line)) return line;
      const [label, ...all] = line.split(' ');
      const last = all.pop();
      const words = all;
      const out: string[] = [];
      for (const word of words) {
        if (random() >= share) {
          out.push(word);
          continue;
        }
        const what = random();
        if (what < 0.5) out.push(pick(random, WORDS) + 's');
        else if (what < 0.75) out.push(word, pick(random, WORDS));
      }
      return [label, ...out, ...(last === undefined ? [] : [last])].join(' ');
    })
    .join('\n');
}

/** Every word of every item replaced: the same structure, none of the same text. */
export function rewriteWords(text: string, seed: number): string {
  const random = seeded(seed);
  return text
    .split('\n')
    .map((line) => (isItem(line) ? line.replace(/(?<=\s)[a-z]+/g, () => `${pick(random, WORDS)}ed`) : line))
    .join('\n');
}

/** One paragraph of about `bytes` bytes with no structure at all: words and full stops. */
export function giantParagraph(bytes: number, seed: number): string {
  const random = seeded(seed);
  const words: string[] = [];
  let size = 0;
  while (size < bytes) {
    const word = pick(random, WORDS) + (random() < 0.05 ? '.' : '');
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ');
}

/** Replaces, inserts or deletes about `share` of the words of a text, whatever its shape. */
export function editAnyWords(text: string, share: number, seed: number): string {
  const random = seeded(seed);
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (random() >= share) out.push(word);
    else if (random() < 0.5) out.push(`${pick(random, WORDS)}s`);
    else if (random() < 0.5) out.push(word, pick(random, WORDS));
  }
  return out.join(' ');
}
