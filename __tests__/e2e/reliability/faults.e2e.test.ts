// The bundled action against an unreliable API: transient faults change nothing (same verdict, same status file,
// same comment as without them); an API that is down fails the run loudly, naming what could not be read — never a
// pass. The heavy version (50 runs) is __tests__/e2e/stress/faults.test.ts; a claims file the API will not give is
// claims-unreadable.e2e.test.ts.
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../../test-support/action-run.js';
import { pullRequestEvent, type FaultKind } from '../../../test-support/github-standin/index.js';
import { CLAIMED_FILE, HUMAN, SEED_CHECKIN, claudeTouchesCodexFile, iso } from '../../../test-support/seed-scenario.js';
import {
  SCENARIOS,
  STACK_FRAME,
  addCounts,
  errorLines,
  faultsByKind,
  outcomeOf,
  pool,
  statusText,
  type Outcome,
  type Scenario
} from '../helpers/scenarios.js';
import { useRigs } from '../helpers/rig.js';
import { writeFigures } from '../../helpers/figures.js';

const TRANSIENT: FaultKind[] = ['500', '502', '503', 'reset', '403-rate', '429', 'slow'];

const rigs = useRigs();

describe('transient faults', () => {
  it('6 runs with 30 % of requests faulted give the fault-free verdict, status file and comment', async () => {
    const reference = new Map<string, Outcome>();
    await pool(SCENARIOS, 3, async (name) => {
      const s = await rigs.scenario(name);
      reference.set(name, await outcomeOf(s, await s.run()));
    });
    const runs = SCENARIOS.map((name, i) => ({ name, seed: 7001 + i })).concat([{ name: 'push-fail', seed: 7100 }]);
    const faults: Record<string, number> = {};
    let requests = 0;
    const results = await pool(runs, 3, async ({ name, seed }) => {
      const s: Scenario = await rigs.scenario(name);
      s.rig.si.setFaults({ seed, rate: 0.3, kinds: TRANSIENT, slowMs: 500, maxConsecutive: 3 });
      const run = await s.run();
      addCounts(faults, faultsByKind(s.rig.si.requests));
      requests += s.rig.si.requests.length;
      expect(run.stderr).not.toMatch(STACK_FRAME);
      return { name, seed, outcome: await outcomeOf(s, run) };
    });
    for (const r of results) expect({ name: r.name, seed: r.seed, ...r.outcome }).toEqual({ name: r.name, seed: r.seed, ...reference.get(r.name) });
    // The faults were real: several kinds, and a fair share of the requests.
    const injected = Object.values(faults).reduce((a, b) => a + b, 0);
    expect(injected).toBeGreaterThanOrEqual(3);
    writeFigures('reliability-faults', { runs: runs.length, identical: results.length, requests, faultsInjected: injected, faultsByKind: faults });
  }, 120_000);
});

describe('the API is down', () => {
  it('503 for everything, or every connection reset: the run fails, naming what it could not read (push and PR)', async () => {
    const push503 = await rigs.seed();
    const pushReset = await rigs.seed();
    const pr = await rigs.seed();
    const a = await claudeTouchesCodexFile(push503, 1);
    const b = await claudeTouchesCodexFile(pushReset, 1);
    await pr.fx.checkout('claude/x', { create: true });
    pr.fx.write(CLAIMED_FILE, 'x\n');
    await pr.fx.commit('x', { author: HUMAN });
    await pr.fx.push('claude/x');
    const pull = pr.si.pulls.create({ head: 'claude/x', base: 'main', user: 'octocat', title: 'x', updatedAt: iso(SEED_CHECKIN + 3_600_000) });
    const prPayload = await pullRequestEvent(pr.fx, pull, 'opened', { standIn: pr.si });
    push503.si.setFaults({ down: true });
    pushReset.si.setFaults({ down: true, how: 'reset' });
    pr.si.setFaults({ down: true });
    const [r503, rReset, rPr] = await Promise.all([
      runAction({ standIn: push503.si, fixture: push503.fx, eventName: 'push', payload: a.payload, sha: a.after, ref: a.ref }),
      runAction({ standIn: pushReset.si, fixture: pushReset.fx, eventName: 'push', payload: b.payload, sha: b.after, ref: b.ref }),
      runAction({ standIn: pr.si, fixture: pr.fx, eventName: 'pull_request', payload: prPayload, sha: prPayload.pull_request.head.sha, ref: `refs/pull/${pull.number}/merge` })
    ]);
    for (const run of [r503, rReset, rPr]) {
      expect(run.code).toBe(1);
      expect(run.outputs.result).toBe('fail');
      expect(run.outputs['status-committed']).toBe('false');
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.summary).toContain('The run failed: could not read');
    }
    // Every file of the one snapshot read, at the revision it was wanted at.
    const [after, before] = [a.after.slice(0, 12), a.before.slice(0, 12)];
    expect(errorLines(r503)).toEqual([
      `::error::could not read AI_CURRENT_WORK.md@${after}, AI_CURRENT_WORK.md@${before}, .github/ai-sync.yml@${before}, AI_SYNC_STATUS.json@${before}, AI_SYNC_STATUS.json@refs/heads/main through the GitHub API (HTTP 503)`
    ]);
    expect(errorLines(rReset)).toEqual([expect.stringMatching(/^::error::could not read AI_CURRENT_WORK\.md@[0-9a-f]{12}.* through the GitHub API \(no answer: .+\)$/)]);
    expect(errorLines(rPr)).toEqual([`::error::could not read the files of pull request #${pull.number} through the GitHub API (HTTP 503)`]);
    // Retried before giving up (1 + 3 retries), then the files alone without the open pull requests folded in
    // (a heavy combined query is what GitHub answers 502 to), 1 + 3 again; nothing was written anywhere.
    expect(push503.si.requests.filter((q) => q.fault === 'down-503')).toHaveLength(8);
    expect(await statusText(push503)).toBeNull();
    expect(pr.si.comments.list(pull.number)).toEqual([]);
  }, 60_000);
});
