import { appStore } from '../../store/index.ts';
import { useOnHashChange } from '../routing/index.ts';

/** The fragment prefix of a draft: `#draft/draft-3f2a…`. */
const PREFIX = 'draft/';

/** The fragment that opens a draft. */
export function draftHash(draftId: string): string {
  return `#${PREFIX}${encodeURIComponent(draftId)}`;
}

/** The draft a fragment opens, or null when it is not a draft's (a permalink, a comparison). */
export function draftIdFromHash(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return null;
  let id = fragment.slice(PREFIX.length);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape typed by hand: use it as typed.
  }
  return id.trim() === '' ? null : id.trim();
}

/** Keeps the open draft in step with the URL fragment (back / forward included). */
export function useDraftRoute(): void {
  useOnHashChange(openDraftFromHash);
}

function openDraftFromHash(): void {
  appStore.getState().setOpenDraft(draftIdFromHash(window.location.hash));
}
