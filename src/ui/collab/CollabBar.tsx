import { appStore, useAppStore } from '../../store/index.ts';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { DraftsMenu } from './DraftsMenu.tsx';
import { PresenceList } from './PresenceList.tsx';
import { ShareButton } from './ShareButton.tsx';
import { useClausePresence } from './useClausePresence.ts';
import { useDraftRoute } from './draftRoute.ts';
import './collab.css';

/**
 * The collaboration controls in the top bar: in a workspace, its status, who is here, the drafts
 * and sharing; working alone, the way to join a workspace.
 */
export function CollabBar() {
  useDraftRoute();
  useClausePresence();
  const workspace = useAppStore((state) => state.workspace);
  if (!workspace) {
    return (
      <div className="collab-bar">
        <button type="button" className="button" onClick={() => appStore.getState().openCredentialsPrompt({ reason: 'join', workspace: '' })}>
          Work together…
        </button>
      </div>
    );
  }
  return (
    <div className="collab-bar">
      <ConnectionBadge />
      <PresenceList />
      <DraftsMenu />
      <ShareButton />
    </div>
  );
}
