import { useEffect, useState } from 'react';
import { hashFor } from '../routing/index.ts';

/** How long "Copied" stays on the button. */
const CONFIRMATION_MS = 2_000;

/** Copies a clause's permalink to the clipboard; shown on hover and keyboard focus. */
export function CopyLinkButton({ id, name }: { id: string; name: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = (): void => {
    const url = `${window.location.origin}${window.location.pathname}${hashFor(id)}`;
    navigator.clipboard.writeText(url).then(
      () => setState('copied'),
      () => {
        // No clipboard access (permission, old browser): put the link in the address bar instead.
        window.location.hash = hashFor(id);
        setState('failed');
      },
    );
  };

  return (
    <button type="button" className="copy-link" onClick={copy} aria-label={`Copy link to ${name}`}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Link in address bar' : 'Copy link'}
    </button>
  );
}
