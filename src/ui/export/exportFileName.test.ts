import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName.ts';

describe('exportFileName', () => {
  it('names the workspace, the local date and the extension', () => {
    expect(exportFileName('demo', new Date(2026, 10, 3, 23, 59), 'csv')).toBe('clausewatch-demo-2026-11-03.csv');
    expect(exportFileName('pp26-prep', new Date(2026, 0, 9), '.docx')).toBe('clausewatch-pp26-prep-2026-01-09.docx');
  });

  it('never puts a path separator or a space in the name', () => {
    expect(exportFileName('../a b', new Date(2026, 0, 1), 'md')).toBe('clausewatch-a-b-2026-01-01.md');
    expect(exportFileName('///', new Date(2026, 0, 1), 'md')).toBe('clausewatch-workspace-2026-01-01.md');
  });
});
