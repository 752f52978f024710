import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appBuildReason } from './buildApp.ts';

let root: string;

function file(path: string, secondsAgo: number): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, '');
  const at = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(full, at, at);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'clausewatch-build-'));
  file('index.html', 100);
  file('src/main.tsx', 100);
  file('src/ui/App.tsx', 90);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('appBuildReason', () => {
  it('asks for a build when there is none', () => {
    expect(appBuildReason(root)).toBe('dist/index.html is missing');
  });

  it('is satisfied by a build newer than every source file', () => {
    file('dist/index.html', 10);
    expect(appBuildReason(root)).toBeNull();
  });

  it('names the source file that changed after the build', () => {
    file('dist/index.html', 10);
    file('src/ui/reader/Reader.tsx', 5);
    expect(appBuildReason(root)).toBe(`${join('src', 'ui', 'reader', 'Reader.tsx')} changed after the last build`);
  });

  it('ignores unit tests, which never reach the bundle', () => {
    file('dist/index.html', 10);
    file('src/ui/reader/Reader.test.tsx', 5);
    expect(appBuildReason(root)).toBeNull();
  });
});
