// The stand-in remembers only what cannot change and resolves a query's fields together, without changing an answer:
// a ref moved by a plain `git push` between two requests is seen by the second (REST and GraphQL), an object id
// pushed after a miss is found, a fault still applies to a cached object, sibling fields' data keys and errors come in
// selection order (and the first whole-query failure in that order wins), and a repeated request starts fewer git
// processes: one per ref it names, none for what object ids already answered.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setGraphqlFaults } from '../../../test-support/github-standin/faults.js';
import { useStandIn } from '../helpers/rig.js';
import { advance, author, statusOf } from '../helpers/standin.js';

const r = useStandIn({ fixture: { initialFiles: { 'README.md': 'one\n', 'docs/a.md': 'a\n' } } });
const HEAD = 'agent/cache';
let pull: number;

beforeAll(async () => {
  await r.fx.checkout(HEAD, { create: true });
  r.fx.write('api/x.ts', 'x\n');
  r.fx.write('web/y.ts', 'y\n');
  await r.fx.commit('two files', { author });
  await r.fx.push(HEAD);
  await r.fx.checkout('main');
  pull = r.si.pulls.create({ head: HEAD, base: 'main', user: 'octocat', title: 'Cache' }).number;
});
afterAll(() => setGraphqlFaults(r.si, null));

const repo = () => ({ owner: r.fx.owner, repo: r.fx.repo });

/** POST /graphql as any client sends it; the raw text too, to hold the answer's key order. */
async function post(query: string, variables: Record<string, unknown> = {}): Promise<{ text: string; body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[] }[] } }> {
  const res = await fetch(r.si.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${r.si.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { owner: r.fx.owner, name: r.fx.repo, ...variables } })
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, body: JSON.parse(text) as never };
}

const content = async (path: string, ref: string): Promise<string> => {
  const { data } = await r.gh.rest.repos.getContent({ ...repo(), path, ref });
  return Buffer.from((data as { content: string }).content, 'base64').toString('utf8');
};

describe('refs moved by a plain git push between two requests', () => {
  it('REST: the contents at a branch, a pull request’s head sha, files and commits, a comparison', async () => {
    expect(await content('README.md', 'main')).toBe('one\n');
    const before = (await r.gh.rest.pulls.get({ ...repo(), pull_number: pull })).data;
    expect(before).toMatchObject({ changed_files: 2, commits: 1 });
    const cmp = (await r.gh.rest.repos.compareCommitsWithBasehead({ ...repo(), basehead: `main...${HEAD}` })).data;
    expect(cmp.ahead_by).toBe(1);

    await advance(r.fx, 'main', [['README.md', 'two\n', 'main moves']]);
    await advance(r.fx, HEAD, [['api/z.ts', 'z\n', 'a third file']]);
    await r.fx.checkout('main');

    expect(await content('README.md', 'main')).toBe('two\n');
    const after = (await r.gh.rest.pulls.get({ ...repo(), pull_number: pull })).data;
    expect(after.head.sha).toBe(await r.fx.remoteSha(HEAD));
    expect(after.head.sha).not.toBe(before.head.sha);
    expect(after.base.sha).toBe(await r.fx.remoteSha('main'));
    expect(after).toMatchObject({ changed_files: 3, commits: 2 });
    const files = (await r.gh.rest.pulls.listFiles({ ...repo(), pull_number: pull })).data.map((f) => f.filename);
    expect(files).toEqual(['api/x.ts', 'api/z.ts', 'web/y.ts']);
    const cmp2 = (await r.gh.rest.repos.compareCommitsWithBasehead({ ...repo(), basehead: `main...${HEAD}` })).data;
    expect([cmp2.ahead_by, cmp2.behind_by]).toEqual([2, 1]);

    // Moved back (a force push): the older answer again, not the one seen last.
    await r.fx.git(['push', '-q', '--force', 'origin', `${before.base.sha}:refs/heads/main`]);
    expect(await content('README.md', 'main')).toBe('one\n');
    await r.fx.git(['push', '-q', '--force', 'origin', `${after.base.sha}:refs/heads/main`]);
  });

  it('GraphQL: an object at a branch, a pull request’s headRefOid and files', async () => {
    const q = `query($owner: String!, $name: String!, $n: Int!) { repository(owner: $owner, name: $name) {
      readme: object(expression: "main:README.md") { ... on Blob { text } }
      pullRequest(number: $n) { headRefOid changedFiles files(first: 100) { nodes { path } } } } }`;
    const first = (await post(q, { n: pull })).body.data as { repository: { readme: { text: string }; pullRequest: { headRefOid: string; changedFiles: number } } };
    await advance(r.fx, 'main', [['README.md', 'three\n', 'main moves again']]);
    await advance(r.fx, HEAD, [['web/w.ts', 'w\n', 'a fourth file']]);
    await r.fx.checkout('main');
    const second = (await post(q, { n: pull })).body.data as typeof first;
    expect(first.repository.readme.text).not.toBe('three\n');
    expect(second.repository.readme.text).toBe('three\n');
    expect(second.repository.pullRequest.headRefOid).toBe(await r.fx.remoteSha(HEAD));
    expect(second.repository.pullRequest.headRefOid).not.toBe(first.repository.pullRequest.headRefOid);
    expect(second.repository.pullRequest.changedFiles).toBe(first.repository.pullRequest.changedFiles + 1);
  });

  it('an object id unknown at the first request and pushed before the second is found by the second', async () => {
    await r.fx.checkout('late/branch', { create: true });
    r.fx.write('late.txt', 'late\n');
    const oid = await r.fx.commit('not pushed yet', { author });
    await r.fx.checkout('main');
    const q = `query($owner: String!, $name: String!, $e: String!) { repository(owner: $owner, name: $name) { object(expression: $e) { ... on Blob { text } } } }`;
    expect((await post(q, { e: `${oid}:late.txt` })).body.data).toEqual({ repository: { object: null } });
    expect(await statusOf(r.gh.rest.repos.getContent({ ...repo(), path: 'late.txt', ref: oid }))).toBe(404);
    await r.fx.push('late/branch');
    expect((await post(q, { e: `${oid}:late.txt` })).body.data).toEqual({ repository: { object: { text: 'late\n' } } });
    expect(await content('late.txt', oid)).toBe('late\n');
  });

  it('a fault still hides a file whose object was read (and cached) before', async () => {
    const oid = (await r.fx.remoteSha('main'))!;
    const q = `query($owner: String!, $name: String!, $e: String!) { repository(owner: $owner, name: $name) { object(expression: $e) { ... on Blob { text } } } }`;
    expect((await post(q, { e: `${oid}:docs/a.md` })).body.data).toEqual({ repository: { object: { text: 'a\n' } } });
    setGraphqlFaults(r.si, { missing: [{ path: 'docs/a.md' }] });
    try {
      expect((await post(q, { e: `${oid}:docs/a.md` })).body.data).toEqual({ repository: { object: null } });
    } finally {
      setGraphqlFaults(r.si, null);
    }
    expect((await post(q, { e: `${oid}:docs/a.md` })).body.data).toEqual({ repository: { object: { text: 'a\n' } } });
  });
});

describe('sibling fields resolved together, answered in selection order', () => {
  it('data keys and errors in selection order, though the first error is the slowest to come', async () => {
    // `slow` errors only after the pull request's files are read (git work); the others error at once (`list` by an
    // injected fault).
    const q = `query($owner: String!, $name: String!, $n: Int!) {
      slow: repository(owner: $owner, name: $name) { pullRequest(number: $n) { files(first: 101) { totalCount } } }
      fast: repository(owner: "nobody", name: "nothing") { name }
      viewer { login }
      mid: repository(owner: $owner, name: $name) {
        gone: pullRequest(number: 9999) { number }
        readme: object(expression: "main:docs/a.md") { ... on Blob { text } }
        again: pullRequest(number: 9998) { number } }
      list: repository(owner: $owner, name: $name) { pullRequests(first: 5) { totalCount } } }`;
    setGraphqlFaults(r.si, { pullRequests: 'error' });
    let answer: Awaited<ReturnType<typeof post>>;
    try {
      answer = await post(q, { n: pull });
    } finally {
      setGraphqlFaults(r.si, null);
    }
    const { body, text } = answer;
    expect(Object.keys(body.data!)).toEqual(['slow', 'fast', 'viewer', 'mid', 'list']);
    expect(Object.keys(body.data!.mid as object)).toEqual(['gone', 'readme', 'again']);
    expect(body.data).toEqual({
      slow: { pullRequest: { files: null } },
      fast: null,
      viewer: { login: 'github-actions' },
      mid: { gone: null, readme: { text: 'a\n' }, again: null },
      // pullRequests is non-null: its error nulls the repository around it, as on GitHub.
      list: null
    });
    expect(body.errors?.map((e) => e.path)).toEqual([
      ['slow', 'pullRequest', 'files'],
      ['fast'],
      ['mid', 'gone'],
      ['mid', 'again'],
      ['list', 'pullRequests']
    ]);
    expect(body.errors?.[0]?.message).toMatch(/exceeds the `first` limit of 100 records/);
    expect(text.indexOf('"data"')).toBeLessThan(text.indexOf('"errors"'));
  });

  it('a failure of the whole query: the first in selection order, as one field at a time would meet it', async () => {
    // The deep unknown field is met first in order but found last in time; `zzz` fails at once.
    const q = `query($owner: String!, $name: String!, $n: Int!) {
      repository(owner: $owner, name: $name) { pullRequest(number: $n) { files(first: 10) { nodes { nope } } } }
      zzz }`;
    const { body } = await post(q, { n: pull });
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ message: "Field 'nope' doesn't exist on type 'PullRequestChangedFile'", path: ['repository', 'pullRequest', 'files', 'nodes', 0, 'nope'] })]);
  });
});

describe('fewer git processes for a repeated request', () => {
  it('GraphQL: a repeat starts one process per branch it names; object ids are answered from memory', async () => {
    const oid = (await r.fx.remoteSha('main'))!;
    const q = `query($owner: String!, $name: String!, $n: Int!, $a: String!, $b: String!, $root: String!) { repository(owner: $owner, name: $name) {
      a: object(expression: $a) { ... on Blob { text } } b: object(expression: $b) { ... on Blob { text } }
      root: object(expression: $root) { ... on Tree { entries { name } } } commit: object(expression: $root) { ... on Tree { oid } }
      pullRequest(number: $n) { headRefOid changedFiles files(first: 100) { nodes { path } }
        headRef { name target { ... on Commit { file(path: "api/x.ts") { oid } } } } } } }`;
    const vars = { n: pull, a: `${oid}:README.md`, b: `${oid}:docs/a.md`, root: `${oid}:` };
    const count = async () => {
      const from = r.si.gitProcesses;
      const { text } = await post(q, vars);
      return { spawned: r.si.gitProcesses - from, text };
    };
    const first = await count();
    const second = await count();
    expect(second.text).toBe(first.text);
    expect(first.spawned).toBeGreaterThan(second.spawned);
    // refs/heads/<head> and refs/heads/main: each looked up once for the request, though five fields need them.
    expect(second.spawned).toBe(2);
  });

  it('REST: a repeated pull request answer looks up its two branches only; a file by commit id starts none', async () => {
    const oid = (await r.fx.remoteSha('main'))!;
    await r.gh.rest.pulls.get({ ...repo(), pull_number: pull });
    let from = r.si.gitProcesses;
    await r.gh.rest.pulls.get({ ...repo(), pull_number: pull });
    expect(r.si.gitProcesses - from).toBe(2);
    await content('docs/a.md', oid);
    from = r.si.gitProcesses;
    expect(await content('docs/a.md', oid)).toBe('a\n');
    expect(r.si.gitProcesses - from).toBe(0);
  });
});
