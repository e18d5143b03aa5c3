// Bottleneck, the limiter inside the retry plugin (a new one for every request) and behind the throttling plugin's
// groups, makes each step of a job asynchronous (submit, register, free) by yielding to the event loop with
// setTimeout(…, 0). Node turns that into a 1 ms timer and the loop sleeps until it fires: with three Bottleneck
// limiters around every request, 18 of a push run's 24 zero-delay timers were these yields, 30 of a pull request
// run's 40 (the throttling plugin's two now are limiters.ts). The zero-delay yield becomes a setImmediate, which
// yields just the same — pending I/O and due timers run first — without the 1 ms. A delay (t > 0) is left to the
// original. Limits, retries and their delays are not touched: they are timed in the limiter itself (a job's `wait`,
// a retry's delay), not in this yield. One Bottleneck module serves both plugins in the bundle, so patching the
// datastore's prototype once covers every limiter; bottleneck is pinned (package.json), and a unit test fails if
// its datastore stops having the method.
import Bottleneck from 'bottleneck/light.js';

interface Datastore {
  Promise: PromiseConstructor;
  yieldLoop(t?: number): Promise<unknown>;
}

let unclamped = false;

/** Makes Bottleneck's zero-delay yield a setImmediate (once); false when its datastore has no such method. */
export function unclampLimiterYield(): boolean {
  if (unclamped) return true;
  const store = (new Bottleneck() as unknown as { _store?: object })._store;
  const proto = (store ? Object.getPrototypeOf(store) : null) as Datastore | null;
  if (proto === null || typeof proto.yieldLoop !== 'function') return false;
  const timed = proto.yieldLoop;
  proto.yieldLoop = function (this: Datastore, t = 0) {
    return t > 0 ? timed.call(this, t) : new this.Promise((resolve) => setImmediate(resolve));
  };
  unclamped = true;
  return true;
}
