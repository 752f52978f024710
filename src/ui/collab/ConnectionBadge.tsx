import { STATUS_TEXT } from '../../collab/index.ts';
import { useAppStore } from '../../store/index.ts';

/** The workspace's name and the connection status: connecting, syncing, saved, offline, … */
export function ConnectionBadge() {
  const workspace = useAppStore((state) => state.workspace);
  const status = useAppStore((state) => state.connection);
  const refusal = useAppStore((state) => state.writeRefusal);
  if (!workspace || status === 'local') return null;
  const text = STATUS_TEXT[status];
  return (
    <p className={`connection-badge connection-badge--${status}`} role="status" aria-live="polite" title={refusal ?? text.detail}>
      <span className="connection-workspace">{workspace.name}</span>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{text.label}</span>
    </p>
  );
}
