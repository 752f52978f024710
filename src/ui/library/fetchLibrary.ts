import type { ItuDocument } from '../../core/model/index.ts';

/** Fetches the sample library from the server; throws an Error whose message a reader understands. */
export async function fetchLibrary(url = '/api/library'): Promise<ItuDocument[]> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new Error('Clausewatch could not reach its server to load the sample library. Check that it is still running, then reload the page.');
  }
  if (!response.ok) {
    throw new Error(`The server could not send the sample library (HTTP ${response.status}). Imported files still work.`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { documents?: unknown }).documents)) {
    throw new Error('The server sent the sample library in a form Clausewatch does not understand. Imported files still work.');
  }
  return (body as { documents: ItuDocument[] }).documents;
}
