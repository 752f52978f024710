import { useMemo } from 'react';
import { touchedRiskCategories } from '../../core/anchoring/index.ts';
import type { Annotation, ItuDocument } from '../../core/model/index.ts';
import { compareHash } from './compareRoute.ts';
import { comparedProposal } from './comparisonCache.ts';
import { useProposalsIfAny } from './ProposalContext.tsx';
import { flagText } from './riskFlags.ts';
import './carriedAnnotations.css';

/**
 * Under a text in the library: each proposal that changes clauses the team tagged as risks,
 * "EUR/44A7/1 touches 2 clauses tagged cybersecurity", linking to its redline. Nothing without
 * annotations (outside a workspace there are none); diffs are shared with the comparison view and
 * made once per proposal.
 */
export function ProposalFlags({ doc, annotations, onOpen }: { doc: ItuDocument; annotations: readonly Annotation[]; onOpen?: () => void }) {
  const { proposals } = useProposalsIfAny();
  const flags = useMemo(() => {
    if (annotations.length === 0) return [];
    return proposals
      .filter((entry) => entry.proposal.base.documentId === doc.id)
      .flatMap((entry) => {
        const { diff, error } = comparedProposal(doc, entry);
        const text = error ? null : flagText(touchedRiskCategories(diff, annotations));
        return text ? [{ id: entry.proposal.id, text }] : [];
      });
  }, [doc, proposals, annotations]);
  if (flags.length === 0) return null;
  return (
    <ul className="doc-flags" aria-label="Proposals that change clauses tagged as risks">
      {flags.map(({ id, text }) => (
        <li key={id}>
          <a className="doc-flag" href={compareHash({ baseId: doc.id, mode: 'redline', proposalId: id })} onClick={onOpen}>
            <span aria-hidden="true">⚑ </span>
            <span className="doc-flag-id">{id}</span> {text}
          </a>
        </li>
      ))}
    </ul>
  );
}
