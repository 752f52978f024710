import { useAppStore } from '../../store/index.ts';
import { useLibrary } from '../library/index.ts';
import { hashFor } from '../routing/index.ts';
import { compareHash } from './compareRoute.ts';
import { useProposals } from './ProposalContext.tsx';
import { proposalsFor } from './proposalStore.ts';

/** Read ↔ Compare for the open text, in the top bar; nothing when no text is open. */
export function ModeSwitch() {
  const compare = useAppStore((state) => state.compare);
  const selected = useAppStore((state) => state.selectedDocId);
  const { documents } = useLibrary();
  const snapshot = useProposals();
  const docId = compare?.baseId ?? selected;
  if (!docId || !documents.some((doc) => doc.id === docId)) return null;
  const count = proposalsFor(snapshot, docId).length;
  return (
    <nav className="mode-switch" aria-label="Read or compare">
      <a href={hashFor(docId)} aria-current={compare ? undefined : 'page'}>
        Read
      </a>
      <a href={compareHash({ baseId: docId })} aria-current={compare ? 'page' : undefined}>
        Compare
        {count > 0 && (
          <span className="mode-count" aria-hidden="true">
            {count}
          </span>
        )}
        <span className="visually-hidden">{count === 1 ? ', 1 proposal' : `, ${count} proposals`}</span>
      </a>
    </nav>
  );
}
