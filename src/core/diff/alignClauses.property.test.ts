import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/index.ts';
import { diffDocuments } from './diffDocuments.ts';

const HEAD = 'RESOLUTION 130 (REV. DUBAI, 2018)\nSubject\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n';
const WORDS = ['networks', 'security', 'privacy', 'capacity', 'incidents', 'standards', 'cooperation', 'operators', 'users', 'data', 'skills', 'funds'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Lettered items, each of distinct text: "that w1 w2 ... wn;". */
const items = fc.uniqueArray(fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 9 }).map((w) => `that ${w.join(' ')}`), { minLength: 2, maxLength: 12, selector: (t) => t });
const write = (texts: string[]): string => HEAD + 'considering\n' + texts.map((t, i) => `${LETTERS[i]}) ${t}${i === texts.length - 1 ? ',' : ';'}`).join('\n') + '\n';
const withoutEnd = (text: string): string => text.replace(/[;,]$/, '');

describe('clause alignment (property)', () => {
  it('new items inserted anywhere are ADDs; every old item is kept (NOC) or relabelled (MOVE), never modified or suppressed', () => {
    fc.assert(
      fc.property(items, fc.array(fc.tuple(fc.nat(20), fc.constantFrom(...WORDS)), { minLength: 1, maxLength: 4 }), (old, inserts) => {
        const texts = [...old];
        const added = new Set<string>();
        for (const [at, word] of inserts) {
          const text = `that a wholly new consideration about ${word} ${added.size}`;
          added.add(text);
          texts.splice(at % (texts.length + 1), 0, text);
        }
        // The last item ends with "," and the others with ";": compare texts without that mark.
        const base = parseText(write(old))[0];
        const diff = diffDocuments(base, parseText(write(texts))[0]);
        const ops = diff.changes.map((c) => c.op);
        expect(ops.filter((op) => op === 'ADD')).toHaveLength(added.size);
        expect(ops).not.toContain('SUP');
        for (const change of diff.changes) {
          const text = withoutEnd(change.hunks.filter((h) => h.type !== 'delete').map((h) => h.text).join(''));
          if (change.op === 'ADD') expect(added.has(text)).toBe(true);
          else {
            expect(old.map(withoutEnd)).toContain(text);
            // Only the item's end mark may change (";" ↔ "," when it becomes or stops being the last one).
            expect(['NOC', 'MOVE', 'MOD']).toContain(change.op);
            if (change.op === 'MOD') expect(change.hunks.filter((h) => h.type !== 'equal').map((h) => h.text).join('')).toMatch(/^[;,]+$/);
            const index = old.map(withoutEnd).indexOf(text);
            expect(change.clause).toBe(`res130/considering/${LETTERS[index]}`);
            expect(change.to ?? change.clause).toBe(`res130/considering/${LETTERS[texts.map(withoutEnd).indexOf(text)]}`);
          }
        }
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });
});
