import type { UnparsedBlock } from '../../core/model/index.ts';

/** Element ID of a document's n-th unparsed block (1-based). */
export function unparsedId(docId: string, n: number): string {
  return `${docId}/unparsed/${n}`;
}

/** Text the parser could not place, in a clearly flagged box each, with the reason. */
export function UnparsedBlocks({ docId, blocks, targetId }: { docId: string; blocks: UnparsedBlock[]; targetId: string | null }) {
  if (blocks.length === 0) return null;
  return (
    <section className="unparsed-list" aria-label="Text Clausewatch could not place">
      {blocks.map((block, i) => {
        const id = unparsedId(docId, i + 1);
        return (
          <div key={id} id={id} className={`unparsed${id === targetId ? ' is-target' : ''}`} tabIndex={-1}>
            <p className="unparsed-reason">
              <strong>Clausewatch could not place this text: {block.reason}</strong>
              {block.line !== undefined && <span className="unparsed-line"> (line {block.line} of the source)</span>}
            </p>
            <p className="unparsed-text">{block.text}</p>
          </div>
        );
      })}
    </section>
  );
}
