// The issue labels routes (list, set) as actions/labeler uses them: labels created on first use with GitHub's
// defaults, matched without regard to case, replaced by a set, shown on the pull request; errors as on GitHub.
import { CREATED_LABEL_COLOR } from '../../../test-support/github-standin/index.js';
import { advance, client, linkRel, statusOf } from '../helpers/standin.js';
import { useStandIn } from '../helpers/rig.js';

const r = useStandIn({ fixture: { initialFiles: { 'README.md': 'hi\n' } } });
const repo = () => ({ owner: r.fx.owner, repo: r.fx.repo });

beforeAll(async () => {
  await r.fx.checkout('agent/labels', { create: true });
  await advance(r.fx, 'agent/labels', [['src/a.ts', 'a\n', 'a']]);
  r.si.pulls.create({ number: 3, head: 'agent/labels', base: 'main', user: 'octocat', title: 'Labels' });
  r.si.pulls.create({ number: 4, head: 'agent/labels', base: 'main', user: 'octocat', title: 'More labels' });
  r.si.labels.define('Docs', { color: '0075ca', description: 'Improvements or additions to documentation' });
});

describe('PUT issue labels (set)', () => {
  it('creates missing labels grey and without a description, reuses existing ones whatever the case, and shows them on the pull', async () => {
    const res = await r.gh.rest.issues.setLabels({ ...repo(), issue_number: 3, labels: ['backend', 'docs', 'Backend'] });
    expect(res.status).toBe(200);
    expect(res.data.map((l) => [l.name, l.color, l.description, l.default])).toEqual([
      ['backend', CREATED_LABEL_COLOR, null, false],
      ['Docs', '0075ca', 'Improvements or additions to documentation', false]
    ]);
    expect(res.data[0]!.url).toBe(`${r.si.url}/repos/${r.fx.owner}/${r.fx.repo}/labels/backend`);
    const pull = await r.gh.rest.pulls.get({ ...repo(), pull_number: 3 });
    expect(pull.data.labels.map((l) => l.name)).toEqual(['backend', 'Docs']);
    expect(pull.data.labels[0]).toEqual(res.data[0]);
    expect((await r.gh.rest.pulls.get({ ...repo(), pull_number: 4 })).data.labels).toEqual([]);
    expect(r.si.labels.all().map((l) => l.name)).toEqual(['Docs', 'backend']);
  });

  it('replaces the labels: kept ones stay in place, new ones follow in the order given (names as objects too)', async () => {
    await r.gh.rest.issues.setLabels({ ...repo(), issue_number: 3, labels: ['backend', 'docs'] });
    const res = await r.gh.rest.issues.setLabels({ ...repo(), issue_number: 3, labels: [{ name: 'tests' }, { name: 'DOCS' }] });
    expect(res.data.map((l) => l.name)).toEqual(['Docs', 'tests']);
    expect((await r.gh.rest.issues.listLabelsOnIssue({ ...repo(), issue_number: 3 })).data.map((l) => l.name)).toEqual(['Docs', 'tests']);
    // the repository keeps a label no issue carries any more
    expect(r.si.labels.all().map((l) => l.name)).toEqual(['Docs', 'backend', 'tests']);
    r.si.labels.clear(3);
    expect((await r.gh.rest.issues.listLabelsOnIssue({ ...repo(), issue_number: 3 })).data).toEqual([]);
  });

  it('answers 404 for an issue it does not know, 422 without labels, 403 to a token that may not write, 401 to a wrong token', async () => {
    expect(await statusOf(r.gh.rest.issues.setLabels({ ...repo(), issue_number: 99, labels: ['x'] }))).toBe(404);
    expect(await statusOf(r.gh.rest.issues.listLabelsOnIssue({ ...repo(), issue_number: 99 }))).toBe(404);
    expect(await statusOf(r.gh.request('PUT /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...repo(), issue_number: 3, data: {} }))).toBe(422);
    r.si.setCommentsForbidden(true);
    try {
      const e = await r.gh.rest.issues.setLabels({ ...repo(), issue_number: 3, labels: ['x'] }).catch((x: { status: number; response: { data: { message: string } } }) => x);
      expect(e).toMatchObject({ status: 403, response: { data: { message: 'Resource not accessible by integration' } } });
    } finally {
      r.si.setCommentsForbidden(false);
    }
    expect(await statusOf(client(r.si, 'ghs_wrong').rest.issues.setLabels({ ...repo(), issue_number: 3, labels: ['x'] }))).toBe(401);
    expect(r.si.labels.list(3)).toEqual([]);
  });
});

describe('GET issue labels (list)', () => {
  it('pages 35 labels at 30 a page with GitHub’s Link header', async () => {
    const names = Array.from({ length: 35 }, (_, i) => `area-${String(i).padStart(2, '0')}`);
    await r.gh.rest.issues.setLabels({ ...repo(), issue_number: 4, labels: names });
    const first = await r.gh.rest.issues.listLabelsOnIssue({ ...repo(), issue_number: 4 });
    expect(first.data).toHaveLength(30);
    expect(linkRel(first.headers.link, 'next')).toContain('page=2');
    const all = await r.gh.paginate(r.gh.rest.issues.listLabelsOnIssue, { ...repo(), issue_number: 4 });
    expect(all.map((l) => l.name)).toEqual(names);
    expect(r.si.requests.filter((q) => q.operation === 'issues/list-labels-on-issue').length).toBeGreaterThanOrEqual(3);
  });
});
