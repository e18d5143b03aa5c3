// Bottleneck's zero-delay yield (limiter-yield.ts): before the patch, every step of a job waits a 1 ms timer; after
// it, a job's only zero-delay timer is the limiter's own start of the job, and delays the limiter decides (minTime,
// a retry's delay) are timers as before, of the same length.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Bottleneck from 'bottleneck/light.js';
import { unclampLimiterYield } from '../../../src/action/github/limiter-yield.js';
import { recordTimerDelays, type TimerDelays } from '../../helpers/timers.js';

let timers: TimerDelays;

beforeEach(() => {
  timers = recordTimerDelays();
});

afterEach(() => {
  timers.restore();
});

const zeroDelay = () => timers.zeroDelay();

describe('unclampLimiterYield', () => {
  // Runs first: the patch is process-wide and cannot be undone.
  it('before it, a job on a limiter waits several zero-delay timers (submit, register, run, free)', async () => {
    const limiter = new Bottleneck();
    await expect(limiter.schedule(async () => 'done')).resolves.toBe('done');
    expect(zeroDelay()).toBeGreaterThanOrEqual(4);
  });

  it('after it, a job waits one (the limiter starting it), on a limiter and on a group’s limiter', async () => {
    expect(unclampLimiterYield()).toBe(true);
    expect(unclampLimiterYield()).toBe(true); // once: patching twice would wrap the wrapper
    await expect(new Bottleneck().schedule(async () => 1)).resolves.toBe(1);
    expect(zeroDelay()).toBe(1);
    timers.clear();
    const group = new Bottleneck.Group({ maxConcurrent: 10 });
    await expect(group.key('k').schedule({}, async (x: number) => x + 1, 41)).resolves.toBe(42);
    expect(zeroDelay()).toBe(1);
  });

  it('keeps the limits: minTime still spaces jobs, maxConcurrent still queues them', async () => {
    const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 200 });
    const order: string[] = [];
    const job = (name: string) => limiter.schedule(async () => void order.push(name));
    await Promise.all([job('a'), job('b')]);
    expect(order).toEqual(['a', 'b']);
    // The second job starts after a timer of (about) minTime, decided by the limiter, not by the yield.
    expect(Math.max(...timers.delays)).toBeGreaterThan(150);
  });

  it('keeps a retry’s delay: the failed handler’s answer is the timer before the next attempt', async () => {
    const limiter = new Bottleneck();
    let attempts = 0;
    limiter.on('failed', (_error, info) => (info.retryCount === 0 ? 120 : undefined));
    const result = limiter.schedule(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('transient');
      return attempts;
    });
    await expect(result).resolves.toBe(2);
    expect(timers.delays).toContain(120);
  });

  it('a yield with a delay still waits that delay', async () => {
    const store = Object.getPrototypeOf((new Bottleneck() as unknown as { _store: object })._store) as { yieldLoop(this: unknown, t?: number): Promise<unknown> };
    await store.yieldLoop.call({ Promise }, 5);
    expect(timers.delays).toEqual([5]);
  });
});
