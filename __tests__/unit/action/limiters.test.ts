// The throttling plugin's limiters (limiters.ts) against Bottleneck, which they stand in for: the same jobs, with
// the same priorities, weights, failures and listener answers, go through both, and what started when, what was
// retried and how each job ended must be the same.
import { describe, expect, it } from '@jest/globals';
import Bottleneck from 'bottleneck/light.js';
import fc from 'fast-check';
import { setTimeout as sleep } from 'node:timers/promises';
import { concurrencyLimiter, retryLimiter, writeLimiter, type RetryInfo, type Schedulable } from '../../../src/action/github/limiters.js';

/**
 * Until the limiter has started whatever it will start: Bottleneck moves a job on with a few timers per step, so its
 * counts must show no job between states (received, or registered and not yet executing) and stay the same across
 * a poll (a loaded machine delays its timers: a fixed wait was not always enough). Ours starts jobs at once.
 */
async function settle(limiter: Schedulable): Promise<void> {
  const counts = (limiter as { counts?: () => Record<string, number> }).counts?.bind(limiter);
  let last = '';
  for (let waited = 0; waited < 2_000; waited += 5) {
    await sleep(5);
    if (!counts) return;
    const c = counts();
    const now = JSON.stringify(c);
    if ((c.RECEIVED ?? 0) + (c.RUNNING ?? 0) === 0 && now === last) return;
    last = now;
  }
  throw new Error('the limiter did not settle in 2 s');
}

interface Job {
  priority?: number;
  weight: number;
}

/** Submits the jobs, then finishes the running ones one at a time (oldest first); returns the order they started in. */
async function startOrder(limiter: Schedulable, jobs: Job[]): Promise<number[]> {
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  const done = jobs.map((job, i) => {
    const options = { ...(job.priority !== undefined ? { priority: job.priority } : {}), weight: job.weight };
    return limiter.schedule(options, () => {
      started.push(i);
      return new Promise<number>((resolve) => finish.set(i, () => resolve(i)));
    });
  });
  await settle(limiter);
  for (let step = 0; step < jobs.length; step++) {
    const next = started.find((i) => finish.has(i));
    if (next === undefined) break;
    finish.get(next)?.();
    finish.delete(next);
    await settle(limiter);
  }
  await expect(Promise.all(done)).resolves.toEqual(jobs.map((_, i) => i));
  return started;
}

describe('concurrencyLimiter (the plugin’s `global` group)', () => {
  it('starts jobs in the order Bottleneck does: by priority, then in order, weight 0 taking no slot', async () => {
    const job = fc.record({ priority: fc.option(fc.integer({ min: -1, max: 11 }), { nil: undefined }), weight: fc.constantFrom(0, 1, 1, 1) });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.array(job, { minLength: 1, maxLength: 7 }), async (max, jobs) => {
        const ours = await startOrder(concurrencyLimiter(max).key('no-id'), jobs);
        const theirs = await startOrder(new Bottleneck.Group({ maxConcurrent: max }).key('no-id'), jobs);
        expect(ours).toEqual(theirs);
      }),
      // The first: a case a fixed wait once got wrong on a loaded machine (Bottleneck had not queued job 3 yet).
      { numRuns: 12, examples: [[1, [{ priority: undefined, weight: 1 }, { priority: 9, weight: 1 }, { priority: 7, weight: 0 }, { priority: 0, weight: 1 }]]] }
    );
  }, 60_000);

  it('never runs more than its maximum at once, and a failed job frees its slot', async () => {
    const limiter = concurrencyLimiter(2).key();
    let running = 0;
    let most = 0;
    const job = (fail: boolean) =>
      limiter.schedule(async () => {
        running += 1;
        most = Math.max(most, running);
        await sleep(5);
        running -= 1;
        if (fail) throw new Error('no');
        return 'ok';
      });
    const results = await Promise.allSettled([job(true), job(false), job(true), job(false), job(false)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(most).toBe(2);
  });
});

interface Attempt {
  retryCount: number;
  args: unknown[];
}

/** A job failing `failures` times, with listeners answering as given; what the listeners saw and how it ended. */
async function retried(limiter: { on(e: string, l: (error: unknown, info: RetryInfo) => unknown): unknown; schedule(...a: unknown[]): Promise<unknown> }, failures: number, answers: (number | null | undefined | 'throw')[][]) {
  const seen: Attempt[] = [];
  let calls = 0;
  const errors = Array.from({ length: failures }, (_, i) => new Error(`failure ${i}`));
  answers.forEach((list, l) =>
    limiter.on('failed', async (error: unknown, info: RetryInfo) => {
      if (l === 0) {
        expect(error).toBe(errors[info.retryCount]);
        seen.push({ retryCount: info.retryCount, args: info.args });
      }
      const a = list[info.retryCount];
      if (a === 'throw') throw new Error('listener failed');
      return a;
    })
  );
  const outcome = await limiter
    .schedule({ priority: 0, weight: 0 }, async (x: number, y: string) => {
      calls += 1;
      if (calls <= failures) throw errors[calls - 1];
      return `${x}${y}`;
    }, 4, 'b')
    .then(
      (value) => ({ value }),
      (error: unknown) => ({ error: errors.indexOf(error as Error) })
    );
  return { seen, calls, outcome };
}

describe('retryLimiter (the plugin’s retry limiter)', () => {
  it('retries as Bottleneck does: an answer that is not null or undefined retries the job, none ends it with its error', async () => {
    const answer = fc.constantFrom<number | null | undefined | 'throw'>(0, 1, 3, null, undefined, 'throw');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 3 }), fc.array(fc.array(answer, { minLength: 4, maxLength: 4 }), { minLength: 0, maxLength: 3 }), async (failures, answers) => {
        const ours = await retried(retryLimiter(), failures, answers);
        const theirs = await retried(new Bottleneck() as never, failures, answers);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 60 }
    );
  }, 60_000);

  it('waits the delay answered first (in the order the listeners were added) before the next attempt', async () => {
    const gap = async (answers: (number | undefined)[]): Promise<number> => {
      const limiter = retryLimiter();
      for (const a of answers) limiter.on('failed', (_e, info) => (info.retryCount === 0 ? a : undefined));
      const times: number[] = [];
      await limiter.schedule(async () => {
        times.push(Date.now());
        if (times.length === 1) throw new Error('once');
      });
      expect(times).toHaveLength(2);
      return (times[1] as number) - (times[0] as number);
    };
    expect(await gap([undefined, 400, 0])).toBeGreaterThanOrEqual(395);
    expect(await gap([0, 400])).toBeLessThan(300);
  });
});

describe('writeLimiter (the plugin’s `write` group)', () => {
  it('runs one job at a time, in order, each start at least the spacing after the previous one', async () => {
    const limiter = writeLimiter(40).key();
    const starts: [string, number][] = [];
    let running = 0;
    const job = (name: string, fail = false) =>
      limiter.schedule(async () => {
        expect(running).toBe(0);
        running += 1;
        starts.push([name, Date.now()]);
        await sleep(2);
        running -= 1;
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([job('a'), job('b', true), job('c')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(starts.map(([n]) => n)).toEqual(['a', 'b', 'c']);
    for (let i = 1; i < starts.length; i++) expect((starts[i]?.[1] as number) - (starts[i - 1]?.[1] as number)).toBeGreaterThanOrEqual(38);
  });
});
