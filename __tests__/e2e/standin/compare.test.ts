import { advance, author, linkRel, statusOf } from '../helpers/standin.js';
import { useStandIn } from '../helpers/rig.js';

const r = useStandIn();

let base: string;
let wide: string;
const feature: string[] = [];

beforeAll(async () => {
  base = await r.fx.revParse('HEAD');
  // feature: 5 commits ahead of main's start
  await r.fx.checkout('feature', { create: true });
  for (let i = 1; i <= 5; i++) {
    r.fx.write(`feature/f${i}.txt`, `line ${i}\n`);
    feature.push(await r.fx.commit(`feature ${i}`, { author }));
  }
  await r.fx.push('feature');
  // wide: one commit touching 350 files (plus a rename and a removal)
  await r.fx.checkout('wide', { create: true, from: 'main' });
  for (let i = 0; i < 350; i++) r.fx.write(`wide/file-${String(i).padStart(3, '0')}.txt`, `content ${i}\n`);
  r.fx.rename('README.md', 'docs/README.md');
  wide = await r.fx.commit('350 files', { author });
  await r.fx.push('wide');
  // main moves on by 2 → diverged from feature
  await advance(r.fx, 'main', [
    ['main-1.txt', 'm1\n', 'main 1'],
    ['main-2.txt', 'm2\n', 'main 2']
  ]);
});

const cmp = (basehead: string, extra: { per_page?: number; page?: number } = {}) =>
  r.gh.rest.repos.compareCommitsWithBasehead({ owner: r.fx.owner, repo: r.fx.repo, basehead, ...extra });

describe('compare', () => {
  it('reports ahead, behind, identical and diverged', async () => {
    const ahead = await cmp(`${base}...feature`);
    expect(ahead.data).toMatchObject({ status: 'ahead', ahead_by: 5, behind_by: 0, total_commits: 5 });
    expect(ahead.data.merge_base_commit.sha).toBe(base);
    expect(ahead.data.base_commit.sha).toBe(base);
    expect(ahead.data.commits.map((c) => c.sha)).toEqual(feature);
    expect(ahead.data.files!.map((f) => f.filename)).toEqual(['feature/f1.txt', 'feature/f2.txt', 'feature/f3.txt', 'feature/f4.txt', 'feature/f5.txt']);
    expect(ahead.data.files![0]).toMatchObject({ status: 'added', additions: 1, deletions: 0, changes: 1 });
    expect(ahead.data.files![0]!.patch).toBe('@@ -0,0 +1 @@\n+line 1');

    const behind = await cmp(`feature...${base}`);
    expect(behind.data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 5 });
    expect((await cmp('main...main')).data).toMatchObject({ status: 'identical', ahead_by: 0, behind_by: 0, commits: [] });
    const diverged = await cmp('main...feature');
    expect(diverged.data).toMatchObject({ status: 'diverged', ahead_by: 5, behind_by: 2 });
    expect(diverged.data.merge_base_commit.sha).toBe(base);
    // owner:branch form
    expect((await cmp(`${r.fx.owner}:main...${r.fx.owner}:feature`)).data.status).toBe('diverged');
  });

  it('paginates commits oldest first, following Link headers', async () => {
    const seen: string[] = [];
    let res = await cmp('main...feature', { per_page: 2 });
    expect(linkRel(res.headers.link, 'last')).toMatch(/page=3/);
    for (;;) {
      seen.push(...res.data.commits.map((c) => c.sha));
      const next = linkRel(res.headers.link, 'next');
      if (!next) break;
      expect(next.startsWith(r.si.url)).toBe(true);
      res = (await r.gh.request(`GET ${next}`)) as typeof res;
      expect(res.data.files ?? []).toEqual([]); // files come with the first page only
    }
    expect(seen).toEqual(feature);
    expect(r.si.requests.filter((q) => q.operation === 'repos/compare-commits-with-basehead' && q.query.per_page === '2')).toHaveLength(3);
  });

  it('caps files at 300 and detects renames', async () => {
    const res = await cmp(`main...wide`);
    expect(res.data.files).toHaveLength(300);
    const all = await r.gh.rest.repos.getCommit({ owner: r.fx.owner, repo: r.fx.repo, ref: wide });
    const renamed = all.data.files!.find((f) => f.status === 'renamed');
    expect(renamed).toMatchObject({ filename: 'docs/README.md', previous_filename: 'README.md' });
  });

  it('404 when a side is unknown', async () => {
    expect(await statusOf(cmp('main...nope'))).toBe(404);
    expect(await statusOf(cmp('nope...main'))).toBe(404);
    expect(await statusOf(cmp('someone-else:main...feature'))).toBe(404);
  });
});

describe('commits', () => {
  it('shows a commit with stats and its files against the first parent, paginated', async () => {
    const first = await r.gh.rest.repos.getCommit({ owner: r.fx.owner, repo: r.fx.repo, ref: wide });
    expect(first.data.files).toHaveLength(300);
    expect(first.data.stats).toMatchObject({ additions: 350, deletions: 0 });
    expect(first.data.parents.map((p) => p.sha)).toEqual([base]);
    expect(first.data.commit.author).toMatchObject({ name: author.name, email: author.email });
    const pages = [];
    for await (const page of r.gh.paginate.iterator(r.gh.rest.repos.getCommit, { owner: r.fx.owner, repo: r.fx.repo, ref: wide, per_page: 100 })) {
      pages.push((page.data as unknown as { files: { filename: string }[] }).files.map((f) => f.filename));
    }
    expect(pages.map((p) => p.length)).toEqual([100, 100, 100, 51]);
    expect(new Set(pages.flat()).size).toBe(351);
  });

  it('shows a root commit as all-added, resolves branches, and 422s unknown refs', async () => {
    const root = await r.gh.rest.repos.getCommit({ owner: r.fx.owner, repo: r.fx.repo, ref: base });
    expect(root.data.parents).toEqual([]);
    expect(root.data.files!.map((f) => [f.filename, f.status])).toEqual([['README.md', 'added']]);
    const byBranch = await r.gh.rest.repos.getCommit({ owner: r.fx.owner, repo: r.fx.repo, ref: 'feature' });
    expect(byBranch.data.sha).toBe(feature[4]);
    expect(await statusOf(r.gh.rest.repos.getCommit({ owner: r.fx.owner, repo: r.fx.repo, ref: 'no-such' }))).toBe(422);
  });

  it('lists commits of a branch newest first, and reads refs', async () => {
    const list = await r.gh.rest.repos.listCommits({ owner: r.fx.owner, repo: r.fx.repo, sha: 'feature', per_page: 4 });
    expect(list.data.map((c) => c.sha)).toEqual([...feature].reverse().slice(0, 4));
    expect(linkRel(list.headers.link, 'next')).toBeDefined();
    const ref = await r.gh.rest.git.getRef({ owner: r.fx.owner, repo: r.fx.repo, ref: 'heads/feature' });
    expect(ref.data).toMatchObject({ ref: 'refs/heads/feature', object: { sha: feature[4], type: 'commit' } });
    expect(await statusOf(r.gh.rest.git.getRef({ owner: r.fx.owner, repo: r.fx.repo, ref: 'heads/none' }))).toBe(404);
  });
});
