// Burst: 16 pushes in quick succession to main of a real bare repository, then 16 action runs started at once,
// finishing in random order. Every verdict is right, the status file ends at the newest push, and no status write
// is lost or goes backwards (the file's history on main only moves forward). Pushes come in pairs that share a
// `pushed_at` second, so half of the "which is newer" decisions need the ancestry check. Figures: bench/.work/stress-burst.json.
import { describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../../test-support/action-run.js';
import { pushEvent } from '../../../test-support/github-standin/index.js';
import { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, iso } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';
import { median, writeFigures } from '../../helpers/figures.js';
import { H, statusHistory, statusSchemaErrors, statusText, warningLines } from '../helpers/scenarios.js';

const ROUNDS = 3;
const PUSHES = 16;

const rigs = useRigs();

interface Round {
  round: number;
  wallMs: number;
  verdictsRight: number;
  finalIsNewest: boolean;
  statusVersions: number;
  movedBackwards: number;
  written: number;
  skippedNewerExists: number;
  skippedUpToDate: number;
  lostRace: number;
  conflicts409: number;
  ancestryChecks: number;
  startOrder: number[];
  finishOrder: number[];
}

async function burst(round: number): Promise<Round> {
  const r = await rigs.seed();
  const pushes: { payload: unknown; after: string; expected: string }[] = [];
  for (let i = 0; i < PUSHES; i++) {
    const violation = i % 4 === 1;
    if (violation) r.fx.write(CLAIMED_FILE, `export class TrackingService { v${i}() {} }\n`);
    else r.fx.write(`notes/${i}.md`, `${i}\n`);
    await r.fx.commit(`${violation ? 'feat: tracking' : 'docs: note'} ${i}\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const { before, after } = await r.fx.push('main');
    const pushedAt = iso(SEED_CHECKIN + H + Math.floor(i / 2) * 1000);
    pushes.push({ after, expected: violation ? 'fail' : 'pass', payload: await pushEvent(r.fx, { before, after, ref: 'refs/heads/main', pushedAt, standIn: r.si }) });
  }
  const order = pushes.map((_, i) => i).sort(() => Math.random() - 0.5);
  const finished: number[] = [];
  const t0 = Date.now();
  const runs: ActionRun[] = new Array(PUSHES);
  await Promise.all(
    order.map(async (i, k) => {
      await new Promise((res) => setTimeout(res, k * 10));
      const p = pushes[i]!;
      runs[i] = await runAction({ standIn: r.si, fixture: r.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: 'refs/heads/main' });
      finished.push(i);
    })
  );
  const wallMs = Date.now() - t0;

  const verdictsRight = runs.filter((run, i) => run.outputs.result === pushes[i]!.expected).length;
  for (const [i, run] of runs.entries()) {
    expect({ push: i, result: run.outputs.result }).toEqual({ push: i, result: pushes[i]!.expected });
    // Losing a race is never a warning here: the run re-reads and either writes or sees a newer status.
    expect(warningLines(run)).toEqual([]);
  }
  const final = JSON.parse((await statusText(r)) ?? 'null') as { lastCommit: string };
  expect(statusSchemaErrors((await statusText(r)) ?? '')).toEqual([]);
  expect(final.lastCommit).toBe(pushes[PUSHES - 1]!.after);
  // The history: each version is for a push no older than the one before (by time, and by push order).
  const history = await statusHistory(r);
  const index = history.map((v) => pushes.findIndex((p) => p.after === v.lastCommit));
  expect(index).not.toContain(-1);
  let movedBackwards = 0;
  for (let k = 1; k < history.length; k++) {
    if (Date.parse(history[k]!.lastUpdate) < Date.parse(history[k - 1]!.lastUpdate) || index[k]! < index[k - 1]!) movedBackwards++;
  }
  expect(movedBackwards).toBe(0);
  expect(index).toEqual([...index].sort((a, b) => a - b));

  const notes = (run: ActionRun, re: RegExp) => (re.test(run.summary) ? 1 : 0);
  const sum = (re: RegExp) => runs.reduce((n, run) => n + notes(run, re), 0);
  const written = runs.filter((run) => run.outputs['status-committed'] === 'true').length;
  expect(written).toBe(history.length);
  const round_: Round = {
    round,
    wallMs,
    verdictsRight,
    finalIsNewest: final.lastCommit === pushes[PUSHES - 1]!.after,
    statusVersions: history.length,
    movedBackwards,
    written,
    skippedNewerExists: sum(/not written: a newer push/),
    skippedUpToDate: sum(/is already up to date/),
    lostRace: sum(/lost the race/),
    conflicts409: r.si.requests.filter((q) => q.method === 'PUT' && q.status === 409).length,
    ancestryChecks: r.si.requests.filter((q) => q.operation === 'repos/compare-commits-with-basehead' || q.path.includes('/compare/')).length,
    startOrder: order,
    finishOrder: finished
  };
  // Every run is accounted for: it wrote, or found a newer (or the same) status already there.
  expect(round_.written + round_.skippedNewerExists + round_.skippedUpToDate).toBe(PUSHES);
  expect(round_.lostRace).toBe(0);
  await rigs.release(r);
  return round_;
}

describe('burst of pushes', () => {
  it(`${ROUNDS} rounds of ${PUSHES} pushes and ${PUSHES} concurrent runs: right verdicts, newest status, nothing lost or backwards`, async () => {
    const rounds: Round[] = [];
    for (let k = 0; k < ROUNDS; k++) rounds.push(await burst(k + 1));
    writeFigures('stress-burst', {
      rounds: ROUNDS,
      pushesPerRound: PUSHES,
      verdictsRight: `${rounds.reduce((n, r) => n + r.verdictsRight, 0)}/${ROUNDS * PUSHES}`,
      finalIsNewest: `${rounds.filter((r) => r.finalIsNewest).length}/${ROUNDS}`,
      movedBackwards: rounds.reduce((n, r) => n + r.movedBackwards, 0),
      conflicts409: rounds.map((r) => r.conflicts409),
      statusVersions: rounds.map((r) => r.statusVersions),
      skippedNewerExists: rounds.map((r) => r.skippedNewerExists),
      skippedUpToDate: rounds.map((r) => r.skippedUpToDate),
      ancestryChecks: rounds.map((r) => r.ancestryChecks),
      wallMs: rounds.map((r) => r.wallMs),
      medianWallMs: median(rounds.map((r) => r.wallMs)),
      detail: rounds
    });
  });
});
