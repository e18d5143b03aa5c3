// The radar's reader on answers the stand-in does not give: a symbolic link, a truncated or missing claims file, a
// head branch that is gone, an error inside one pull request's fields, paging to max-pull-requests.
import { describe, expect, it } from '@jest/globals';
import type { Api } from '../../../src/action/github/client.js';
import { readOpenPulls, sourceOf } from '../../../src/action/github/open-pulls.js';

const CLAIMS = 'AI_CURRENT_WORK.md';
type Node = Parameters<typeof sourceOf>[0];

const node = (over: Partial<Node> = {}, blob: Record<string, unknown> | null = { __typename: 'Blob', text: '# claims\n', isBinary: false, byteSize: 9, isTruncated: false }, mode = 33188): Node => ({
  number: 7,
  title: 'T',
  isDraft: false,
  headRefName: 'codex/x',
  changedFiles: 2,
  author: { login: 'octocat' },
  files: { pageInfo: { hasNextPage: false }, nodes: [{ path: CLAIMS }, { path: 'a.ts' }] },
  headRef: { target: { __typename: 'Commit', file: blob ? { mode, object: blob as never } : null } },
  ...over
});

describe('sourceOf', () => {
  it('reads the claims only when the pull request changes the claims file', () => {
    expect(sourceOf(node(), CLAIMS)).toMatchObject({ claimsText: '# claims\n', problem: null, files: [CLAIMS, 'a.ts'], author: 'octocat' });
    expect(sourceOf(node({ files: { pageInfo: { hasNextPage: false }, nodes: [{ path: 'a.ts' }] }, changedFiles: 1 }), CLAIMS)).toMatchObject({ claimsText: null, problem: null });
  });

  it('names what could not be read', () => {
    expect(sourceOf(node({}, { __typename: 'Blob', text: 'docs/x.md' }, 40960), CLAIMS).problem).toBe('its claims file is a symbolic link');
    expect(sourceOf(node({}, { __typename: 'Blob', text: 'x'.repeat(10), isTruncated: true, byteSize: 600_000 }), CLAIMS).problem).toBe('its claims file is too big to read (600000 bytes)');
    expect(sourceOf(node({}, { __typename: 'Tree' }), CLAIMS).problem).toBe('its claims file is not a file');
    expect(sourceOf(node({ headRef: null }), CLAIMS).problem).toMatch(/head branch could not be read/);
    expect(sourceOf(node({ files: null }), CLAIMS)).toMatchObject({ files: null, problem: 'its changed files could not be listed' });
    expect(sourceOf(node(), CLAIMS, 'timeout').problem).toBe('GitHub answered with an error (timeout)');
  });

  it('a pull request that removes the claims file claims nothing', () => {
    expect(sourceOf(node({}, null), CLAIMS)).toMatchObject({ claimsText: null, problem: null });
  });
});

describe('readOpenPulls', () => {
  const page = (numbers: number[], total: number, next: string | null) => ({
    repository: { pullRequests: { totalCount: total, pageInfo: { hasNextPage: next !== null, endCursor: next }, nodes: numbers.map((number) => node({ number, headRefName: `b/${number}` })) } }
  });
  const self = { pullRequest: null, branch: null };

  it('pages 100 at a time up to max, asking for no more than max, and says where it stopped', async () => {
    const asked: Record<string, unknown>[] = [];
    const api = {
      graphql: async (_q: string, vars: Record<string, unknown>) => {
        asked.push(vars);
        return vars.after === null ? page(Array.from({ length: 100 }, (_, i) => i + 1), 250, 'c1') : page(Array.from({ length: 50 }, (_, i) => i + 101), 250, 'c2');
      }
    } as unknown as Api;
    const { input, requests } = await readOpenPulls(api, { owner: 'o', repo: 'r' }, { claims: CLAIMS, max: 150, self });
    expect(requests).toBe(2);
    expect(asked.map((v) => [v.first, v.after])).toEqual([[100, null], [50, 'c1']]);
    expect(input.sources).toHaveLength(150);
    expect(input.note).toBe('150 of 250 open pull requests read (max-pull-requests: 150)');
  });

  it('an error inside one pull request stays with it; any other error is `failed`', async () => {
    const partial = Object.assign(new Error('partial'), { data: page([1, 2], 2, null), errors: [{ message: 'blob timeout', path: ['repository', 'pullRequests', 'nodes', 1, 'headRef'] }] });
    const one = await readOpenPulls({ graphql: async () => Promise.reject(partial) } as unknown as Api, { owner: 'o', repo: 'r' }, { claims: CLAIMS, max: 100, self });
    expect(one.input.failed).toBeNull();
    expect(one.input.sources.map((s) => s.problem)).toEqual([null, 'GitHub answered with an error (blob timeout)']);
    const down = Object.assign(new Error('HttpError: Bad gateway'), { status: 502, response: { status: 502 } });
    const all = await readOpenPulls({ graphql: async () => Promise.reject(down) } as unknown as Api, { owner: 'o', repo: 'r' }, { claims: CLAIMS, max: 100, self });
    expect(all.input).toMatchObject({ sources: [], failed: 'HTTP 502' });
  });
});
