import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdownBlocks.ts';

describe('parseMarkdown', () => {
  it('reads paragraphs, lists, emphasis, strong, code and web links', () => {
    expect(parseMarkdown('A *b* **c** `d` [e](https://x.org)\n\n- one\n- two\n\n1. first')).toEqual([
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: 'A ' },
          { kind: 'em', children: [{ kind: 'text', text: 'b' }] },
          { kind: 'text', text: ' ' },
          { kind: 'strong', children: [{ kind: 'text', text: 'c' }] },
          { kind: 'text', text: ' ' },
          { kind: 'code', text: 'd' },
          { kind: 'text', text: ' ' },
          { kind: 'link', href: 'https://x.org', children: [{ kind: 'text', text: 'e' }] },
        ],
      },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'first' }]] },
    ]);
  });

  it('keeps HTML, scripts and unsafe links as plain text', () => {
    expect(parseInline('<script>alert(1)</script> <img src=x onerror=y>')).toEqual([{ kind: 'text', text: '<script>alert(1)</script> <img src=x onerror=y>' }]);
    expect(parseInline('[x](javascript:alert(1))')).toEqual([{ kind: 'text', text: '[x](javascript:alert(1))' }]);
    expect(parseInline('[x](data:text/html,hi)')).toEqual([{ kind: 'text', text: '[x](data:text/html,hi)' }]);
  });
});
