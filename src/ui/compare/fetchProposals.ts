import type { StoredProposal } from './proposalStore.ts';

/** Fetches the sample proposals from the server; throws an Error whose message a reader understands. */
export async function fetchProposals(url = '/api/proposals'): Promise<StoredProposal[]> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new Error('Clausewatch could not reach its server to load the sample proposals. Check that it is still running, then reload the page.');
  }
  if (!response.ok) {
    throw new Error(`The server could not send the sample proposals (HTTP ${response.status}). Imported proposals still work.`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { proposals?: unknown }).proposals)) {
    throw new Error('The server sent the sample proposals in a form Clausewatch does not understand. Imported proposals still work.');
  }
  // Entries without a proposal (a server of another version) are left out rather than breaking the view.
  return (body as { proposals: unknown[] }).proposals.filter(
    (entry): entry is StoredProposal => typeof entry === 'object' && entry !== null && typeof (entry as StoredProposal).proposal?.id === 'string',
  );
}
