import type { Annotation } from '../../core/model/index.ts';
import { documentName, Highlighted } from '../common/index.ts';
import type { TextMatcher } from '../common/index.ts';
// The badge's own file, not compare/index.ts: the comparison view imports the library (no import cycle).
import { ProposalCountBadge } from '../compare/ProposalCountBadge.tsx';
import { ProposalFlags } from '../compare/ProposalFlags.tsx';
import { hashFor } from '../routing/index.ts';
import type { DocumentMatch } from './searchLibrary.ts';
import { snippetAround } from './searchLibrary.ts';

const NO_RISKS: readonly Annotation[] = [];

/** One document in the sidebar: its proposals, their risk flags, and under a search a snippet of the first matching clause. */
export function DocumentListItem({ match, selected, imported, matcher, risks = NO_RISKS, onOpen }: {
  match: DocumentMatch;
  selected: boolean;
  /** The user imported it in this session (samples are not badged). */
  imported: boolean;
  matcher: TextMatcher | null;
  /** The workspace's risk annotations on this text (none outside a workspace). */
  risks?: readonly Annotation[];
  onOpen: () => void;
}) {
  const { doc, firstClause, clauseHits } = match;
  return (
    <li className="doc-item">
      <a className="doc-link" href={hashFor(doc.id)} aria-current={selected ? 'page' : undefined} onClick={onOpen} data-doc-id={doc.id}>
        <span className="doc-link-name">
          <Highlighted text={documentName(doc)} matcher={matcher} />
        </span>
        {doc.revision && <span className="doc-link-revision">{doc.revision}</span>}
        {doc.title && (
          <span className="doc-link-title">
            <Highlighted text={doc.title} matcher={matcher} />
          </span>
        )}
        {imported && <span className="doc-link-badge">imported</span>}
      </a>
      <ProposalCountBadge docId={doc.id} onOpen={onOpen} />
      <ProposalFlags doc={doc} annotations={risks} onOpen={onOpen} />
      {matcher && firstClause && (
        <a className="doc-snippet" href={hashFor(firstClause.id)} onClick={onOpen}>
          <Highlighted text={snippetAround(firstClause.text, matcher)} matcher={matcher} />
          <span className="doc-snippet-count">{clauseHits === 1 ? ' 1 clause' : ` ${clauseHits} clauses`}</span>
        </a>
      )}
    </li>
  );
}
