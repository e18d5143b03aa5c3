import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVED } from '../../../scripts/openapi-cut.js';
import { mulberry32, openApiValidator, ROUTES, startStandIn, type StandIn } from '../../../test-support/github-standin/index.js';
import { client, rig, statusOf } from '../helpers/standin.js';
import { useStandIn } from '../helpers/rig.js';

const r = useStandIn({ fixture: { initialFiles: { 'README.md': 'hi\n', '.ai-sync/claims.yml': 'claims: []\n', 'bin/blob.dat': Buffer.from([0, 1, 2]).toString('latin1') } } });

const gql = (si: StandIn, token = si.token) => client(si, token).graphql;

describe('graphql', () => {
  it('answers viewer { login } with the bot login without [bot]', async () => {
    const res = await gql(r.si)<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(res.viewer.login).toBe('github-actions');
    expect(r.si.requests.at(-1)).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'graphql' });
  });

  it('reads blobs and commits by expression, as the action’s snapshot query does', async () => {
    const sha = await r.fx.revParse('HEAD');
    const q = `query($owner: String!, $name: String!, $f0: String!, $f1: String!, $f2: String!, $c0: String!) {
      repository(owner: $owner, name: $name) {
        f0: object(expression: $f0) { __typename ... on Blob { oid text isBinary isTruncated byteSize } }
        f1: object(expression: $f1) { __typename ... on Blob { oid text isBinary isTruncated byteSize } }
        f2: object(expression: $f2) { __typename ... on Blob { oid text isBinary } }
        c0: object(expression: $c0) { __typename ... on Commit { oid message author { name email } committer { name email } } }
      } viewer { login } }`;
    const res = await gql(r.si)<{ repository: Record<string, Record<string, unknown> | null>; viewer: { login: string } }>(q, {
      owner: r.fx.owner,
      name: r.fx.repo,
      f0: 'main:.ai-sync/claims.yml',
      f1: `${sha}:missing.yml`,
      f2: 'main:bin/blob.dat',
      c0: sha
    });
    expect(res.repository.f0).toEqual({ __typename: 'Blob', oid: (await r.fx.git(['rev-parse', 'HEAD:.ai-sync/claims.yml'])).trim(), text: 'claims: []\n', isBinary: false, isTruncated: false, byteSize: 11 });
    expect(res.repository.f1).toBeNull();
    expect(res.repository.f2).toMatchObject({ __typename: 'Blob', isBinary: true, text: null });
    expect(res.repository.c0).toEqual({ __typename: 'Commit', oid: sha, message: 'initial commit', author: { name: 'Fixture Author', email: 'fixture@example.com' }, committer: { name: 'Fixture Author', email: 'fixture@example.com' } });
    expect(res.viewer.login).toBe('github-actions');
  });

  it('lists tree entries with their modes (a symbolic link is 40960 = 0o120000) for the root ("<rev>:") and a directory', async () => {
    const own = await rig({ fixture: { initialFiles: { 'docs/claims.md': '# claims\n', 'docs/run.sh': '#!/bin/sh\n' } } });
    try {
      own.fx.symlink('AI_CURRENT_WORK.md', 'docs/claims.md');
      chmodSync(join(own.fx.workDir, 'docs/run.sh'), 0o755);
      const sha = await own.fx.commit('link the claims file');
      await own.fx.push('main');
      const q = `query($owner: String!, $name: String!, $t0: String!, $t1: String!, $f0: String!) {
        repository(owner: $owner, name: $name) {
          t0: object(expression: $t0) { __typename ... on Tree { entries { name mode type } } }
          t1: object(expression: $t1) { __typename ... on Tree { entries { name mode type } } }
          f0: object(expression: $f0) { __typename ... on Blob { text } }
        } }`;
      const res = await gql(own.si)<{ repository: Record<string, { __typename: string; entries?: unknown[]; text?: string }> }>(q, {
        owner: own.fx.owner,
        name: own.fx.repo,
        t0: `${sha}:`,
        t1: 'main:docs',
        f0: `${sha}:AI_CURRENT_WORK.md`
      });
      expect(res.repository.t0).toEqual({
        __typename: 'Tree',
        entries: [
          { name: 'AI_CURRENT_WORK.md', mode: 0o120000, type: 'blob' },
          { name: 'docs', mode: 0o40000, type: 'tree' }
        ]
      });
      expect(res.repository.t1?.entries).toEqual([
        { name: 'claims.md', mode: 0o100644, type: 'blob' },
        { name: 'run.sh', mode: 0o100755, type: 'blob' }
      ]);
      // As on GitHub, the expression does not follow the link: the blob holds the target path.
      expect(res.repository.f0).toEqual({ __typename: 'Blob', text: 'docs/claims.md' });
      expect(own.si.violations).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('answers other queries with GraphQL errors', async () => {
    await expect(gql(r.si)('query { viewer { login name } }')).rejects.toThrow(/Field 'name' doesn't exist on type 'User'/);
    await expect(gql(r.si)('mutation { addStar(input: {}) { clientMutationId } }')).rejects.toThrow(/queries only/);
    await expect(gql(r.si)('query { repository(owner: "x", name: "y") { name } }')).rejects.toThrow(/Could not resolve to a Repository/);
    await expect(gql(r.si, 'wrong')('query { viewer { login } }')).rejects.toMatchObject({ status: 401 });
  });
});

describe('REST basics', () => {
  it('GET /user is 403 for a GITHUB_TOKEN; the repository is served', async () => {
    const e = await r.gh.rest.users.getAuthenticated().catch((x: { status: number; response: { data: { message: string } } }) => x);
    expect(e).toMatchObject({ status: 403, response: { data: { message: 'Resource not accessible by integration' } } });
    const repo = await r.gh.rest.repos.get({ owner: r.fx.owner, repo: r.fx.repo });
    expect(repo.data).toMatchObject({ full_name: `${r.fx.owner}/${r.fx.repo}`, default_branch: 'main', private: true });
    expect(repo.headers['x-ratelimit-limit']).toBe('5000');
    expect(repo.headers['x-github-request-id']).toMatch(/^[0-9A-F:]+$/);
    expect(repo.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('401s a wrong token, Bearer works, the token never reaches the log', async () => {
    expect(await statusOf(client(r.si, 'nope').rest.repos.get({ owner: r.fx.owner, repo: r.fx.repo }))).toBe(401);
    const bearer = await fetch(`${r.si.url}/repos/${r.fx.owner}/${r.fx.repo}`, { headers: { authorization: `Bearer ${r.si.token}` } });
    expect(bearer.status).toBe(200);
    expect(JSON.stringify(r.si.requests)).not.toContain(r.si.token);
  });

  it('records an unserved route as a violation', async () => {
    expect(await statusOf(r.gh.request('GET /repos/{owner}/{repo}/branches', { owner: r.fx.owner, repo: r.fx.repo }))).toBe(404);
    expect(r.si.violations).toEqual([`unserved route: GET /repos/${r.fx.owner}/${r.fx.repo}/branches`]);
    r.si.violations.length = 0;
  });

  it('serves exactly the operations the OpenAPI subset holds (cut script, subset and routes agree)', () => {
    const v = openApiValidator();
    const routes = ROUTES.map((x) => `${x.method} ${x.template}`).sort();
    expect(routes).toEqual(SERVED.map(([m, p]) => `${m.toUpperCase()} ${p}`).sort());
    for (const x of ROUTES) expect(v.has(x.method, x.template)).toBe(true);
    const subset = JSON.parse(readFileSync(new URL('../../../test-support/github-standin/openapi-subset.json', import.meta.url), 'utf8')) as { 'x-subset-of': { package: string } };
    expect(subset['x-subset-of'].package).toMatch(/^@octokit\/openapi@\d+\.\d+\.\d+$/);
  });

  it('the validator rejects a response that breaks the schema', () => {
    const v = openApiValidator();
    expect(v.validateResponse('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 200, [{ id: 'one' }])[0]).toMatch(/^issues\/list-comments 200 response: \/0/);
    expect(v.validateResponse('GET', '/repos/{owner}/{repo}', 201, {})).toEqual(['repos/get 201 response: status 201 is not documented for this operation']);
    expect(v.validateResponse('GET', '/repos/{owner}/{repo}', 418, { message: 'teapot' })).toEqual([]);
    expect(v.validateRequest('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', {})[0]).toMatch(/must have required property 'body'/);
  });
});

describe('faults', () => {
  const get = () => r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'README.md' });

  it('rate 1.0 of kind 500: every request is a 500, recorded as a fault, and no write half-applies', async () => {
    r.si.setFaults({ seed: 1, rate: 1, kinds: ['500'] });
    expect(await statusOf(get())).toBe(500);
    const before = await r.fx.remoteSha('main');
    expect(await statusOf(r.gh.rest.repos.createOrUpdateFileContents({ owner: r.fx.owner, repo: r.fx.repo, path: 'x.txt', message: 'x', content: 'eA==' }))).toBe(500);
    expect(await r.fx.remoteSha('main')).toBe(before);
    expect(r.si.requests.slice(-2).map((q) => [q.status, q.fault])).toEqual([
      [500, '500'],
      [500, '500']
    ]);
  });

  it('down: 503 for everything; reset destroys the socket', async () => {
    r.si.setFaults({ down: true });
    expect(await statusOf(get())).toBe(503);
    await expect(gql(r.si)('query { viewer { login } }')).rejects.toMatchObject({ status: 503 });
    r.si.setFaults({ down: true, how: 'reset' });
    expect(await statusOf(get())).toBe(500); // Octokit reports a network failure as status 500
    expect(r.si.requests.at(-1)).toMatchObject({ status: 0, fault: 'down-reset' });
  });

  it('rate limits: 403 with remaining 0, 429 with retry-after; persistent 404; slow', async () => {
    r.si.setFaults({ seed: 2, rate: 1, kinds: ['403-rate'] });
    const e403 = await get().catch((x: { status: number; response: { headers: Record<string, string> } }) => x);
    expect(e403).toMatchObject({ status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } });
    r.si.setFaults({ seed: 2, rate: 1, kinds: ['429'] });
    const e429 = await get().catch((x: { status: number; response: { headers: Record<string, string> } }) => x);
    expect(e429).toMatchObject({ status: 429, response: { headers: { 'retry-after': '1' } } });
    r.si.setFaults({ persistent404: '/contents/README' });
    expect(await statusOf(get())).toBe(404);
    expect((await r.gh.rest.repos.get({ owner: r.fx.owner, repo: r.fx.repo })).status).toBe(200);
    r.si.setFaults({ seed: 3, rate: 1, kinds: ['slow'], slowMs: 150 });
    const t0 = Date.now();
    expect((await get()).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('is seeded: the same seed faults the same requests; match narrows the candidates', async () => {
    const pattern = async (seed: number) => {
      r.si.setFaults({ seed, rate: 0.5, kinds: ['502'], match: (m, p) => m === 'GET' && p.includes('/contents/') });
      const out: (number | 'ok')[] = [];
      for (let i = 0; i < 12; i++) out.push(await statusOf(get()));
      expect((await r.gh.rest.repos.get({ owner: r.fx.owner, repo: r.fx.repo })).status).toBe(200);
      return out;
    };
    const a = await pattern(42);
    const b = await pattern(42);
    expect(a).toEqual(b);
    expect(a).toContain(502);
    expect(a).toContain('ok');
    const rng = mulberry32(7);
    const xs = Array.from({ length: 1000 }, rng);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe('GHES prefix', () => {
  it('serves REST under /api/v3 and GraphQL at /api/graphql', async () => {
    const si = await startStandIn({ gitDir: r.fx.gitDir, owner: r.fx.owner, repo: r.fx.repo, pathPrefix: '/api/v3', token: 'ghs_ghes' });
    try {
      expect(si.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
      expect(si.graphqlUrl).toBe(`${si.origin}/api/graphql`);
      const gh = client(si);
      const f = await gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'README.md' });
      expect(f.status).toBe(200);
      const res = await fetch(si.graphqlUrl, { method: 'POST', headers: { authorization: 'bearer ghs_ghes', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { login } }' }) });
      expect(await res.json()).toEqual({ data: { viewer: { login: 'github-actions' } } });
      expect((await gh.graphql<{ viewer: { login: string } }>('{ viewer { login } }')).viewer.login).toBe('github-actions');
      expect(si.requests.map((q) => q.path)).toEqual([`/api/v3/repos/${r.fx.owner}/${r.fx.repo}/contents/README.md`, '/api/graphql', '/api/graphql']);
      expect(await statusOf(client({ ...si, url: si.origin }).rest.repos.get({ owner: r.fx.owner, repo: r.fx.repo }))).toBe(404);
      expect(si.violations).toEqual([`unserved route: GET /repos/${r.fx.owner}/${r.fx.repo}`]);
    } finally {
      await si.close();
    }
  });
});
