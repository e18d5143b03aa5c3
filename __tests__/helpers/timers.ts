// The delays of the timers code sets while a spy is on (not a test file): for the suites that count Bottleneck's
// zero-delay timers (each is a 1 ms wait in Node). The timers still run; restore() removes the spy.
import { jest } from '@jest/globals';

export interface TimerDelays {
  /** Every delay asked of setTimeout since the spy started or was last cleared. */
  delays: number[];
  /** How many of them were zero (or missing), which Node turns into 1 ms. */
  zeroDelay(): number;
  clear(): void;
  restore(): void;
}

export function recordTimerDelays(): TimerDelays {
  const real = globalThis.setTimeout;
  const delays: number[] = [];
  const spy = jest.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
    delays.push(ms ?? 0);
    return real(fn, ms);
  }) as typeof setTimeout);
  return {
    delays,
    zeroDelay: () => delays.filter((d) => !(d > 0)).length,
    clear: () => void delays.splice(0),
    restore: () => spy.mockRestore()
  };
}
