// The bundled action on push events, run as a runner runs it, against the API stand-in backed by a real
// bare repository. Every scenario also asserts that the stand-in saw no OpenAPI violations.
import { describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../../test-support/action-run.js';
import { pushEvent } from '../../../test-support/github-standin/index.js';
import {
  CLAIMED_FILE,
  CLAUDE_TRAILER,
  HUMAN,
  SEED_CHECKIN,
  SEED_CLAIMS,
  SEED_FILES,
  claudeTouchesCodexFile,
  iso,
  type Rig
} from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';

const H = 3_600_000;
const rigs = useRigs();

interface Finding {
  kind: string;
  severity: string;
  file: string | null;
  agent: string | null;
  claimedBy: string | null;
  commit: string | null;
  message: string;
}
const findings = (run: ActionRun): Finding[] => JSON.parse(run.outputs['findings-json'] ?? 'null') as Finding[];

async function statusOnMain(r: Rig): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse(await r.fx.git(['--git-dir', r.fx.gitDir, 'show', 'refs/heads/main:AI_SYNC_STATUS.json'])) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function push(r: Rig, branch = 'main', hours = 1, extra: Partial<Parameters<typeof pushEvent>[1]> = {}) {
  const { before, after } = await r.fx.push(branch, extra.forced ? { force: true } : {});
  const payload = await pushEvent(r.fx, { before, after, ref: `refs/heads/${branch}`, pushedAt: iso(SEED_CHECKIN + hours * H), standIn: r.si, ...extra });
  return runAction({ standIn: r.si, fixture: r.fx, eventName: 'push', payload, sha: after, ref: `refs/heads/${branch}` });
}

/** The seed repository, one commit by a person (`message`) changing the claimed file (and `also`), pushed to main. */
async function pushClaimedFileChange(message: string, content = 'changed\n', also: Record<string, string> = {}) {
  const rig = await rigs.seed();
  rig.fx.write(CLAIMED_FILE, content);
  for (const [path, text] of Object.entries(also)) rig.fx.write(path, text);
  await rig.fx.commit(message, { author: HUMAN });
  return push(rig);
}

describe('the seed example', () => {
  it('Claude Code changes a file ChatGPT Codex claimed 1 h earlier → fail, one error, status written', async () => {
    const rig = await rigs.seed();
    const p = await claudeTouchesCodexFile(rig, 1);
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', violations: '1', warnings: '0', agent: 'Claude Code', 'changed-files': '1', 'status-committed': 'true', 'comment-url': '' });
    const [f] = findings(run);
    expect(findings(run)).toHaveLength(1);
    expect(f).toMatchObject({ kind: 'claimed-by-other', severity: 'error', file: CLAIMED_FILE, agent: 'Claude Code', claimedBy: 'ChatGPT Codex', commit: p.after });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', props: expect.objectContaining({ file: CLAIMED_FILE, title: 'claimed-by-other' }) }));
    expect(run.summary).toContain('ai-sync: fail');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    // The status commit: valid JSON on main, by the committer inputs, with the seed's fields.
    const status = await statusOnMain(rig);
    expect(status).toMatchObject({ schemaVersion: 1, lastAuthor: HUMAN.name, lastAgent: 'Claude Code', lastCommit: p.after, needsSync: true, result: 'fail', modifiedFiles: [CLAIMED_FILE] });
    const sha = run.outputs['status-commit-sha'] as string;
    const meta = await rig.fx.git(['--git-dir', rig.fx.gitDir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', sha]);
    expect(meta.trim()).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|chore: update AI sync status [skip ci]');
    expect(await rig.fx.git(['--git-dir', rig.fx.gitDir, 'rev-parse', 'refs/heads/main'])).toContain(sha);
    // Reads and the write: one GraphQL request for the files, one for the open pull requests (in flight), one contents PUT.
    expect(rig.si.requests.map((r) => `${r.method} ${r.path.replace(/\/repos\/[^/]+\/[^/]+/, '')}`)).toEqual(['POST /graphql', 'PUT /contents/AI_SYNC_STATUS.json']);
  });

  it.each([
    [3, 'warn', 0, 'claim-caution', 'warning'],
    [5, 'pass', 0, 'stale-claim', 'notice']
  ])('at %i h the claim is weaker → %s', async (hours, result, code, kind, severity) => {
    const rig = await rigs.seed();
    const p = await claudeTouchesCodexFile(rig, hours);
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    expect(run.code).toBe(code);
    expect(run.outputs.result).toBe(result);
    expect(findings(run).map((f) => [f.kind, f.severity])).toEqual([[kind, severity]]);
    expect(run.outputs['status-committed']).toBe('true');
  });

  it.each([
    ['never', 'keeps the step green but the verdict stays fail', 1, 0, 'fail'],
    ['warning', 'fails on a caution claim', 3, 1, 'warn']
  ])('fail-on: %s %s', async (failOn, _what, hours, code, result) => {
    const rig = await rigs.seed();
    const p = await claudeTouchesCodexFile(rig, hours);
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref, inputs: { 'fail-on': failOn } });
    expect(run.code).toBe(code);
    expect(run.outputs.result).toBe(result);
  });
});

describe('GitHub Enterprise Server', () => {
  it('works with an API URL that carries a path (/api/v3, GraphQL at /api/graphql)', async () => {
    const rig = await rigs.seed(SEED_FILES, { pathPrefix: '/api/v3' });
    const p = await claudeTouchesCodexFile(rig, 1);
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    expect(run.outputs).toMatchObject({ result: 'fail', 'status-committed': 'true' });
    expect(rig.si.requests.map((r) => r.path.split('/').slice(0, 4).join('/'))).toEqual(['/api/graphql', '/api/v3/repos']);
  });
});

describe('identity and attribution', () => {
  it('a 3-commit push where only the first commit touches a claimed file cites that commit', async () => {
    const rig = await rigs.seed();
    rig.fx.write(CLAIMED_FILE, 'changed\n');
    const first = await rig.fx.commit(`fix: one\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    rig.fx.write('README.md', 'two\n');
    await rig.fx.commit(`docs: two\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    rig.fx.write('docs/three.md', 'three\n');
    await rig.fx.commit(`docs: three\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const run = await push(rig);
    expect(findings(run).map((f) => [f.kind, f.file, f.commit])).toEqual([['claimed-by-other', CLAIMED_FILE, first]]);
    expect(run.outputs['changed-files']).toBe('3');
  });

  it('trailer-only identity: a human author with an AI-Agent trailer is the agent', async () => {
    const run = await pushClaimedFileChange('fix: thing\n\nAI-Agent: Claude Code\n');
    expect(run.outputs.agent).toBe('Claude Code');
    expect(findings(run)[0]).toMatchObject({ kind: 'claimed-by-other', agent: 'Claude Code' });
  });

  it('branch-only identity: the config maps the branch to an agent; own claims are fine', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': 'agents:\n  ChatGPT Codex:\n    branches: ["codex/**"]\n  Claude Code:\n    branches: ["claude/**"]\n' });
    await rig.fx.checkout('codex/tracking', { create: true });
    rig.fx.write(CLAIMED_FILE, 'codex at work\n');
    await rig.fx.commit('wip', { author: HUMAN });
    const own = await push(rig, 'codex/tracking');
    expect(own.outputs).toMatchObject({ agent: 'ChatGPT Codex', result: 'pass', 'status-committed': 'false' });

    await rig.fx.checkout('claude/other', { create: true, from: 'main' });
    rig.fx.write(CLAIMED_FILE, 'claude at work\n');
    await rig.fx.commit('wip', { author: HUMAN });
    const other = await push(rig, 'claude/other');
    expect(other.outputs).toMatchObject({ agent: 'Claude Code', result: 'fail', 'status-committed': 'false' });
  });

  it('an unknown author gets the unknown-author policy (default: warning)', async () => {
    const run = await pushClaimedFileChange('fix: by hand');
    expect(run.outputs.agent).toBe('');
    expect(findings(run)[0]).toMatchObject({ kind: 'claimed-by-other', severity: 'warning', agent: null });
    expect(run.outputs.result).toBe('warn');
  });

  it('module claim via config covers files the claim does not list', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': 'modules:\n  TrackingModule: ["backend/src/api/tracking/**"]\n' });
    rig.fx.write('backend/src/api/tracking/new-file.ts', 'new\n');
    await rig.fx.commit(`feat: new\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const run = await push(rig);
    expect(findings(run)[0]).toMatchObject({ kind: 'claimed-by-other', file: 'backend/src/api/tracking/new-file.ts', claimedBy: 'ChatGPT Codex' });
  });

  it('an invalid config fails the run with file, line and key, and writes nothing', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': 'active-hours: 2\nstale-hour: 4\n' });
    const p = await claudeTouchesCodexFile(rig, 1);
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*\.github\/ai-sync\.yml:2:.*stale-hour/);
    expect(run.outputs['status-committed']).toBe('false');
    expect(await statusOnMain(rig)).toBeNull();
  });
});

describe('claims file rules', () => {
  it('tamper: Claude Code edits ChatGPT Codex’s section → claim-tampered', async () => {
    const rig = await rigs.seed();
    rig.fx.write('AI_CURRENT_WORK.md', SEED_CLAIMS.replace('**Last Checkin:** 2025-12-03 15:00:00', '**Last Checkin:** 2025-11-01 15:00:00'));
    await rig.fx.commit(`chore: tidy\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const run = await push(rig);
    expect(findings(run)).toEqual([expect.objectContaining({ kind: 'claim-tampered', severity: 'error', file: 'AI_CURRENT_WORK.md', claimedBy: 'ChatGPT Codex', agent: 'Claude Code' })]);
  });

  const override = '\n### Emergency Override - 2025-12-03 - Claude Code\n- **Reason:** production outage\n- **Module:** TrackingModule\n- **Original Owner:** ChatGPT Codex\n';
  it('emergency with an entry → warning, recorded', async () => {
    const run = await pushClaimedFileChange(`EMERGENCY: fix crash in TrackingModule\n\n${CLAUDE_TRAILER}\n`, 'hotfix\n', { 'AI_CURRENT_WORK.md': SEED_CLAIMS + override });
    expect(findings(run).map((f) => [f.kind, f.severity])).toEqual([['emergency-override', 'warning']]);
    expect(run.outputs.result).toBe('warn');
  });

  it('emergency without an entry → error that says what is missing', async () => {
    const run = await pushClaimedFileChange(`EMERGENCY: fix crash\n\n${CLAUDE_TRAILER}\n`, 'hotfix\n');
    const [f] = findings(run);
    expect(f).toMatchObject({ kind: 'claimed-by-other', severity: 'error' });
    expect(f?.message).toMatch(/Emergency Override/);
  });
});

describe('push shapes', () => {
  it('new branch: compared against the default branch', async () => {
    const rig = await rigs.seed();
    await rig.fx.checkout('feature/x', { create: true });
    rig.fx.write('a.txt', 'a\n');
    await rig.fx.commit(`feat: a\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    rig.fx.write(CLAIMED_FILE, 'b\n');
    await rig.fx.commit(`feat: b\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const run = await push(rig, 'feature/x');
    expect(run.outputs['changed-files']).toBe('2');
    expect(findings(run).map((f) => f.file)).toEqual([CLAIMED_FILE]);
    expect(rig.si.requests.some((r) => r.path.includes('/compare/main...'))).toBe(true);
    expect(run.outputs['status-committed']).toBe('false');
  });

  it('force push: only what the new tip brings is judged', async () => {
    const rig = await rigs.seed();
    await rig.fx.checkout('feature/y', { create: true });
    rig.fx.write(CLAIMED_FILE, 'first\n');
    await rig.fx.commit(`one\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    await push(rig, 'feature/y');
    await rig.fx.git(['reset', '--hard', 'main']);
    rig.fx.write('other.txt', 'x\n');
    await rig.fx.commit(`two\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const run = await push(rig, 'feature/y', 1, { forced: true });
    expect(run.code).toBe(0);
    expect(findings(run)).toEqual([]);
    expect(run.outputs['changed-files']).toBe('1');
  });

  it('branch deletion: pass, nothing read beyond the event, nothing written', async () => {
    const rig = await rigs.seed();
    await rig.fx.checkout('gone', { create: true });
    rig.fx.write('a.txt', 'a\n');
    await rig.fx.commit('a', { author: HUMAN });
    await rig.fx.push('gone');
    await rig.fx.checkout('main');
    const { before, after } = await rig.fx.push('gone', { delete: true });
    const payload = await pushEvent(rig.fx, { before, after, ref: 'refs/heads/gone', standIn: rig.si });
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/gone' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', 'status-committed': 'false', 'findings-json': '[]', 'changed-files': '0' });
    expect(rig.si.requests).toEqual([]);
  });

  it('a truncated payload falls back to the compare API and per-commit files', async () => {
    const rig = await rigs.seed();
    for (let i = 0; i < 22; i++) {
      rig.fx.write(i === 0 ? CLAIMED_FILE : `f${i}.txt`, `${i}\n`);
      await rig.fx.commit(`c${i}\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    }
    const { before, after } = await rig.fx.push('main');
    const payload = await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', commits: 'truncated', pushedAt: iso(SEED_CHECKIN + H), standIn: rig.si });
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main' });
    // The claimed file was changed by the first commit, which the truncated payload does not list.
    expect(findings(run).map((f) => f.file)).toEqual([CLAIMED_FILE]);
    expect(run.outputs['changed-files']).toBe('22');
    // Each commit's files are read (one request each), as verify judges each commit: exact, whoever made them.
    expect(rig.si.requests.filter((r) => /\/commits\//.test(r.path))).toHaveLength(22);
  });

  it('a truncated payload with several agents is judged commit by commit', async () => {
    const rig = await rigs.seed();
    rig.fx.write(CLAIMED_FILE, 'claude\n');
    const claude = await rig.fx.commit(`feat: claude\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    for (let i = 0; i < 21; i++) {
      rig.fx.write(i === 0 ? 'backend/src/api/routes/routes.service.ts' : `g${i}.txt`, `${i}\n`);
      await rig.fx.commit(`c${i}\n\nAI-Agent: ChatGPT Codex\n`, { author: HUMAN });
    }
    const { before, after } = await rig.fx.push('main');
    const payload = await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', commits: 'truncated', pushedAt: iso(SEED_CHECKIN + H), standIn: rig.si });
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main' });
    expect(findings(run).map((f) => [f.kind, f.file, f.agent, f.commit])).toEqual([['claimed-by-other', CLAIMED_FILE, 'Claude Code', claude]]);
    expect(rig.si.requests.filter((r) => /\/commits\//.test(r.path))).toHaveLength(22);
  });

  it('the status commit does not trip the next run, and an unchanged status is not rewritten', async () => {
    const rig = await rigs.seed();
    const p = await claudeTouchesCodexFile(rig, 5);
    const first = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    expect(first.outputs['status-committed']).toBe('true');
    const statusSha = first.outputs['status-commit-sha'] as string;
    // The bot's commit as its own push event (what a PAT would trigger): nothing to judge, nothing written.
    const payload = await pushEvent(rig.fx, { before: p.after, after: statusSha, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + 5 * H + 60_000), standIn: rig.si });
    const loop = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload, sha: statusSha, ref: 'refs/heads/main' });
    expect(loop.outputs).toMatchObject({ result: 'pass', 'status-committed': 'false', 'findings-json': '[]' });
    // A re-run of the first push: same verdict, nothing new to write.
    const again = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    expect(again.outputs.result).toBe(first.outputs.result);
    expect(again.outputs['status-committed']).toBe('false');
  });
});

describe('racing runs', () => {
  it('12 rapid pushes, runs finishing in random order → the final status is the newest push', async () => {
    const rig = await rigs.seed();
    const pushes: { payload: unknown; after: string }[] = [];
    for (let i = 0; i < 12; i++) {
      rig.fx.write(`notes/${i}.md`, `${i}\n`);
      await rig.fx.commit(`docs: note ${i}\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
      const { before, after } = await rig.fx.push('main');
      pushes.push({ after, payload: await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + H + i * 1000), standIn: rig.si }) });
    }
    const order = pushes.map((_, i) => i).sort(() => Math.random() - 0.5);
    const runs = await Promise.all(
      order.map(async (i, k) => {
        await new Promise((res) => setTimeout(res, k * 15));
        const p = pushes[i] as { payload: unknown; after: string };
        return runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: 'refs/heads/main' });
      })
    );
    for (const run of runs) expect(run.outputs.result).toBe('pass');
    const status = await statusOnMain(rig);
    expect(status?.lastCommit).toBe(pushes[11]?.after);
    // Every status commit on main moved forward in time: none went backwards.
    const log = await rig.fx.git(['--git-dir', rig.fx.gitDir, 'log', '--format=%H', '--first-parent', 'main', '--', 'AI_SYNC_STATUS.json']);
    const updates: number[] = [];
    for (const sha of log.trim().split('\n').reverse()) {
      const s = JSON.parse(await rig.fx.git(['--git-dir', rig.fx.gitDir, 'show', `${sha}:AI_SYNC_STATUS.json`])) as { lastUpdate: string };
      updates.push(Date.parse(s.lastUpdate));
    }
    expect(updates).toEqual([...updates].sort((a, b) => a - b));
  });
});
