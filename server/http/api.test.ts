import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalImport } from '../../src/core/proposal/index.ts';
import { sampleResolution } from '../../src/ui/testing/sampleDocument.ts';
import { createApiHandler } from './api.ts';

const base = sampleResolution();
const sample: ProposalImport = {
  proposal: {
    id: 'EUR/44A7/1', proposer: 'EUR', proposers: ['EUR'], sourceDocument: 'Addendum 7 to Document 44',
    base: { documentId: base.id, revision: base.revision }, operations: [], reasons: '', status: 'submitted', provenance: 'blocks', document: base,
  },
  diff: { base: base.id, proposal: 'EUR/44A7/1', changes: [], summary: { MOD: 0, ADD: 0, SUP: 0, MOVE: 0, NOC: 0 } },
  notes: [],
};

let url: string;
const server = createServer((req, res) => createApiHandler([base], () => ({}), [sample])(req, res, new URL(req.url ?? '/', 'http://x').pathname));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('GET /api/proposals', () => {
  it('sends the sample proposals with their comparison', async () => {
    const response = await fetch(`${url}/api/proposals`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ proposals: [sample] });
  });

  it('answers only GET and HEAD', async () => {
    const response = await fetch(`${url}/api/proposals`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect((await fetch(`${url}/api/proposals`, { method: 'HEAD' })).status).toBe(200);
  });
});
