// The stand-in's GraphQL for open pull requests, and its hold on GitHub's published schema: the fields it serves
// are exactly those of graphql-subset.graphql (cut from @octokit/graphql-schema), queries are checked like
// GitHub checks them, and the radar's own reader (src/action/github/open-pulls.ts) reads it end to end.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { SERVED_GRAPHQL } from '../../../scripts/graphql-cut.js';
import { createClient } from '../../../src/action/github/client.js';
import { readOpenPulls } from '../../../src/action/github/open-pulls.js';
import { setGraphqlFaults } from '../../../test-support/github-standin/faults.js';
import { servedGraphql } from '../../../test-support/github-standin/graphql.js';
import { schemaSubset } from '../../../test-support/github-standin/graphql-schema.js';
import { openPulls } from '../../../test-support/open-pulls.js';
import { client, rig, type Rig } from '../helpers/standin.js';

let r: Rig;
const CLAIMS = 'AI_CURRENT_WORK.md';

beforeAll(async () => {
  r = await rig({ fixture: { initialFiles: { 'README.md': 'hi\n', [CLAIMS]: '# AI Current Work\n' } } });
  await openPulls(r.fx, r.si, [
    { branch: 'codex/tracking', draft: true, files: { 'api/tracking.ts': 'x\n', [CLAIMS]: '# AI Current Work\n\n## ChatGPT Codex Status\n' } },
    { branch: 'gemini/ui', files: { 'web/app.ts': 'y\n' } },
    { branch: 'old/closed', state: 'closed', files: { 'web/app.ts': 'z\n' } },
    { branch: 'bin/claims', files: { [CLAIMS]: Buffer.from([0, 1, 2, 3]) } },
    { branch: 'wide/change', files: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`many/f${i}.txt`, `${i}\n`])) }
  ]);
});
afterAll(async () => {
  expect(r.si.violations).toEqual([]);
  await r.close();
});

const gql = <T>(query: string, vars: Record<string, unknown> = {}) => client(r.si).graphql<T>(query, { owner: r.fx.owner, name: r.fx.repo, ...vars });

describe("held to GitHub's published schema", () => {
  it('serves exactly the fields of graphql-subset.graphql, which the cut script names, and the subset names its source', () => {
    const served = servedGraphql();
    const objects = Object.fromEntries([...schemaSubset()].filter(([, t]) => t.kind === 'type').map(([name, t]) => [name, [...t.fields.keys()].sort()]));
    expect(served).toEqual(objects);
    for (const [type, fields] of Object.entries(SERVED_GRAPHQL)) expect([...(schemaSubset().get(type)?.fields.keys() ?? [])].sort()).toEqual([...fields].sort());
    expect(readFileSync(new URL('../../../test-support/github-standin/graphql-subset.graphql', import.meta.url), 'utf8')).toMatch(/from @octokit\/graphql-schema@\d+\.\d+\.\d+/);
  });

  it('answers what GitHub refuses with GitHub’s errors: an argument the field does not take, a string for an enum, a variable of the wrong type, more than 100', async () => {
    const q = (args: string, decl = '') => gql(`query($owner: String!, $name: String!${decl}) { repository(owner: $owner, name: $name) { pullRequests(${args}) { totalCount } } }`);
    await expect(q('first: 1, state: OPEN')).rejects.toThrow("Field 'pullRequests' doesn't accept argument 'state'");
    await expect(q('first: 1, states: "OPEN"')).rejects.toThrow("Argument 'states' on Field 'pullRequests' has an invalid value");
    await expect(q('first: 1, states: [OPENED]')).rejects.toThrow('has an invalid value');
    await expect(q('first: 1, orderBy: {field: UPDATED_AT}')).rejects.toThrow("Expected type 'IssueOrder'");
    await expect(gql(`query($owner: String!, $name: String!, $n: String) { repository(owner: $owner, name: $name) { pullRequests(first: $n) { totalCount } } }`, { n: '1' })).rejects.toThrow('Type mismatch on variable $n and argument first (String / Int)');
    await expect(q('first: 101')).rejects.toThrow('Requesting 101 records on the `pullRequests` connection exceeds the `first` limit of 100 records.');
    await expect(q('states: [OPEN]')).rejects.toThrow('You must provide a `first` or `last` value');
  });
});

describe('pullRequests', () => {
  interface Page {
    repository: { pullRequests: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { number: number; isDraft: boolean; headRefName: string; files: { totalCount: number; nodes: { path: string; changeType: string }[] } }[] } };
  }
  const PAGE = `query($owner: String!, $name: String!, $after: String) { repository(owner: $owner, name: $name) {
    pullRequests(states: [OPEN], first: 2, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) {
      totalCount pageInfo { hasNextPage endCursor } nodes { number isDraft headRefName files(first: 3) { totalCount nodes { path changeType } } } } } }`;

  it('lists open pull requests newest first, in pages with cursors, drafts included, with their files', async () => {
    const one = await gql<Page>(PAGE, { after: null });
    expect(one.repository.pullRequests.totalCount).toBe(4);
    expect(one.repository.pullRequests.nodes.map((n) => [n.headRefName, n.isDraft])).toEqual([['wide/change', false], ['bin/claims', false]]);
    expect(one.repository.pullRequests.pageInfo.hasNextPage).toBe(true);
    const two = await gql<Page>(PAGE, { after: one.repository.pullRequests.pageInfo.endCursor });
    expect(two.repository.pullRequests.nodes.map((n) => [n.headRefName, n.isDraft])).toEqual([['gemini/ui', false], ['codex/tracking', true]]);
    expect(two.repository.pullRequests.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect(two.repository.pullRequests.nodes[1]?.files).toEqual({ totalCount: 2, nodes: [{ path: CLAIMS, changeType: 'MODIFIED' }, { path: 'api/tracking.ts', changeType: 'ADDED' }] });
    expect(one.repository.pullRequests.nodes[0]?.files.totalCount).toBe(101);
  });

  it("reads the claims file at a pull request's head through headRef { target { … on Commit { file(path:) } } }", async () => {
    const res = await gql<{ repository: { pullRequests: { nodes: { headRef: { name: string; target: { file: { mode: number; object: { text: string | null; isBinary: boolean } } | null } } }[] } } }>(
      `query($owner: String!, $name: String!, $claims: String!) { repository(owner: $owner, name: $name) { pullRequests(states: OPEN, first: 1) { nodes {
        headRef { name target { ... on Commit { file(path: $claims) { mode object { ... on Blob { text isBinary } } } } } } } } } }`,
      { claims: CLAIMS }
    );
    expect(res.repository.pullRequests.nodes[0]?.headRef).toEqual({ name: 'codex/tracking', target: { file: { mode: 0o100644, object: { text: '# AI Current Work\n\n## ChatGPT Codex Status\n', isBinary: false } } } });
  });
});

describe('the radar’s reader against the stand-in', () => {
  const self = { pullRequest: null, branch: null };

  it('reads every open pull request in one request: files, draft, claims only where the pull request changes them, problems named', async () => {
    const api = createClient(r.si.token, r.si.url);
    const before = r.si.requests.length;
    const { input, requests } = await readOpenPulls(api, r.si, { claims: CLAIMS, max: 100, self });
    expect(requests).toBe(1);
    expect(r.si.requests.length - before).toBe(1);
    expect(input.note).toBeNull();
    const by = new Map(input.sources.map((s) => [s.branch, s]));
    expect(by.get('codex/tracking')).toMatchObject({ pullRequest: 1, draft: true, author: 'octocat', claimsText: '# AI Current Work\n\n## ChatGPT Codex Status\n', problem: null });
    expect(by.get('gemini/ui')).toMatchObject({ files: ['web/app.ts'], claimsText: null, problem: null });
    expect(by.get('bin/claims')?.problem).toBe('its claims file is binary');
    expect(by.get('wide/change')?.problem).toBe('it changes 101 files, more than the 100 read per pull request');
    expect(by.has('old/closed')).toBe(false);
  });

  it('stops at max-pull-requests and says how many of how many were read; a failed read is `failed`, never a throw', async () => {
    const api = createClient(r.si.token, r.si.url);
    const few = await readOpenPulls(api, r.si, { claims: CLAIMS, max: 3, self });
    expect(few.input.sources).toHaveLength(3);
    expect(few.input.note).toBe('3 of 4 open pull requests read (max-pull-requests: 3)');
    setGraphqlFaults(r.si, { pullRequests: 'error' });
    try {
      const failed = await readOpenPulls(api, r.si, { claims: CLAIMS, max: 100, self });
      expect(failed.input.sources).toEqual([]);
      expect(failed.input.failed).toMatch(/Something went wrong while executing your query/);
    } finally {
      setGraphqlFaults(r.si, null);
    }
  });
});
