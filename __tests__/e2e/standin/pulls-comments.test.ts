import { advance, author, client, statusOf } from '../helpers/standin.js';
import { useStandIn } from '../helpers/rig.js';

const r = useStandIn({ fixture: { initialFiles: { 'README.md': 'hi\n', 'keep.txt': 'keep\n' } } });

let headSha: string;

beforeAll(async () => {
  await r.fx.checkout('agent/work', { create: true });
  for (let i = 0; i < 249; i++) r.fx.write(`src/m${String(i).padStart(3, '0')}.ts`, `export const v${i} = ${i};\n`);
  await r.fx.commit('249 files', { author });
  r.fx.write('keep.txt', 'kept, changed\n');
  headSha = await r.fx.commit('change keep', { author });
  await r.fx.push('agent/work');
  await advance(r.fx, 'main', [['base-only.txt', 'main moved\n', 'main moves']]);
  r.si.pulls.create({ number: 7, head: 'agent/work', base: 'main', user: 'octocat', title: 'Agent work', draft: true, updatedAt: '2024-05-01T10:00:00Z' });
});

const repo = () => ({ owner: r.fx.owner, repo: r.fx.repo });

describe('pulls', () => {
  it('shows a pull from the store with live head/base shas', async () => {
    const pr = await r.gh.rest.pulls.get({ ...repo(), pull_number: 7 });
    expect(pr.data).toMatchObject({
      number: 7,
      title: 'Agent work',
      draft: true,
      state: 'open',
      updated_at: '2024-05-01T10:00:00Z',
      user: { login: 'octocat' },
      head: { ref: 'agent/work', sha: headSha },
      base: { ref: 'main', sha: await r.fx.remoteSha('main') },
      changed_files: 250,
      commits: 2
    });
    expect(pr.data.html_url).toBe(`${r.si.origin}/${r.fx.owner}/${r.fx.repo}/pull/7`);

    // a push to the head branch shows up at once
    await r.fx.checkout('agent/work');
    r.fx.write('keep.txt', 'kept, changed late\n');
    const late = await r.fx.commit('late', { author });
    await r.fx.push('agent/work');
    await r.fx.checkout('main');
    expect((await r.gh.rest.pulls.get({ ...repo(), pull_number: 7 })).data.head.sha).toBe(late);
    r.si.pulls.update(7, { title: 'Renamed', draft: false });
    expect((await r.gh.rest.pulls.get({ ...repo(), pull_number: 7 })).data).toMatchObject({ title: 'Renamed', draft: false });
    expect(await statusOf(r.gh.rest.pulls.get({ ...repo(), pull_number: 99 }))).toBe(404);
  });

  it('pages 250 files at 100 a page (merge base → head, base-only changes excluded)', async () => {
    const files = await r.gh.paginate(r.gh.rest.pulls.listFiles, { ...repo(), pull_number: 7, per_page: 100 });
    expect(files).toHaveLength(250);
    expect(new Set(files.map((f) => f.filename)).size).toBe(250);
    expect(files.some((f) => f.filename === 'base-only.txt')).toBe(false);
    expect(files.find((f) => f.filename === 'keep.txt')).toMatchObject({ status: 'modified', additions: 1, deletions: 1 });
    const calls = r.si.requests.filter((q) => q.operation === 'pulls/list-files');
    expect(calls.map((q) => q.query.page ?? '1')).toEqual(['1', '2', '3']);
    const small = await r.gh.rest.pulls.listFiles({ ...repo(), pull_number: 7 });
    expect(small.data).toHaveLength(30);
  });

  it('lists the pull’s commits oldest first', async () => {
    const commits = await r.gh.paginate(r.gh.rest.pulls.listCommits, { ...repo(), pull_number: 7, per_page: 2 });
    expect(commits.map((c) => c.commit.message)).toEqual(['249 files', 'change keep', 'late']);
  });
});

describe('issue comments', () => {
  it('create, list (oldest first, paginated), update, delete', async () => {
    const seeded = r.si.addComment(7, 'a human wrote this', 'octocat');
    expect(seeded.user).toMatchObject({ login: 'octocat', type: 'User' });
    const created = await r.gh.rest.issues.createComment({ ...repo(), issue_number: 7, body: 'status: ok' });
    expect(created.status).toBe(201);
    expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(created.data.id).toBeGreaterThan(seeded.id);
    expect(created.data.html_url).toContain('/pull/7#issuecomment-');
    for (let i = 0; i < 3; i++) await r.gh.rest.issues.createComment({ ...repo(), issue_number: 7, body: `more ${i}` });
    const all = await r.gh.paginate(r.gh.rest.issues.listComments, { ...repo(), issue_number: 7, per_page: 2 });
    expect(all.map((c) => c.body)).toEqual(['a human wrote this', 'status: ok', 'more 0', 'more 1', 'more 2']);

    const updated = await r.gh.rest.issues.updateComment({ ...repo(), comment_id: created.data.id, body: 'status: changed' });
    expect(updated.data.body).toBe('status: changed');
    expect((await r.gh.rest.issues.deleteComment({ ...repo(), comment_id: created.data.id })).status).toBe(204);
    expect(await statusOf(r.gh.rest.issues.deleteComment({ ...repo(), comment_id: created.data.id }))).toBe(404);
    expect(await statusOf(r.gh.rest.issues.updateComment({ ...repo(), comment_id: created.data.id, body: 'x' }))).toBe(404);
    expect((await r.gh.rest.issues.listComments({ ...repo(), issue_number: 7 })).data).toHaveLength(4);
    expect(await statusOf(r.gh.rest.issues.createComment({ ...repo(), issue_number: 7, body: 'x'.repeat(65537) }))).toBe(422);
  });

  it('answers 403 to writes when comments are forbidden', async () => {
    r.si.setCommentsForbidden(true);
    try {
      const e = await r.gh.rest.issues.createComment({ ...repo(), issue_number: 7, body: 'nope' }).catch((x: { status: number; response: { data: { message: string } } }) => x);
      expect(e).toMatchObject({ status: 403, response: { data: { message: 'Resource not accessible by integration' } } });
      expect((await r.gh.rest.issues.listComments({ ...repo(), issue_number: 7 })).status).toBe(200);
    } finally {
      r.si.setCommentsForbidden(false);
    }
  });

  it('requires the token', async () => {
    expect(await statusOf(client(r.si, 'ghs_wrong').rest.issues.listComments({ ...repo(), issue_number: 7 }))).toBe(401);
  });
});
