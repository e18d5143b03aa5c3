// The stand-in's `repository.pullRequest(number:)` with its files and comments (what a pull request run's one
// GraphQL read asks, src/action/github/pull-read.ts), answered as GitHub answers: the same comments as the REST list,
// a bot's GraphQL login without `[bot]`, databaseId = the REST id, GitHub's message for a missing number; and the
// folded readers turn the answer into what the REST reads gave.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from '../../../src/action/github/client.js';
import { foldedComments, foldedFiles, foldedRadar } from '../../../src/action/github/pull-read.js';
import { pullExtra } from '../../../src/action/github/pulls-query.js';
import { readSnapshot } from '../../../src/action/github/snapshot.js';
import { openPulls } from '../../../test-support/open-pulls.js';
import { client, rig, type Rig } from '../helpers/standin.js';

let r: Rig;
let number: number;
const CLAIMS = 'AI_CURRENT_WORK.md';

beforeAll(async () => {
  r = await rig({ fixture: { initialFiles: { 'README.md': 'hi\n', [CLAIMS]: '# AI Current Work\n' } } });
  const [pull] = await openPulls(r.fx, r.si, [{ branch: 'claude/two', files: { 'api/a.ts': 'a\n', 'web/b.ts': 'b\n' } }]);
  number = pull!.number;
  r.si.comments.add(number, '<!-- ai-sync -->\nreport', 'github-actions[bot]');
  r.si.comments.add(number, 'looks good', 'octocat');
});
afterAll(async () => {
  expect(r.si.violations).toEqual([]);
  await r.close();
});

const gql = <T>(query: string, vars: Record<string, unknown> = {}) => client(r.si).graphql<T>(query, { owner: r.fx.owner, name: r.fx.repo, ...vars });

describe('repository.pullRequest', () => {
  it('files and comments, as GitHub answers them; comments match the REST list', async () => {
    const data = await gql<{ repository: { pullRequest: { files: unknown; comments: { totalCount: number; nodes: { databaseId: number; url: string; body: string; author: { __typename: string; login: string } }[] } } } }>(
      `query($owner: String!, $name: String!, $n: Int!) { repository(owner: $owner, name: $name) { pullRequest(number: $n) {
        files(first: 100) { totalCount nodes { path changeType } }
        comments(first: 100) { totalCount pageInfo { hasNextPage } nodes { databaseId url body author { __typename login } } } } } }`,
      { n: number }
    );
    const pr = data.repository.pullRequest;
    expect(pr.files).toEqual({ totalCount: 2, nodes: [{ path: 'api/a.ts', changeType: 'ADDED' }, { path: 'web/b.ts', changeType: 'ADDED' }] });
    const rest = (await client(r.si).request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: r.fx.owner, repo: r.fx.repo, issue_number: number })).data;
    expect(pr.comments.totalCount).toBe(2);
    expect(pr.comments.nodes.map((c) => [c.databaseId, c.url, c.body])).toEqual(rest.map((c) => [c.id, c.html_url, c.body]));
    expect(pr.comments.nodes.map((c) => c.author)).toEqual([{ __typename: 'Bot', login: 'github-actions' }, { __typename: 'User', login: 'octocat' }]);
  });

  it('a number with no pull request: null and GitHub\'s NOT_FOUND error', async () => {
    const err = (await gql(`query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { pullRequest(number: 9999) { number } } }`).catch((e: unknown) => e)) as {
      errors: { type: string; message: string; path: string[] }[];
      data: { repository: { pullRequest: null } };
    };
    expect(err.data.repository.pullRequest).toBeNull();
    expect(err.errors[0]).toMatchObject({ type: 'NOT_FOUND', message: 'Could not resolve to a PullRequest with the number of 9999.', path: ['repository', 'pullRequest'] });
  });
});

describe('the folded read of a pull request run', () => {
  it('one request: the files, the comments (REST shape) and the radar page, beside the texts', async () => {
    const api = createClient(r.si.token, r.si.url);
    const from = r.si.requests.length;
    const snap = await readSnapshot(api, { owner: r.fx.owner, repo: r.fx.repo }, [{ key: 'c', ref: 'main', path: CLAIMS }], [], true, pullExtra(number, CLAIMS, true));
    expect(r.si.requests.length - from).toBe(1);
    expect(snap.files.get('c')?.text).toBe('# AI Current Work\n');
    expect(foldedFiles(snap.extra)).toEqual([{ path: 'api/a.ts', status: 'added' }, { path: 'web/b.ts', status: 'added' }]);
    const comments = foldedComments(snap.extra);
    expect(comments?.map((c) => [c.body, c.user?.login])).toEqual([['<!-- ai-sync -->\nreport', 'github-actions'], ['looks good', 'octocat']]);
    const radar = foldedRadar(snap.extra);
    expect(radar && 'page' in radar ? radar.page.nodes?.map((n) => n?.headRefName) : radar).toEqual(['claude/two']);
  });

  it('a pull request GitHub cannot find: the texts are still read, and the parts fall back (null)', async () => {
    const api = createClient(r.si.token, r.si.url);
    const snap = await readSnapshot(api, { owner: r.fx.owner, repo: r.fx.repo }, [{ key: 'c', ref: 'main', path: CLAIMS }], [], false, pullExtra(9999, CLAIMS, false));
    expect(snap.files.get('c')?.text).toBe('# AI Current Work\n');
    expect(foldedFiles(snap.extra)).toBeNull();
    expect(foldedComments(snap.extra)).toBeNull();
    expect(foldedRadar(snap.extra)).toBeUndefined();
  });
});
