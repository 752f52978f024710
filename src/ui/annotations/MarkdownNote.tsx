import type { ReactNode } from 'react';
import { parseMarkdown } from './markdownBlocks.ts';
import type { Inline } from './markdownBlocks.ts';

function inline(pieces: Inline[]): ReactNode[] {
  return pieces.map((piece, i) => {
    switch (piece.kind) {
      case 'text':
        return piece.text;
      case 'code':
        return <code key={i}>{piece.text}</code>;
      case 'em':
        return <em key={i}>{inline(piece.children)}</em>;
      case 'strong':
        return <strong key={i}>{inline(piece.children)}</strong>;
      case 'link':
        return (
          <a key={i} href={piece.href} target="_blank" rel="noopener noreferrer nofollow">
            {inline(piece.children)}
          </a>
        );
    }
  });
}

/** A note or reply in Markdown, rendered as React elements (HTML and scripts in it stay inert text). */
export function MarkdownNote({ source }: { source: string }) {
  return (
    <div className="md-note">
      {parseMarkdown(source).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{inline(block.children)}</p>
        ) : block.ordered ? (
          <ol key={i}>{block.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</ol>
        ) : (
          <ul key={i}>{block.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</ul>
        ),
      )}
    </div>
  );
}
