import { githubBase64 } from '../../../test-support/github-standin/index.js';
import { author, statusOf } from '../helpers/standin.js';
import { useStandIn } from '../helpers/rig.js';

const r = useStandIn({ fixture: { initialFiles: { 'README.md': '# hello\n', 'docs/a.md': 'a\n', 'docs/b.md': 'b\n', 'bin/run.sh': '#!/bin/sh\n' } } });

let first: string;

beforeAll(async () => {
  first = await r.fx.revParse('HEAD');
  r.fx.write('README.md', '# hello, again\n');
  await r.fx.commit('second', { author });
  await r.fx.push('main');
});

describe('GET contents', () => {
  it('reads a file as base64 at a branch and at a sha, with GitHub’s 60-column lines', async () => {
    const atBranch = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'README.md', ref: 'main' });
    const f = atBranch.data as { type: string; encoding: string; content: string; sha: string; size: number; name: string; path: string };
    expect(f).toMatchObject({ type: 'file', encoding: 'base64', name: 'README.md', path: 'README.md', size: 15 });
    expect(Buffer.from(f.content, 'base64').toString()).toBe('# hello, again\n');
    expect(f.content.endsWith('\n')).toBe(true);
    expect(f.sha).toBe((await r.fx.git(['rev-parse', 'main:README.md'])).trim());

    const atSha = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'README.md', ref: first });
    expect(Buffer.from((atSha.data as { content: string }).content, 'base64').toString()).toBe('# hello\n');

    const long = Buffer.alloc(200, 7);
    expect(githubBase64(long).split('\n').slice(0, -1).every((l) => l.length <= 60)).toBe(true);
  });

  it('defaults to the default branch and serves raw bytes for the raw media type', async () => {
    const raw = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'README.md', mediaType: { format: 'raw' } });
    expect(raw.data).toBe('# hello, again\n');
    expect(raw.headers['content-type']).toMatch(/^application\/vnd\.github\.raw/);
    const rawOld = await r.gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: r.fx.owner,
      repo: r.fx.repo,
      path: 'README.md',
      ref: first,
      headers: { accept: 'application/vnd.github.raw+json' }
    });
    expect(rawOld.data).toBe('# hello\n');
  });

  it('lists a directory and the root', async () => {
    const dir = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'docs' });
    expect(Array.isArray(dir.data)).toBe(true);
    expect((dir.data as Array<{ name: string; type: string }>).map((e) => [e.name, e.type])).toEqual([
      ['a.md', 'file'],
      ['b.md', 'file']
    ]);
    const root = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: '' });
    expect((root.data as Array<{ name: string; type: string }>).map((e) => `${e.type}:${e.name}`).sort()).toEqual(['dir:bin', 'dir:docs', 'file:README.md']);
  });

  it('handles paths that need encoding and branch names with slashes', async () => {
    const path = 'docs/a b ü#1.md';
    const res = await r.gh.rest.repos.createOrUpdateFileContents({ owner: r.fx.owner, repo: r.fx.repo, path, message: 'odd name', content: Buffer.from('odd\n').toString('base64') });
    expect(res.data.content?.path).toBe(path);
    await r.fx.git(['fetch', '-q', 'origin']);
    await r.fx.checkout('feature/odd', { create: true, from: 'origin/main' });
    await r.fx.push('feature/odd');
    await r.fx.checkout('main');
    const got = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path, ref: 'feature/odd' });
    expect(got.data).toMatchObject({ path, name: 'a b ü#1.md' });
    const raw = await fetch(`${r.si.url}/repos/${r.fx.owner}/${r.fx.repo}/contents/docs%2Fa%20b%20%C3%BC%231.md?ref=feature%2Fodd`, {
      headers: { authorization: `token ${r.si.token}`, accept: 'application/vnd.github.raw' }
    });
    expect(await raw.text()).toBe('odd\n');
    await r.fx.git(['tag', 'v1.0', first]);
    await r.fx.git(['push', '-q', 'origin', 'refs/tags/v1.0']);
    const atTag = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'README.md', ref: 'v1.0' });
    expect(Buffer.from((atTag.data as { content: string }).content, 'base64').toString()).toBe('# hello\n');
  });

  it('answers 404 for a missing path or ref', async () => {
    expect(await statusOf(r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'nope.md' }))).toBe(404);
    expect(await statusOf(r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'README.md', ref: 'no-such-branch' }))).toBe(404);
    expect(await statusOf(r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: 'other-repo', path: 'README.md' }))).toBe(404);
    try {
      await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'docs/zzz.md' });
    } catch (e) {
      expect((e as { response: { data: unknown } }).response.data).toMatchObject({ message: 'Not Found', status: '404' });
    }
  });

  it('gives no content for files over 1 MB in JSON, but serves them raw', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10) + '\n';
    const res = await r.gh.rest.repos.createOrUpdateFileContents({ owner: r.fx.owner, repo: r.fx.repo, path: 'big/file.txt', message: 'big', content: Buffer.from(big).toString('base64') });
    expect(res.status).toBe(201);
    const json = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'big/file.txt' });
    expect(json.data).toMatchObject({ encoding: 'none', content: '', size: big.length });
    const raw = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'big/file.txt', mediaType: { format: 'raw' } });
    expect((raw.data as unknown as string).length).toBe(big.length);
  });
});

describe('PUT contents', () => {
  const put = (path: string, text: string, extra: { sha?: string; branch?: string } = {}) =>
    r.gh.rest.repos.createOrUpdateFileContents({
      owner: r.fx.owner,
      repo: r.fx.repo,
      path,
      message: `write ${path}`,
      content: Buffer.from(text).toString('base64'),
      committer: { name: 'Bot Writer', email: 'bot@example.com' },
      author,
      ...extra
    });

  it('creates (201) then updates (200) with real commits on the branch', async () => {
    const before = await r.fx.remoteSha('main');
    const created = await put('claims/new.yml', 'one\n');
    expect(created.status).toBe(201);
    expect(created.data.commit.parents?.[0]?.sha).toBe(before);
    expect(created.data.commit.author).toMatchObject(author);
    expect(created.data.commit.committer).toMatchObject({ name: 'Bot Writer', email: 'bot@example.com' });
    expect(await r.fx.remoteSha('main')).toBe(created.data.commit.sha);

    const updated = await put('claims/new.yml', 'two\n', { sha: created.data.content!.sha! });
    expect(updated.status).toBe(200);
    const log = (await r.fx.git(['--git-dir', r.fx.gitDir, 'log', '--format=%H %s', '-3', 'main'])).trim().split('\n');
    expect(log[0]).toBe(`${updated.data.commit.sha} write claims/new.yml`);
    expect(log[1]).toBe(`${created.data.commit.sha} write claims/new.yml`);
    const text = (await r.fx.git(['--git-dir', r.fx.gitDir, 'show', 'main:claims/new.yml'])).toString();
    expect(text).toBe('two\n');
  });

  it('422 when the file exists and no sha is given; 409 when the sha is stale; 404 for a missing branch', async () => {
    expect(await statusOf(put('README.md', 'x'))).toBe(422);
    expect(await statusOf(put('README.md', 'x', { sha: 'a'.repeat(40) }))).toBe(409);
    expect(await statusOf(put('new-file.md', 'x', { branch: 'no-such-branch' }))).toBe(404);
    try {
      await put('README.md', 'x');
    } catch (e) {
      expect((e as { response: { data: { message: string } } }).response.data.message).toContain('"sha" wasn\'t supplied');
    }
  });

  it('writes to another branch', async () => {
    await r.fx.checkout('side', { create: true });
    await r.fx.push('side');
    const res = await put('side.txt', 'side\n', { branch: 'side' });
    expect(res.status).toBe(201);
    expect(await r.fx.remoteSha('side')).toBe(res.data.commit.sha);
    await r.fx.checkout('main');
  });

  it('two concurrent PUTs with the same sha: exactly one wins, the other gets 409, one new commit', async () => {
    const base = await put('race/claims.yml', 'v0\n');
    const sha = base.data.content!.sha!;
    const tip = base.data.commit.sha!;
    for (let round = 0; round < 3; round++) {
      const cur = round === 0 ? { sha, tip } : await (async () => {
        const g = await r.gh.rest.repos.getContent({ owner: r.fx.owner, repo: r.fx.repo, path: 'race/claims.yml' });
        return { sha: (g.data as { sha: string }).sha, tip: (await r.fx.remoteSha('main'))! };
      })();
      const results = await Promise.all([
        statusOf(put('race/claims.yml', `a${round}\n`, { sha: cur.sha })),
        statusOf(put('race/claims.yml', `b${round}\n`, { sha: cur.sha })),
        statusOf(put('race/claims.yml', `c${round}\n`, { sha: cur.sha }))
      ]);
      expect(results.filter((s) => s === 'ok')).toHaveLength(1);
      expect(results.filter((s) => s === 409)).toHaveLength(2);
      const added = (await r.fx.git(['--git-dir', r.fx.gitDir, 'rev-list', `${cur.tip}..main`])).trim().split('\n').filter(Boolean);
      expect(added).toHaveLength(1);
    }
  });

  it('checks the request body against the OpenAPI request schema', async () => {
    const res = await r.gh.request('PUT /repos/{owner}/{repo}/contents/{path}', {
      owner: r.fx.owner,
      repo: r.fx.repo,
      path: 'x.txt',
      message: 42 as unknown as string,
      content: 'eA=='
    }).catch((e: { status: number }) => e);
    expect((res as { status: number }).status).toBe(422);
    expect(r.si.violations.some((v) => v.startsWith('repos/create-or-update-file-contents request body'))).toBe(true);
    r.si.violations.length = 0;
  });
});
