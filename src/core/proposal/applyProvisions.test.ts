import { describe, expect, it } from 'vitest';
import { allClauses } from '../model/index.ts';
import { parseText } from '../parse/index.ts';
import { applyProvisions } from './applyProvisions.ts';
import type { ProposalBlock } from './proposalDocument.ts';

const base = parseText(
  'RESOLUTION 130 (REV. DUBAI, 2018)\nSubject\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n' +
    'considering\na) that networks matter;\nb) that incidents spread;\nc) that skills are lacking,\n' +
    'resolves\n1 to act;\n2 to cooperate:\ni) with bodies;\nii) with regions;\n3 to protect privacy,\n',
)[0];
const block = (marker: ProposalBlock['marker'], lines: string[], ref = 'EUR/44A7/1'): ProposalBlock => ({ marker, ref, lines, reasons: `why ${ref}`, line: 1 });
const outline = (doc: typeof base) => allClauses(doc).map((c) => `${c.id} ${c.text}`);

describe('applyProvisions', () => {
  it('ADD puts the new item before the one holding its label and renumbers the rest', () => {
    const notes: string[] = [];
    const { document, operations } = applyProvisions(base, [block('ADD', ['considering', 'b) that attacks are cheap;'])], notes);
    expect(outline(document).slice(0, 4)).toEqual([
      'res130/considering/a that networks matter;',
      'res130/considering/b that attacks are cheap;',
      'res130/considering/c that incidents spread;',
      'res130/considering/d that skills are lacking,',
    ]);
    expect(operations).toEqual([{ marker: 'ADD', ref: 'EUR/44A7/1', target: 'res130/considering/b', text: 'b) that attacks are cheap;', reasons: 'why EUR/44A7/1' }]);
    expect(notes).toEqual([]);
  });

  it('MOD changes the text of the item it names, down to a sub-item under a bare parent label', () => {
    const { document, operations } = applyProvisions(base, [block('MOD', ['resolves', '2', 'ii) with regions and cities;'])], []);
    expect(outline(document)).toContain('res130/resolves/2/ii with regions and cities;');
    expect(outline(document)).toContain('res130/resolves/2 to cooperate:');
    expect(operations[0].target).toBe('res130/resolves/2');
  });

  it('SUP removes an item (its text need not be given) and moves the next ones up; NOC changes nothing', () => {
    const { document, operations } = applyProvisions(base, [block('SUP', ['resolves', '1'], 'EUR/44A7/2'), block('NOC', ['considering', 'a) that networks matter;'], 'EUR/44A7/3')], []);
    expect(outline(document).filter((line) => line.includes('/resolves/'))).toEqual([
      'res130/resolves/1 to cooperate:',
      'res130/resolves/1/i with bodies;',
      'res130/resolves/1/ii with regions;',
      'res130/resolves/2 to protect privacy,',
    ]);
    expect(operations.map((op) => `${op.marker} ${op.target}`)).toEqual(['SUP res130/resolves/1', 'NOC res130/considering/a']);
  });

  it('adds a heading the base lacks, after the last heading of its part', () => {
    const { document } = applyProvisions(base, [block('ADD', ['recognizing', 'that ITU can help,'])], []);
    expect(document.sections.map((s) => s.id)).toEqual(['res130/considering', 'res130/recognizing', 'res130/resolves']);
  });

  it('reports what it cannot place and changes nothing for it', () => {
    const notes: string[] = [];
    const { document, operations } = applyProvisions(base, [block('MOD', ['instructs the Secretary-General', '1 to report;']), block('SUP', ['resolves', '9']), block('MOD', ['some words without a heading'])], notes);
    expect(outline(document)).toEqual(outline(base));
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/MOD EUR\/44A7\/1: the base has no "instructs the Secretary-General" heading; it is left out/);
    expect(notes[1]).toMatch(/no item 9 under "resolves"/);
    expect(operations.every((op) => op.target === null)).toBe(true);
  });
});
