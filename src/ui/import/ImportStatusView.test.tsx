import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ImportStatus } from '../../store/index.ts';
import { ImportStatusView } from './ImportStatusView.tsx';

function render(status: ImportStatus): string {
  return renderToStaticMarkup(<ImportStatusView status={status} onDismiss={() => {}} />);
}

describe('ImportStatusView', () => {
  it('shows nothing when no import ran', () => {
    expect(render({ phase: 'idle' })).toBe('');
  });

  it('shows reading and parsing progress', () => {
    const reading = render({ phase: 'reading', file: 'big.txt', loaded: 512, total: 2048 });
    expect(reading).toContain('Reading big.txt… 25%');
    expect(reading).toContain('<progress max="100" value="25"');
    expect(render({ phase: 'parsing', file: 'big.txt', fraction: 0.6 })).toContain('Parsing big.txt… 60%');
  });

  it("shows a failure as an alert with the importer's words, naming the file once", () => {
    const html = render({ phase: 'error', file: 'scan.txt', message: 'scan.txt: this is a PDF file, not plain text' });
    expect(html).toContain('role="alert"');
    expect(html).toContain('<strong>Could not import scan.txt</strong><p>this is a PDF file, not plain text</p>');
    expect(html).toContain('>Dismiss</button>');
  });

  it('sums up a file holding many texts', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Resolution ${i + 1}`);
    const html = render({ phase: 'done', file: 'acts.txt', documents: names, replaced: ['res1', 'res2'] });
    expect(html).toContain(
      'Imported 12 texts: Resolution 1, Resolution 2, Resolution 3 and 9 more from acts.txt (replacing 2 copies already in the library).',
    );
    expect(render({ phase: 'done', file: 'a.txt', documents: ['Resolution 1', 'Decision 5'], replaced: [] })).toContain(
      'Imported Resolution 1 and Decision 5 from a.txt.',
    );
  });
});
