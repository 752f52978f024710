/** Golden exports of the fixture workspace: the Markdown brief, byte for byte (regenerate: npx tsx fixtures/build/exportGoldens.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOLDEN_DIR } from '../fixtures/build/exportGoldens.ts';
import { buildSummary, toMarkdown } from '../src/core/export/index.ts';
import type { RiskSummary, SummaryInput } from '../src/core/export/index.ts';
import { loadFixtureWorkspace } from './support/fixtureWorkspace.ts';

let input: SummaryInput;
let summary: RiskSummary;
let brief: string;
beforeAll(async () => {
  input = await loadFixtureWorkspace();
  summary = buildSummary(input);
  brief = toMarkdown(summary);
});

describe('the Markdown brief of the fixture workspace', () => {
  it('is byte for byte the golden file', () => {
    const golden = readFileSync(join(GOLDEN_DIR, 'brief.md'), 'utf8');
    expect(brief).toBe(golden);
  });

  it('is the same from the annotations in another order', () => {
    const shuffled = { ...input, annotations: [...input.annotations].reverse(), proposals: [...input.proposals].reverse(), documents: [...input.documents].reverse() };
    expect(toMarkdown(buildSummary(shuffled))).toBe(brief);
  });

  it('reads as a brief: title, every section, the matrix, the redlines, inert HTML', () => {
    expect(brief.startsWith('# Risk summary — workspace demo\n')).toBe(true);
    expect(brief).not.toMatch(/^Generated/m);
    for (const heading of ['## Risks', '### Cybersecurity', '### IoT / Digital Object Architecture', '#### Resolution 130 (Rev. Dubai, 2018)', '## Opportunities', '## Notes', '## Issues matrix']) {
      expect(brief).toContain(`\n${heading}`);
    }
    expect(brief).toContain('##### considering f) — `res130/considering/f`');
    expect(brief).toContain('<ins>, in line with international human rights law</ins>');
    expect(brief).toContain('~~independent~~');
    expect(brief).toContain('| Text | ARB | B/CAN/CLM/USA | EUR |');
    expect(brief).toContain('**Anchoring:** orphaned');
    expect(brief).not.toContain('<script>');
    expect(brief).toContain('&lt;script&gt;');
  });

  it('prints the date only when the summary has one', () => {
    const dated = toMarkdown(buildSummary({ ...input, generated: '2026-11-28T09:30:00Z' }));
    expect(dated).toContain('\nGenerated 2026-11-28.\n');
  });
});
