import { useId, useState } from 'react';
import { describeRole } from '../../collab/index.ts';
import { useAppStore } from '../../store/index.ts';
import { loadCredentials } from './credentials.ts';
import { shareLinkFor } from './shareLink.ts';
import { usePopover } from './usePopover.ts';

/** "Share": the link that lets a teammate join with this browser's token, and how to share another role. */
export function ShareButton() {
  const workspace = useAppStore((state) => state.workspace);
  const { open, setOpen, root, button } = usePopover<HTMLDivElement>();
  const [copied, setCopied] = useState(false);
  const id = useId();
  if (!workspace) return null;
  const credentials = loadCredentials(window.localStorage, workspace.name);
  const link = credentials ? shareLinkFor(window.location.origin, workspace.name, credentials.token, credentials.role) : '';
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (an insecure context): the link is selected for copying by hand.
      document.getElementById(`${id}-link`)?.focus();
    }
  };
  return (
    <div className="popover-root" ref={root}>
      <button type="button" className="button" ref={button} aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => (setOpen(!open), setCopied(false))}>
        Share
      </button>
      {open && (
        <div className="popover share-panel" id={`${id}-panel`} role="region" aria-label="Share this workspace">
          <label htmlFor={`${id}-link`}>Anyone who opens this link joins “{workspace.name}” and {describeRole(credentials?.role ?? workspace.role)}:</label>
          <input id={`${id}-link`} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy the link'}
          </button>
          <p className="share-note">
            To let someone only comment or read, create a token for that role on the server: <code>clausewatch token create --workspace {workspace.name} --role viewer</code>
          </p>
        </div>
      )}
    </div>
  );
}
