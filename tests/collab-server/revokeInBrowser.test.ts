/**
 * What a person sees when their token is revoked while they work: the server as `npm start` runs
 * it (data in a temp dir), a token from `clausewatch token create`, the app in Chromium through the
 * share link; then `clausewatch token revoke` from another process. The live connection must be
 * closed (4401) and the app must say the token was not accepted, within seconds.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ARTIFACTS, ROOT, useBrowserRig } from '../browser/browserRig.ts';
import { joinWorkspace, shareLink } from '../browser/people.ts';

const BIN = join(ROOT, 'bin', 'clausewatch.mjs');
const WORKSPACE = 'revoke-ui';

const rig = useBrowserRig('revoke-in-browser');

const token = (...args: string[]): string => execFileSync(process.execPath, [BIN, 'token', ...args, '--workspace', WORKSPACE, '--data-dir', rig.dataDir], { cwd: ROOT, encoding: 'utf8' });

it('closes the connection of a token revoked with `clausewatch token revoke`, and the app says so', async () => {
  const created = token('create', '--role', 'editor');
  const secret = created.trim().split(/\s+/).at(-1)!;
  const id = /tok_[0-9a-f]+/.exec(created)![0];
  const page = await rig.people.open('Ana', { viewport: { width: 1180, height: 760 } });
  await page.goto(shareLink(rig.app.url, WORKSPACE, secret, 'editor'));
  await joinWorkspace(page, 'Ana');
  expect(await (await fetch(`${rig.app.url}/healthz`)).json()).toMatchObject({ rooms: 1, connections: 1 });

  const revokedAt = performance.now();
  expect(token('revoke', id)).toContain(`Revoked editor token ${id}`);
  const refused = page.getByRole('dialog');
  await refused.getByText(`The server did not accept the token for “${WORKSPACE}”`).waitFor({ timeout: 10_000 });
  expect(performance.now() - revokedAt).toBeLessThan(10_000);
  expect(await refused.innerText()).toContain('It may be mistyped, revoked, or meant for another workspace.');
  expect(await page.locator('.connection-badge').innerText()).toContain('Not connected: access refused');
  // The server has let go of the room (its side of the close may land a moment after the page's).
  let health: unknown;
  for (const deadline = performance.now() + 3_000; performance.now() < deadline; await new Promise((r) => setTimeout(r, 25))) {
    health = await (await fetch(`${rig.app.url}/healthz`)).json();
    if ((health as { connections: number }).connections === 0) break;
  }
  expect(health).toMatchObject({ rooms: 0, connections: 0 });
  await page.screenshot({ path: join(ARTIFACTS, 'revoked.png') });
  await page.context().close();
}, 60_000);
