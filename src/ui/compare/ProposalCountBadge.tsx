import { compareHash } from './compareRoute.ts';
import { useProposalsIfAny } from './ProposalContext.tsx';
import { proposalsFor } from './proposalStore.ts';

/** "3 proposals" beside a text in the library, linking to their synoptic view; nothing when none amend it. */
export function ProposalCountBadge({ docId, onOpen }: { docId: string; onOpen?: () => void }) {
  const count = proposalsFor(useProposalsIfAny(), docId).length;
  if (count === 0) return null;
  return (
    <a
      className="doc-proposals"
      href={compareHash({ baseId: docId })}
      onClick={onOpen}
      data-doc-id={docId}
      aria-label={count === 1 ? 'Compare 1 proposal' : `Compare ${count} proposals`}
    >
      {count === 1 ? '1 proposal' : `${count} proposals`}
    </a>
  );
}
