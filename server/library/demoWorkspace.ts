import * as Y from 'yjs';
import { addAnnotation, putProposals, seedLibrary, setWorkspaceName } from '../../src/collab/index.ts';
import type { Annotation, ItuDocument, Proposal, ProposalStatus } from '../../src/core/model/index.ts';
import { libraryTaxonomy } from '../../src/core/taxonomy/index.ts';
import type { TokenStore } from '../auth/index.ts';
import type { ServerLogger } from '../log.ts';
import type { Storage } from '../storage/index.ts';
import { loadDemoAnnotations } from './demoAnnotations.ts';

/** The workspace a fresh data directory gets, so that a new user sees every feature at once. */
export const DEMO_WORKSPACE = 'demo';

/** Its display name (`settings.name`). */
export const DEMO_WORKSPACE_NAME = 'Demo workspace';

/** Who the demo's library and proposals were put in by, as the app shows it. */
const DEMO_BY = 'Clausewatch demo';

/**
 * Statuses given to the sample proposals, in proposal-ID order (repeating), so that the demo shows
 * proposals at several stages of the conference rather than all "submitted".
 */
const DEMO_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['under-discussion', 'adopted-as-modified', 'rejected', 'submitted'];

/** What the demo workspace holds. */
export interface DemoContent {
  documents: readonly ItuDocument[];
  proposals: readonly Proposal[];
  annotations: readonly Annotation[];
}

/**
 * The demo workspace's whole state as one Yjs update, written with the same functions an editor's
 * client uses: the sample library seeded (with `settings.librarySeededAt`, so that no client seeds
 * it again), the sample proposals with varied statuses, the annotations (each with the annotation
 * origin of its author) and the display name.
 */
export function demoWorkspaceUpdate(content: DemoContent, at: string): Uint8Array {
  const doc = new Y.Doc();
  try {
    seedLibrary(doc, [...content.documents], { by: DEMO_BY, at });
    const proposals = [...content.proposals]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((proposal, i) => ({ ...proposal, status: DEMO_PROPOSAL_STATUSES[i % DEMO_PROPOSAL_STATUSES.length] }));
    putProposals(doc, proposals, DEMO_BY);
    for (const annotation of content.annotations) addAnnotation(doc, annotation);
    setWorkspaceName(doc, DEMO_WORKSPACE_NAME, DEMO_BY);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export interface EnsureDemoOptions {
  storage: Storage;
  tokens: TokenStore;
  /** Where `workspace/annotations.json` is. */
  fixturesDir: string;
  /** The sample library and proposals, as the server read them. */
  documents: readonly ItuDocument[];
  proposals: readonly Proposal[];
  logger: ServerLogger;
  /** ISO 8601 time of seeding; now when left out. */
  at?: string;
}

/** The demo workspace, made and ready to store. */
export interface PreparedDemo {
  update: Uint8Array;
  annotations: number;
  proposals: number;
}

/**
 * Makes the demo workspace when the storage holds no workspace at all (a fresh data directory, or
 * a server kept in memory). Returns null when there is to be no demo: some workspace exists
 * already, there is no sample library, or the demo cannot be made (logged: a bad fixture must not
 * stop the server). Never throws. Nothing is stored yet: see storeDemoWorkspace.
 */
export async function prepareDemoWorkspace(options: EnsureDemoOptions): Promise<PreparedDemo | null> {
  const { storage, logger } = options;
  try {
    if (storage.listWorkspaces().length > 0) return null;
    if (options.documents.length === 0) {
      logger.info('no demo workspace: the sample library is empty');
      return null;
    }
    const annotations = await loadDemoAnnotations(options.fixturesDir, libraryTaxonomy(options.documents));
    const content = { documents: options.documents, proposals: options.proposals, annotations };
    return { update: demoWorkspaceUpdate(content, options.at ?? new Date().toISOString()), annotations: annotations.length, proposals: options.proposals.length };
  } catch (error) {
    logger.error({ err: error }, `no demo workspace: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/**
 * Stores a prepared demo as workspace `demo`, in one update appended to storage, and creates an
 * editor token for it; returns the token, or null when nothing was stored (some workspace exists
 * by now, or storing failed: logged). Synchronous, so that a server can run it after binding its
 * port and before handling any connection. Never throws.
 */
export function storeDemoWorkspace(
  prepared: PreparedDemo,
  options: Pick<EnsureDemoOptions, 'storage' | 'tokens' | 'logger'>,
): { token: string } | null {
  const { storage, tokens, logger } = options;
  try {
    if (storage.listWorkspaces().length > 0) return null;
    storage.append(DEMO_WORKSPACE, [prepared.update]);
  } catch (error) {
    logger.error({ err: error }, `no demo workspace: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  try {
    const { token, record } = tokens.create(DEMO_WORKSPACE, 'editor');
    logger.info(
      { workspace: DEMO_WORKSPACE, proposals: prepared.proposals, annotations: prepared.annotations, token: record.id },
      `created workspace "${DEMO_WORKSPACE}" with the sample library, ${prepared.proposals} proposals and ${prepared.annotations} annotations`,
    );
    return { token };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ err: error }, `created workspace "${DEMO_WORKSPACE}" but not its token (${message}); make one with: clausewatch token create --workspace ${DEMO_WORKSPACE} --role editor`);
    return null;
  }
}

/** prepareDemoWorkspace then storeDemoWorkspace: the demo's editor token, or null. Never throws. */
export async function ensureDemoWorkspace(options: EnsureDemoOptions): Promise<{ token: string } | null> {
  const prepared = await prepareDemoWorkspace(options);
  return prepared ? storeDemoWorkspace(prepared, options) : null;
}

/** The line printed when the demo is ready: a link that opens it as an editor. */
export function demoReadyLine(serverUrl: string, token: string): string {
  return `Demo workspace ready: ${serverUrl}/?workspace=${DEMO_WORKSPACE}#token=${encodeURIComponent(token)}&role=editor`;
}
