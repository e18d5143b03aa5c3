// The bundled action's notices (notify-webhook, notify-on), run as a runner runs it against a loopback receiver:
// one POST per new set of findings, nothing on a rerun or a clean push, nothing twice on a pull request, and a
// webhook that fails, is not there or hangs leaves the verdict as judged with a warning. The URL (and its secret
// path) never reaches a log line, an output, the summary, the comment or the status file.
import { describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../../test-support/action-run.js';
import { pullRequestEvent, pushEvent } from '../../../test-support/github-standin/index.js';
import { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, SEED_FILES, iso, type Rig } from '../../../test-support/seed-scenario.js';
import { COMMENT_MARKER } from '../../../src/report/comment.js';
import { markdownProblems } from '../../helpers/md-check.js';
import { useRigs } from '../helpers/rig.js';
import { statusText, warningLines } from '../helpers/scenarios.js';
import { deadUrl, SECRET_PATH, useReceivers, type Receiver } from '../helpers/webhook.js';

const H = 3_600_000;
/** Step debug logging on: every debug line must keep the secret too. */
const DEBUG = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' };
const rigs = useRigs();
const receiver = useReceivers();

interface Body {
  text: string;
  repository: string;
  ref: string;
  commit: string;
  pullRequest: number | null;
  runUrl: string;
  verdict: string;
  findings: { kind: string; severity: string; file: string; agent: string | null; claimedBy: string | null; where: Record<string, unknown> }[];
}
const bodies = (r: Receiver): Body[] => r.received.map((q) => q.body as Body);
/** The summary's text with markdown's backslash escapes undone. */
const said = (run: ActionRun): string => run.summary.replace(/\\(.)/g, '$1');
/** The local clone catches up with main (the action committed the status file there). */
const pullMain = (r: Rig) => r.fx.git(['pull', '-q', '--ff-only', 'origin', 'main']);

async function pushMain(r: Rig, inputs: Record<string, string>, env: Record<string, string> = {}, branch = 'main') {
  const { before, after } = await r.fx.push(branch);
  const payload = await pushEvent(r.fx, { before, after, ref: `refs/heads/${branch}`, pushedAt: iso(SEED_CHECKIN + H), standIn: r.si });
  const run = (more: Record<string, string> = {}) =>
    runAction({ standIn: r.si, fixture: r.fx, eventName: 'push', payload, sha: after, ref: `refs/heads/${branch}`, inputs, env: { ...env, ...more } });
  return { after, run };
}

/** Claude Code changes the file ChatGPT Codex claimed (active: an error) and pushes it. */
let edits = 0;
async function claudeTouchesClaim(r: Rig, file = CLAIMED_FILE) {
  r.fx.write(file, `// claude ${file} ${++edits}\n`);
  await r.fx.commit(`feat: touch ${file}\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
}

/** Everything a run left that a person could read, with the URL or its secret path in it. */
async function leaks(r: Rig, run: ActionRun, url: string): Promise<string[]> {
  const forms = [url, SECRET_PATH, 'xoxWebhookKey'];
  const places: Record<string, string> = {
    stdout: run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    comments: JSON.stringify(r.si.pulls.list().flatMap((p) => r.si.comments.list(p.number))),
    status: (await statusText(r)) ?? ''
  };
  return Object.entries(places).flatMap(([where, text]) => forms.filter((f) => text.includes(f)).map((f) => `${where}: ${f.slice(0, 30)}`));
}

describe('push to a status branch', () => {
  it('one POST with the new finding; a rerun sends nothing; the status file records it', async () => {
    const hook = await receiver();
    const rig = await rigs.seed();
    await claudeTouchesClaim(rig);
    const { after, run } = await pushMain(rig, { 'notify-webhook': hook.url });
    const first = await run();
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ result: 'fail', notified: '1', 'status-committed': 'true' });
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]).toMatchObject({ method: 'POST', path: `/hooks/${SECRET_PATH}`, headers: expect.objectContaining({ 'content-type': 'application/json; charset=utf-8' }) });
    const [body] = bodies(hook);
    expect(body).toMatchObject({
      repository: `${rig.fx.owner}/${rig.fx.repo}`,
      ref: 'refs/heads/main',
      commit: after,
      pullRequest: null,
      verdict: 'fail',
      runUrl: `${rig.si.origin}/${rig.fx.owner}/${rig.fx.repo}/actions/runs/4242424242/attempts/1`,
      findings: [
        {
          kind: 'claimed-by-other',
          severity: 'error',
          file: CLAIMED_FILE,
          agent: 'Claude Code',
          claimedBy: 'ChatGPT Codex',
          where: { commit: after, claimsFile: 'AI_CURRENT_WORK.md', line: 21, pullRequest: null, branch: null }
        }
      ]
    });
    expect(body?.text).toContain(`\`${CLAIMED_FILE}\``);
    expect(body?.text).toContain('claimed by `ChatGPT Codex` (`AI_CURRENT_WORK.md` line 21)');
    expect(said(first)).toContain('Notifications: notified 1 finding.');
    const status = JSON.parse((await statusText(rig)) ?? 'null') as { notified?: unknown[] };
    expect(status.notified).toEqual([
      { kind: 'claimed-by-other', file: CLAIMED_FILE, agent: 'Claude Code', claimedBy: 'ChatGPT Codex', commit: after, at: iso(SEED_CHECKIN + H) }
    ]);

    // The rerun (attempt 2) reads the status file back at the branch head: nothing new, nothing sent or written.
    const rerun = await run({ GITHUB_RUN_ATTEMPT: '2' });
    expect(rerun.code).toBe(1);
    expect(rerun.outputs).toMatchObject({ result: 'fail', notified: '0', 'status-committed': 'false' });
    expect(hook.received).toHaveLength(1);
    expect(said(rerun)).toContain('nothing new to notify (1 finding already notified, as the status file says)');
    expect([...(await leaks(rig, first, hook.url)), ...(await leaks(rig, rerun, hook.url))]).toEqual([]);
  });

  it('the next push bringing the same conflict again is notified again; a clean push sends nothing', async () => {
    const hook = await receiver();
    const rig = await rigs.seed();
    await claudeTouchesClaim(rig);
    await (await pushMain(rig, { 'notify-webhook': hook.url })).run();
    expect(hook.received).toHaveLength(1);

    await pullMain(rig);
    rig.fx.write('docs/notes.md', 'unclaimed\n');
    await rig.fx.commit('docs: notes', { author: HUMAN });
    const clean = await (await pushMain(rig, { 'notify-webhook': hook.url })).run();
    expect(clean.outputs).toMatchObject({ result: 'pass', notified: '0' });
    expect(hook.received).toHaveLength(1);
    expect(said(clean)).toContain('Notifications: nothing to notify (notify-on: error, emergency-override).');

    await pullMain(rig);
    await claudeTouchesClaim(rig);
    const again = await (await pushMain(rig, { 'notify-webhook': hook.url })).run();
    expect(again.outputs).toMatchObject({ result: 'fail', notified: '1' });
    expect(hook.received).toHaveLength(2);
    // Both deliveries stay recorded (the record is carried forward, newest last).
    const status = JSON.parse((await statusText(rig)) ?? 'null') as { notified: { commit: string }[] };
    expect(status.notified).toHaveLength(2);
  });

  it('notify-on selects what notifies: warnings too, or none', async () => {
    const hook = await receiver();
    const rig = await rigs.seed();
    await claudeTouchesClaim(rig);
    const none = await (await pushMain(rig, { 'notify-webhook': hook.url, 'notify-on': 'none' })).run();
    expect(none.outputs.notified).toBe('0');
    expect(said(none)).toContain('Notifications: none sent (notify-on is none).');
    expect(hook.received).toHaveLength(0);

    // 3 h after the check-in the claim only asks for caution (a warning): the default does not notify it, a kind does.
    const later = await rigs.seed();
    await claudeTouchesClaim(later);
    const { before, after } = await later.fx.push('main');
    const payload = await pushEvent(later.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + 3 * H), standIn: later.si });
    const at3h = (on: string) => runAction({ standIn: later.si, fixture: later.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main', inputs: { 'notify-webhook': hook.url, 'notify-on': on } });
    expect((await at3h('')).outputs).toMatchObject({ result: 'warn', notified: '0' });
    expect(hook.received).toHaveLength(0);
    expect((await at3h('Error,\n claim-caution')).outputs).toMatchObject({ result: 'warn', notified: '1' });
    expect(bodies(hook).map((b) => b.findings.map((f) => [f.kind, f.severity]))).toEqual([[['claim-caution', 'warning']]]);
  });

  it('an unknown notify-on value stops the run with one line naming it and the allowed values', async () => {
    const rig = await rigs.seed();
    await claudeTouchesClaim(rig);
    const run = await (await pushMain(rig, { 'notify-webhook': 'https://example.invalid/hooks/x', 'notify-on': 'error, claimed-by-others' })).run();
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([expect.stringMatching(/^::error::input notify-on: unknown value "claimed-by-others"; expected a severity \(error, warning, notice\), a finding kind \(claim-tampered, .*claimed-by-other.*\) or none$/)]);
  });

  it('a webhook value that is no URL is refused without being shown', async () => {
    const rig = await rigs.seed();
    await claudeTouchesClaim(rig);
    const secret = 'xoxb:notAUrlButASecret123';
    const run = await (await pushMain(rig, { 'notify-webhook': secret })).run();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input notify-webhook: expected an https: (or http:) URL; the value is not one (it is a secret and is not shown)');
    const shown = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::') && /notAUrl|xoxb/.test(l));
    expect(shown).toEqual([]);
    expect(run.summary).not.toMatch(/notAUrl|xoxb/);
    expect(run.stdout.split('\n')[0]).toMatch(/^::add-mask::/);
  });
});

describe('a webhook that fails never changes the verdict', () => {
  it.each([
    ['a 500 (retried twice)', 'status', /^::warning::The notification webhook failed \(HTTP 500 after 3 attempts\): 1 finding not notified; the next run tries again\. The verdict is unchanged\.$/m, 3],
    ['a 404 (never retried)', 'not-found', /^::warning::The notification webhook failed \(HTTP 404\): 1 finding not notified/m, 1],
    ['a dead port', 'dead', /^::warning::The notification webhook failed \(connection refused after 3 attempts\)/m, 0],
    ['a receiver that never answers', 'hang', /^::warning::The notification webhook failed \(no answer within 10 s\)/m, 1]
  ] as const)('%s: fail stays fail, a warning, nothing recorded', async (_label, mode, warning, posts) => {
    const hook = await receiver();
    if (mode === 'status') hook.answer({ status: 500 });
    if (mode === 'not-found') hook.answer({ status: 404 });
    if (mode === 'hang') hook.answer('hang');
    const url = mode === 'dead' ? await deadUrl() : hook.url;
    const rig = await rigs.seed();
    await claudeTouchesClaim(rig);
    const run = await (await pushMain(rig, { 'notify-webhook': url }, DEBUG)).run();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::debug::');
    expect(run.outputs).toMatchObject({ result: 'fail', violations: '1', notified: '0', 'status-committed': 'true' });
    expect(run.stdout).toMatch(warning);
    expect(hook.received).toHaveLength(posts);
    expect(said(run)).toContain('The notification webhook failed');
    const status = JSON.parse((await statusText(rig)) ?? 'null') as Record<string, unknown>;
    expect(status.result).toBe('fail');
    expect(status).not.toHaveProperty('notified');
    expect(await leaks(rig, run, url)).toEqual([]);
  });

  it('a pass stays a pass (and exit 0) when the webhook fails on a selected notice', async () => {
    const hook = await receiver();
    hook.answer({ status: 503 });
    const rig = await rigs.seed();
    rig.fx.write(CLAIMED_FILE, 'late\n');
    await rig.fx.commit(`feat: late\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const { before, after } = await rig.fx.push('main');
    const payload = await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + 5 * H), standIn: rig.si });
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main', inputs: { 'notify-webhook': hook.url, 'notify-on': 'notice' } });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', notified: '0' });
    expect(hook.received).toHaveLength(3);
    expect(warningLines(run)).toEqual([expect.stringContaining('HTTP 503 after 3 attempts')]);
  });
});

describe('a branch with no status file', () => {
  it('attempt 1 sends; a rerun (attempt 2) does not, and says why', async () => {
    const hook = await receiver();
    const rig = await rigs.seed();
    await rig.fx.checkout('claude/x', { create: true });
    await claudeTouchesClaim(rig);
    const { run } = await pushMain(rig, { 'notify-webhook': hook.url }, {}, 'claude/x');
    const first = await run();
    expect(first.outputs).toMatchObject({ result: 'fail', notified: '1', 'status-committed': 'false' });
    expect(hook.received).toHaveLength(1);
    const rerun = await run({ GITHUB_RUN_ATTEMPT: '2' });
    expect(rerun.outputs).toMatchObject({ result: 'fail', notified: '0' });
    expect(hook.received).toHaveLength(1);
    expect(said(rerun)).toContain('not sent on attempt 2');
  });
});

describe('pull requests', () => {
  const CONFIG = 'agents:\n  Claude Code:\n    branches: ["claude/**"]\n  ChatGPT Codex:\n    github: codex-owner\n';

  async function openPr(r: Rig) {
    await r.fx.checkout('claude/tracking', { create: true });
    await claudeTouchesClaim(r);
    await r.fx.push('claude/tracking');
    return r.si.pulls.create({ head: 'claude/tracking', base: 'main', user: 'octocat', title: 'Tracking', updatedAt: iso(SEED_CHECKIN + H) });
  }

  async function prRun(r: Rig, number: number, action: string, inputs: Record<string, string>) {
    const pull = r.si.pulls.get(number);
    if (!pull) throw new Error('no such pull');
    const payload = await pullRequestEvent(r.fx, pull, action, { standIn: r.si });
    const head = (payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
    return runAction({ standIn: r.si, fixture: r.fx, eventName: 'pull_request', payload, sha: head, ref: `refs/pull/${number}/merge`, inputs });
  }

  async function pushToPr(r: Rig, number: number, file: string, hours: number) {
    r.fx.write(file, `// again ${hours}\n`);
    await r.fx.commit(`feat: ${file}`, { author: HUMAN });
    await r.fx.push('claude/tracking');
    r.si.pulls.update(number, { updatedAt: iso(SEED_CHECKIN + hours * H) });
  }

  it('opened sends the finding; synchronize with the same finding sends nothing; a new finding sends only that one', async () => {
    const hook = await receiver();
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': CONFIG });
    const pr = await openPr(rig);
    const inputs = { 'notify-webhook': hook.url };
    const opened = await prRun(rig, pr.number, 'opened', inputs);
    expect(opened.outputs).toMatchObject({ result: 'fail', notified: '1' });
    expect(bodies(hook)).toEqual([expect.objectContaining({ pullRequest: pr.number, findings: [expect.objectContaining({ file: CLAIMED_FILE, claimedBy: 'ChatGPT Codex' })] })]);
    expect(bodies(hook)[0]?.text).toContain(`pull request #${pr.number} of`);
    const comment = () => rig.si.comments.list(pr.number).filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(comment()).toHaveLength(1);
    // The holder's account, from the config, is mentioned; the record is the comment's last line.
    expect(comment()[0]?.body).toContain('**Claim holders:** @codex-owner (`ChatGPT Codex`)');
    expect(comment()[0]?.body.trimEnd().split('\n').pop()).toMatch(/^<!-- ai-sync:notified \["[0-9a-f]{16}"\] -->$/);

    await pushToPr(rig, pr.number, 'docs/unclaimed.md', 1.2);
    const same = await prRun(rig, pr.number, 'synchronize', inputs);
    expect(same.outputs).toMatchObject({ result: 'fail', notified: '0' });
    expect(hook.received).toHaveLength(1);
    expect(said(same)).toContain('nothing new to notify (1 finding already notified, as the pull request comment says)');

    await pushToPr(rig, pr.number, 'backend/src/app.module.ts', 1.4);
    const more = await prRun(rig, pr.number, 'synchronize', inputs);
    expect(more.outputs).toMatchObject({ result: 'fail', notified: '1' });
    expect(hook.received).toHaveLength(2);
    expect(bodies(hook)[1]?.findings.map((f) => f.file)).toEqual(['backend/src/app.module.ts']);
    expect(comment()).toHaveLength(1);
    expect(comment()[0]?.body.trimEnd().split('\n').pop()).toMatch(/^<!-- ai-sync:notified \["[0-9a-f]{16}","[0-9a-f]{16}"\] -->$/);

    for (const run of [opened, same, more]) expect(await leaks(rig, run, hook.url)).toEqual([]);
  });

  it('no mention without a config mapping, and none from a claims-file name', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, 'AI_CURRENT_WORK.md': (SEED_FILES['AI_CURRENT_WORK.md'] as string).replace(/ChatGPT Codex/g, '@channel <!here> @octocat') });
    const pr = await openPr(rig);
    const run = await prRun(rig, pr.number, 'opened', {});
    expect(run.outputs.result).toBe('fail');
    const [c] = rig.si.comments.list(pr.number);
    expect(c?.body).toBeDefined();
    expect(c?.body).not.toContain('Claim holders');
    // Every `@` outside a code span would be a live mention: there is none.
    expect(markdownProblems(c?.body ?? '', { marker: true })).toEqual([]);
  });
});
