// The throttling plugin's limiters that a run passes in (client.ts), as small promise queues instead of Bottleneck:
// the plugin sends every request through its retry limiter and its `global` group (and writes through `write`), and
// a Bottleneck job starts on a zero-delay timer — Node makes that 1 ms, and the event loop sleeps through it — so
// each limiter cost a request about a millisecond before it went out (limiter-yield.ts has the rest of that story).
// They keep what the plugin asks of them, as Bottleneck does it:
//  - write: one at a time, in order, each start at least a spacing after the previous one;
//  - global: at most 10 jobs at once, shared by every client of the run (the plugin's own group is shared the same
//    way), by priority (0 first, default 5) then in order; a job of weight 0 (the plugin's retries) takes no slot;
//  - retry: a job that fails asks the `failed` listeners (error, { args, options, retryCount }); the first answer that
//    is not null or undefined is a delay in ms, after which the job runs again; none, and the job fails with its error.
// The plugin's rate-limit decisions, its retry counts and delays, and the retry plugin (which keeps its own
// Bottleneck) are untouched. __tests__/unit/action/limiters.test.ts runs the same jobs through Bottleneck and these.
import { setTimeout as sleep } from 'node:timers/promises';

type Task = (...args: unknown[]) => unknown;

/** Bottleneck's job options, as far as the plugin sets them. */
export interface JobOptions {
  priority?: number;
  weight?: number;
}

/** Bottleneck's `schedule([options,] fn, ...args)`. */
export interface Schedulable {
  schedule(...args: unknown[]): Promise<unknown>;
}

/** A Bottleneck.Group as the plugin uses one: `group.key(id).schedule(...)`; every key shares one limiter here. */
export interface KeyedLimiter {
  key(id?: string): Schedulable;
}

export interface RetryInfo {
  args: unknown[];
  options: JobOptions;
  retryCount: number;
}

type FailedListener = (error: unknown, info: RetryInfo) => unknown;

export interface RetryLimiter extends Schedulable {
  on(event: string, listener: FailedListener): void;
}

const NUM_PRIORITIES = 10;
const DEFAULT_PRIORITY = 5;

function jobOf(args: unknown[]): { options: JobOptions; fn: Task; rest: unknown[] } {
  if (typeof args[0] === 'function') return { options: {}, fn: args[0] as Task, rest: args.slice(1) };
  return { options: (args[0] ?? {}) as JobOptions, fn: args[1] as Task, rest: args.slice(2) };
}

/** Runs the task as a job does: a synchronous throw is a failed job, not an exception in the caller. */
function start(fn: Task, args: unknown[]): Promise<unknown> {
  try {
    return Promise.resolve(fn(...args));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Bottleneck's reading of a priority: an integer from 0 to 9, anything else the default. */
function priorityOf(p: number | undefined): number {
  if (p === undefined || ~~p !== p) return DEFAULT_PRIORITY;
  return Math.min(NUM_PRIORITIES - 1, Math.max(0, p));
}

/** One job at a time, in order, starts at least `spacingMs` apart (the plugin's `write` group). */
export function writeLimiter(spacingMs: number): KeyedLimiter {
  let nextStart = 0;
  let tail: Promise<unknown> = Promise.resolve();
  const limiter: Schedulable = {
    schedule(...args: unknown[]): Promise<unknown> {
      const { fn, rest } = jobOf(args);
      const job = tail.then(async () => {
        const wait = nextStart - Date.now();
        if (wait > 0) await sleep(wait);
        nextStart = Date.now() + spacingMs;
        return start(fn, rest);
      });
      tail = job.then(
        () => undefined,
        () => undefined
      );
      return job;
    }
  };
  return { key: () => limiter };
}

interface Waiting {
  weight: number;
  run: () => void;
}

/** At most `max` jobs (by weight) at once, highest priority first, in order within a priority (the `global` group). */
export function concurrencyLimiter(max: number): KeyedLimiter {
  let running = 0;
  const queues: Waiting[][] = Array.from({ length: NUM_PRIORITIES }, () => []);
  // As Bottleneck drains: the first job of the highest priority starts if its weight fits, and nothing behind it does
  // until it has.
  const drain = (): void => {
    for (;;) {
      const queue = queues.find((q) => q.length > 0);
      const next = queue?.[0];
      if (!queue || !next || next.weight > max - running) return;
      queue.shift();
      running += next.weight;
      next.run();
    }
  };
  const limiter: Schedulable = {
    schedule(...args: unknown[]): Promise<unknown> {
      const { options, fn, rest } = jobOf(args);
      const weight = options.weight ?? 1;
      return new Promise((resolve, reject) => {
        const run = () =>
          void start(fn, rest)
            .finally(() => {
              running -= weight;
              drain();
            })
            .then(resolve, reject);
        (queues[priorityOf(options.priority)] as Waiting[]).push({ weight, run });
        drain();
      });
    }
  };
  return { key: () => limiter };
}

/** No limit on concurrency; a failed job runs again after the delay its `failed` listeners answer (the retry limiter). */
export function retryLimiter(): RetryLimiter {
  const listeners: FailedListener[] = [];
  const ask = async (error: unknown, info: RetryInfo): Promise<unknown> => {
    const answers = await Promise.all(
      listeners.map(async (listener) => {
        try {
          return await listener(error, info);
        } catch {
          return null; // Bottleneck reports a listener's error as an event and treats it as no answer
        }
      })
    );
    return answers.find((a) => a !== null && a !== undefined);
  };
  return {
    on(event: string, listener: FailedListener): void {
      if (event === 'failed') listeners.push(listener);
    },
    async schedule(...args: unknown[]): Promise<unknown> {
      const { options, fn, rest } = jobOf(args);
      for (let retryCount = 0; ; retryCount++) {
        try {
          return await start(fn, rest);
        } catch (error) {
          const retry = await ask(error, { args: rest, options, retryCount });
          if (retry === undefined) throw error;
          const ms = ~~(retry as number);
          if (ms > 0) await sleep(ms);
        }
      }
    }
  };
}
