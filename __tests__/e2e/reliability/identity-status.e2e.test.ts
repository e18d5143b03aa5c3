// No silent pass on who did what: a commit whose evidence names two agents is reported (case 8), a hand-pushed
// AI_SYNC_STATUS.json is judged and reported rather than skipped, and its "last seen in 2099" neither revives a stale
// claim nor survives into the next status file (case 9), while ai-sync's own status commit is still skipped.
import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../../src/engine/model.js';
import { runAction, type ActionRun } from '../../../test-support/action-run.js';
import { pushEvent } from '../../../test-support/github-standin/index.js';
import { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, SEED_CLAIMS, SEED_FILES, iso, type Rig } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';
import { H, STACK_FRAME, STATUS_FILE, statusFile, statusHistory, statusSchemaErrors, statusText } from '../helpers/scenarios.js';

const rigs = useRigs();

const findingsOf = (run: ActionRun): Finding[] => JSON.parse(run.outputs['findings-json'] ?? '[]') as Finding[];
const CLAUDE_CODE = { name: 'Claude Code', email: 'noreply@anthropic.com' };
const ROUTES = 'backend/src/api/routes/routes.service.ts';

async function pushMain(r: Rig, pushedAt: number) {
  const { before, after } = await r.fx.push('main');
  const payload = await pushEvent(r.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(pushedAt), standIn: r.si });
  return { payload, after };
}

const run = (r: Rig, p: { payload: unknown; after: string }) =>
  runAction({ standIn: r.si, fixture: r.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: 'refs/heads/main' });

describe('case 8: a commit whose evidence names two agents', () => {
  it('Claude Code’s commit with "AI-Agent: ChatGPT Codex" is judged as Codex’s, and the conflict is a warning', async () => {
    // Claude Code claims the routes service, checked in at the seed's check-in time.
    const claims = SEED_CLAIMS.replace(
      /## Claude Code Status[\s\S]*?\*\*Last Checkin:\*\* 2025-12-04 00:00:00/,
      [
        '## Claude Code Status',
        '',
        '**Currently Working On:** Routes cleanup',
        '**Module:** RoutesModule',
        '**Started At:** 2025-12-03 14:00:00',
        '**Expected Completion:** 2025-12-04',
        '**Files Being Modified:**',
        `- ${ROUTES}`,
        '',
        '**Last Checkin:** 2025-12-03 15:00:00'
      ].join('\n')
    );
    expect(claims).not.toBe(SEED_CLAIMS);
    const rig = await rigs.seed({ ...SEED_FILES, 'AI_CURRENT_WORK.md': claims });
    rig.fx.write(ROUTES, 'export class RoutesService { tidy() {} }\n');
    const sha = await rig.fx.commit('refactor: tidy routes\n\nAI-Agent: ChatGPT Codex\n', { author: CLAUDE_CODE });
    const result = await run(rig, await pushMain(rig, SEED_CHECKIN + H));

    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.outputs.agent).toBe('ChatGPT Codex');
    const findings = findingsOf(result);
    // The trailer still decides (so Claude's own claim blocks the commit), and the contradiction is not silent.
    expect(findings.map((f) => [f.kind, f.severity, f.agent, f.commit])).toEqual([
      ['claimed-by-other', 'error', 'ChatGPT Codex', sha],
      ['identity-conflict', 'warning', 'ChatGPT Codex', sha]
    ]);
    const conflict = findings[1] as Finding;
    expect(conflict.file).toBeNull();
    expect(conflict.message).toBe(
      `Commit ${sha.slice(0, 7)} is judged as ChatGPT Codex's (trailer "AI-Agent: ChatGPT Codex" wins over the author), ` +
        'but its author "Claude Code <noreply@anthropic.com>" is Claude Code; if that is wrong, fix the trailer.'
    );
    expect(result.annotations).toContainEqual({ level: 'warning', props: { title: 'identity-conflict' }, message: conflict.message });
    expect(result.outputs).toMatchObject({ result: 'fail', violations: '1', warnings: '1' });
    // The status file records the warning as well.
    expect(JSON.parse((await statusText(rig)) ?? '{}')).toMatchObject({ findings: expect.arrayContaining([expect.objectContaining({ kind: 'identity-conflict', commit: sha })]) });
  }, 60_000);
});

describe('case 9: a hand-edited status file', () => {
  const handEdited = JSON.stringify(
    statusFile({
      // A future lastUpdate too: it must not stop ai-sync from ever writing the file again.
      lastUpdate: '2099-01-01T00:00:00Z',
      lastAuthor: 'Chinar Dev',
      lastCommitMessage: 'keep codex alive',
      agents: [
        {
          name: 'ChatGPT Codex',
          workingOn: 'TrackingModule schema alignment',
          module: 'TrackingModule',
          files: [CLAIMED_FILE],
          startedAt: '2025-12-03T14:30:00Z',
          lastCheckin: '2025-12-03T15:00:00Z',
          lastSeenAt: '2099-01-01T00:00:00Z',
          state: 'active',
          staleAt: '2099-01-01T04:00:00Z'
        }
      ]
    }),
    null,
    2
  );

  it('a person’s status-only push is judged and reported; the 2099 lastSeenAt keeps nothing alive and is not carried forward; ai-sync’s own status commit is skipped', async () => {
    const rig = await rigs.seed();
    // Two pushes close together, both before either run: the person's hand edit, then Claude on Codex's file.
    rig.fx.write(STATUS_FILE, handEdited);
    const handSha = await rig.fx.commit('chore: status', { author: HUMAN });
    const hand = await pushMain(rig, SEED_CHECKIN + 4.5 * H);
    rig.fx.write(CLAIMED_FILE, 'export class TrackingService {\n  track() {}\n}\n');
    const claudeSha = await rig.fx.commit(`feat: add tracking\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const claude = await pushMain(rig, SEED_CHECKIN + 5 * H);

    // The hand edit: judged (not skipped), one warning naming who edited the file, a status committed.
    const first = await run(rig, hand);
    expect(first.stderr).not.toMatch(STACK_FRAME);
    expect(first.summary).not.toMatch(/nothing to check/);
    expect(first.outputs).toMatchObject({ result: 'warn', 'changed-files': '1', 'status-committed': 'true' });
    const [edit, ...others] = findingsOf(first);
    expect(others).toEqual([]);
    expect(edit).toMatchObject({ kind: 'claim-tampered', severity: 'warning', file: STATUS_FILE, agent: null, claimedBy: null, commit: handSha });
    expect(edit?.message).toMatch(/^AI_SYNC_STATUS\.json was edited by hand in commit [0-9a-f]{7} by "Chinar Dev <dev@example\.com>", not by ai-sync \("github-actions\[bot\] </);
    expect(first.annotations).toContainEqual({ level: 'warning', props: { title: 'claim-tampered', file: STATUS_FILE }, message: edit?.message });

    // Claude 5 h after Codex's check-in: the 2099 "last seen" is dropped with a warning, so the claim is stale.
    const second = await run(rig, claude);
    expect(second.stderr).not.toMatch(STACK_FRAME);
    expect(second.annotations).toContainEqual({
      level: 'warning',
      props: {},
      message: 'AI_SYNC_STATUS.json: lastSeenAt 2099-01-01T00:00:00Z for ChatGPT Codex is in the future; ignored'
    });
    expect(findingsOf(second).map((f) => [f.kind, f.severity, f.file, f.claimedBy, f.commit])).toEqual([
      ['stale-claim', 'notice', CLAIMED_FILE, 'ChatGPT Codex', claudeSha]
    ]);
    expect(second.outputs).toMatchObject({ result: 'pass', 'status-committed': 'true' });
    const written = (await statusText(rig)) ?? '';
    expect(statusSchemaErrors(written)).toEqual([]);
    expect(written).not.toContain('2099');
    expect(JSON.parse(written)).toMatchObject({ lastCommit: claude.after, result: 'pass' });

    // ai-sync's own status commits, pushed (as a PAT would make them trigger a run): skipped, nothing written.
    const history = await statusHistory(rig);
    const statusSha = second.outputs['status-commit-sha'] as string;
    expect(history.map((v) => v.commit).slice(-2)).toEqual([first.outputs['status-commit-sha'], statusSha]);
    const own = await pushEvent(rig.fx, { before: claude.after, after: statusSha, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + 5 * H + 60_000), standIn: rig.si });
    const loop = await run(rig, { payload: own, after: statusSha });
    expect(loop.outputs).toMatchObject({ result: 'pass', 'status-committed': 'false', 'findings-json': '[]' });
    expect(loop.stdout).toMatch(/ai-sync's own AI_SYNC_STATUS\.json commit: nothing to check/);
    expect(await rig.fx.remoteSha('main')).toBe(statusSha);
    expect(await statusHistory(rig)).toEqual(history);
  }, 90_000);
});
