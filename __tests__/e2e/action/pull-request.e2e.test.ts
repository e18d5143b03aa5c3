// The bundled action on pull_request events: the whole PR is one agent's work; exactly one sticky comment.
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../../test-support/action-run.js';
import { COMMENT_MARKER } from '../../../src/report/comment.js';
import { pullRequestEvent } from '../../../test-support/github-standin/index.js';
import { CLAIMED_FILE, HUMAN, SEED_CHECKIN, SEED_FILES, iso, type Rig } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';

const H = 3_600_000;
const rigs = useRigs();

const CONFIG = 'agents:\n  Claude Code:\n    branches: ["claude/**"]\n    aliases: ["claude-bot"]\n';

async function openPr(r: Rig, file = CLAIMED_FILE) {
  await r.fx.checkout('claude/tracking', { create: true });
  r.fx.write(file, 'claude was here\n');
  await r.fx.commit('feat: tracking tweaks', { author: HUMAN });
  await r.fx.push('claude/tracking');
  return r.si.pulls.create({ head: 'claude/tracking', base: 'main', user: 'octocat', title: 'Tracking tweaks @octocat <b>x</b>', updatedAt: iso(SEED_CHECKIN + H) });
}

async function run(r: Rig, number: number, action: string, inputs: Record<string, string> = {}) {
  const pull = r.si.pulls.get(number);
  if (!pull) throw new Error('no such pull');
  const payload = await pullRequestEvent(r.fx, pull, action, { standIn: r.si });
  const head = (payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
  return runAction({ standIn: r.si, fixture: r.fx, eventName: 'pull_request', payload, sha: head, ref: `refs/pull/${number}/merge`, inputs });
}

const ourComments = (r: Rig, n: number) => r.si.comments.list(n).filter((c) => c.body.startsWith(COMMENT_MARKER));

describe('pull requests', () => {
  it('opened → one comment; synchronize after the fix → the same comment says resolved', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': CONFIG });
    const pr = await openPr(rig);
    const opened = await run(rig, pr.number, 'opened');
    expect(opened.code).toBe(1);
    expect(opened.outputs).toMatchObject({ result: 'fail', agent: 'Claude Code', 'changed-files': '1', 'status-committed': 'false' });
    const comments = ourComments(rig, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('claimed-by-other');
    expect(opened.outputs['comment-url']).toContain(`/pull/${pr.number}#issuecomment-${comments[0]?.id}`);
    // No status file is ever written from a PR, and nothing lands on the head branch.
    expect(rig.si.requests.some((q) => q.method === 'PUT')).toBe(false);

    // The fix: revert the claimed file; synchronize.
    rig.fx.write(CLAIMED_FILE, SEED_FILES[CLAIMED_FILE] as string);
    await rig.fx.commit('revert claimed file', { author: HUMAN });
    await rig.fx.push('claude/tracking');
    rig.si.pulls.update(pr.number, { updatedAt: iso(SEED_CHECKIN + 2 * H) });
    const sync = await run(rig, pr.number, 'synchronize');
    expect(sync.outputs['findings-json']).toBe('[]');
    expect(sync.code).toBe(0);
    expect(sync.outputs.result).toBe('pass');
    const after = ourComments(rig, pr.number);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(comments[0]?.id);
    expect(after[0]?.body).toMatch(/resolved/i);
  });

  it('a clean PR gets no comment at all in auto mode; always mode posts one', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': CONFIG });
    const pr = await openPr(rig, 'docs/unclaimed.md');
    const auto = await run(rig, pr.number, 'opened');
    expect(auto.outputs).toMatchObject({ result: 'pass', 'comment-url': '' });
    expect(ourComments(rig, pr.number)).toHaveLength(0);
    const always = await run(rig, pr.number, 'reopened', { 'pr-comment': 'always' });
    expect(always.outputs['comment-url']).not.toBe('');
    expect(ourComments(rig, pr.number)).toHaveLength(1);
  });

  it('8 concurrent runs on one PR → exactly one comment', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': CONFIG });
    const pr = await openPr(rig);
    const runs = await Promise.all(Array.from({ length: 8 }, () => run(rig, pr.number, 'synchronize')));
    for (const x of runs) expect(x.outputs.result).toBe('fail');
    expect(ourComments(rig, pr.number)).toHaveLength(1);
  });

  it('someone else’s comment quoting the marker is never edited', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': CONFIG });
    const pr = await openPr(rig);
    const foreign = rig.si.addComment(pr.number, `${COMMENT_MARKER}\nI copied this`, 'mallory');
    await run(rig, pr.number, 'opened');
    const all = rig.si.comments.list(pr.number);
    expect(all.find((c) => c.id === foreign.id)?.body).toBe(`${COMMENT_MARKER}\nI copied this`);
    expect(all.filter((c) => c.login === 'github-actions[bot]')).toHaveLength(1);
  });

  it('a 403 on comments (fork PR, missing permission) is a warning naming the permission', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': CONFIG }, { commentsForbidden: true });
    const pr = await openPr(rig, 'docs/unclaimed.md');
    const x = await run(rig, pr.number, 'opened', { 'pr-comment': 'always' });
    expect(x.code).toBe(0);
    expect(x.outputs.result).toBe('pass');
    expect(x.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('pull-requests: write') }));
  });

  it('the PR author login identifies the agent through aliases; untracked actions do nothing', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': 'agents:\n  Claude Code:\n    aliases: ["claude-bot"]\n' });
    await rig.fx.checkout('feature/z', { create: true });
    rig.fx.write(CLAIMED_FILE, 'x\n');
    await rig.fx.commit('x', { author: HUMAN });
    await rig.fx.push('feature/z');
    const pr = rig.si.pulls.create({ head: 'feature/z', base: 'main', user: 'claude-bot', title: 't', updatedAt: iso(SEED_CHECKIN + H) });
    const x = await run(rig, pr.number, 'opened', { 'pr-comment': 'never' });
    expect(x.outputs).toMatchObject({ agent: 'Claude Code', result: 'fail' });
    const labeled = await run(rig, pr.number, 'labeled');
    expect(labeled.outputs).toMatchObject({ result: 'pass', 'findings-json': '[]' });
  });
});
