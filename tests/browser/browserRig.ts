/**
 * A browser test file's rig: a temporary data directory, the app serving it as `npm start` does
 * (`clausewatch serve`, PORT=0), and Chromium for the people in the tests. `useBrowserRig(name)`
 * registers the vitest hooks: start before the file's tests, a screenshot of every person's page
 * when a test fails, and after them all Chromium closed, the server stopped, the directory removed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Role } from '../../src/collab/index.ts';
import type { Annotation } from '../../src/core/model/index.ts';
import { loadDemoAnnotations } from '../../server/library/index.ts';
import { FIXTURES } from '../support/fixtureWorkspace.ts';
import { People, shareLink } from './people.ts';
import { createToken, putAnnotations, startApp } from './startApp.ts';
import type { RunningApp } from './startApp.ts';

/** The repository. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Where browser tests save screenshots. */
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

/** The data directory, server and browsers of one test file. */
export class BrowserRig {
  /** The people of the file's tests, in one Chromium. */
  readonly people: People;
  #dataDir: string | null = null;
  #app: RunningApp | null = null;

  /** `name` names the temporary directory and the failure screenshots. */
  constructor(readonly name: string) {
    this.people = new People(ARTIFACTS, name);
  }

  /** The temporary data directory (DATA_DIR of the server). */
  get dataDir(): string {
    if (!this.#dataDir) throw new Error(`the ${this.name} rig has not started: no data directory yet`);
    return this.#dataDir;
  }

  /** The running server. */
  get app(): RunningApp {
    if (!this.#app) throw new Error(`the ${this.name} rig has not started: no server yet`);
    return this.#app;
  }

  /** A new token for `role` in `workspace`, made with `clausewatch token create` on the data directory. */
  token(workspace: string, role: Role): string {
    return createToken(ROOT, this.dataDir, workspace, role);
  }

  /** The share link of a new token for `role` in `workspace`. */
  link(workspace: string, role: Role): string {
    return shareLink(this.app.url, workspace, this.token(workspace, role), role);
  }

  /** Makes the data directory, starts the server on it (built first if need be), launches Chromium. */
  async start(): Promise<void> {
    this.#dataDir = mkdtempSync(join(tmpdir(), `clausewatch-${this.name}-`));
    this.#app = await startApp(ROOT, { env: { DATA_DIR: this.#dataDir } });
    await this.people.launch();
  }

  /** Closes Chromium, stops the server and removes the data directory (whatever of them started). */
  async stop(): Promise<void> {
    await this.people.close();
    await this.#app?.stop();
    if (this.#dataDir) rmSync(this.#dataDir, { recursive: true, force: true });
  }
}

/** A rig for the calling test file, with its beforeAll, afterEach (failure screenshots) and afterAll hooks. */
export function useBrowserRig(name: string): BrowserRig {
  const rig = new BrowserRig(name);
  beforeAll(() => rig.start());
  afterEach((context) => rig.people.screenshotIfFailed(context));
  afterAll(() => rig.stop());
  return rig;
}

/**
 * Puts the fixture workspace's annotations (the demo's) into `workspace` through the rig's server,
 * as a teammate's client would, and returns them once the server holds them all.
 */
export async function putDemoAnnotations(rig: BrowserRig, workspace: string): Promise<Annotation[]> {
  const annotations = await loadDemoAnnotations(FIXTURES);
  await putAnnotations(rig.app.url, workspace, rig.token(workspace, 'editor'), annotations);
  return annotations;
}
