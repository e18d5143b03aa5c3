// Transient faults at scale: 50 runs (10 of each scenario: pushes with a violation, a warning, a new branch; a PR
// opened, a PR whose report is resolved), each against its own stand-in injecting faults into 30 % of requests —
// 500/502/503, reset connections, 403 and 429 rate limits (x-ratelimit-reset / retry-after: 1 s), slow answers —
// 4 runs at a time. Every run must end exactly like the fault-free run of its scenario: exit code, result,
// findings-json, the status file committed to main, the sticky comment. A fault is transient when at most 3 come in
// a row on one request (the client retries 3 times); longer runs are an outage (see the `down` tests in
// __tests__/e2e/reliability/faults.e2e.test.ts). Figures: bench/.work/stress-faults.json.
import { describe, expect, it } from '@jest/globals';
import type { FaultKind, RecordedRequest } from '../../../test-support/github-standin/index.js';
import { median, writeFigures } from '../../helpers/figures.js';
import { useRigs } from '../helpers/rig.js';
import { SCENARIOS, STACK_FRAME, addCounts, buildScenario, faultsByKind, outcomeOf, pool, type Outcome } from '../helpers/scenarios.js';

const RUNS = 50;
const CONCURRENCY = 4;
const PLAN = { rate: 0.3, kinds: ['500', '502', '503', 'reset', '403-rate', '429', 'slow'] as FaultKind[], slowMs: 1500, maxConsecutive: 3 };

// Violations are asserted in the test itself, run by run.
const rigs = useRigs({ violations: false });

/** Longest run of failing faults in a row on one method + path (the retries of one request). */
function longestStreak(requests: readonly RecordedRequest[]): number {
  const streak = new Map<string, number>();
  let max = 0;
  for (const q of requests) {
    const key = `${q.method} ${q.path}`;
    const n = q.fault && q.fault !== 'slow' ? (streak.get(key) ?? 0) + 1 : 0;
    streak.set(key, n);
    max = Math.max(max, n);
  }
  return max;
}

describe('transient faults across many runs', () => {
  it(`${RUNS} runs with 30 % of requests faulted end exactly like the fault-free runs`, async () => {
    const reference = new Map<string, Outcome>();
    const referenceRequests: Record<string, number> = {};
    await pool(SCENARIOS, CONCURRENCY, async (name) => {
      const s = await rigs.scenario(name);
      reference.set(name, await outcomeOf(s, await s.run()));
      referenceRequests[name] = s.rig.si.requests.length;
      expect(s.rig.si.violations).toEqual([]);
    });
    const t0 = Date.now();
    const runs = Array.from({ length: RUNS }, (_, i) => ({ name: SCENARIOS[i % SCENARIOS.length]!, seed: 1000 + i }));
    const results = await pool(runs, CONCURRENCY, async ({ name, seed }) => {
      const s = await buildScenario(name);
      try {
        s.rig.si.setFaults({ seed, ...PLAN });
        const started = Date.now();
        const run = await s.run();
        const ms = Date.now() - started;
        const outcome = await outcomeOf(s, run);
        expect(s.rig.si.violations).toEqual([]);
        expect(run.stderr).not.toMatch(STACK_FRAME);
        return { name, seed, ms, outcome, requests: [...s.rig.si.requests] };
      } finally {
        await s.rig.close();
      }
    });
    const wallMs = Date.now() - t0;

    let identical = 0;
    for (const r of results) {
      const same = JSON.stringify(r.outcome) === JSON.stringify(reference.get(r.name));
      if (same) identical++;
      expect({ name: r.name, seed: r.seed, ...r.outcome }).toEqual({ name: r.name, seed: r.seed, ...reference.get(r.name) });
    }
    const all = results.flatMap((r) => r.requests);
    const faults = results.reduce((acc, r) => addCounts(acc, faultsByKind(r.requests)), {} as Record<string, number>);
    const injected = Object.values(faults).reduce((a, b) => a + b, 0);
    const failing = injected - (faults.slow ?? 0);
    // Every kind was injected, and about the planned share of requests.
    for (const k of PLAN.kinds) expect(faults[k] ?? 0).toBeGreaterThan(0);
    const streak = Math.max(...results.map((r) => longestStreak(r.requests)));
    expect(streak).toBeLessThanOrEqual(PLAN.maxConsecutive);
    expect(injected / all.length).toBeGreaterThan(0.2);
    writeFigures('stress-faults', {
      runs: RUNS,
      concurrency: CONCURRENCY,
      plan: { ...PLAN, seeds: `${runs[0]?.seed}..${runs.at(-1)?.seed}` },
      scenarios: SCENARIOS,
      identical: `${identical}/${RUNS}`,
      requests: all.length,
      faultsInjected: injected,
      faultedShare: Math.round((injected / all.length) * 1000) / 1000,
      faultsByKind: faults,
      retriedRequests: failing,
      longestFaultStreak: streak,
      perRunMs: { median: median(results.map((r) => r.ms)), max: Math.max(...results.map((r) => r.ms)) },
      requestsPerFaultFreeRun: referenceRequests,
      wallMs
    });
  });
});
