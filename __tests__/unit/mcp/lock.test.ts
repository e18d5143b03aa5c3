// The order tool calls run in: edits one at a time, reads together but never during an edit, a failure frees the queue.
import { describe, expect, it } from '@jest/globals';
import { ToolLock } from '../../../src/mcp/lock.js';

/** A task that runs until released, recording when it starts and ends. */
function task(log: string[], name: string): { run: () => Promise<string>; release: () => void; fail: (e: Error) => void } {
  let release: () => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  return {
    run: async () => {
      log.push(`${name}+`);
      try {
        await gate;
      } finally {
        log.push(`${name}-`);
      }
      return name;
    },
    release: () => release(),
    fail: (e) => fail(e)
  };
}

const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('ToolLock', () => {
  it('runs edits one at a time, in the order they came', async () => {
    const lock = new ToolLock();
    const log: string[] = [];
    const a = task(log, 'a');
    const b = task(log, 'b');
    const pa = lock.exclusive(a.run);
    const pb = lock.exclusive(b.run);
    await settle();
    expect(log).toEqual(['a+']);
    a.release();
    await pa;
    await settle();
    expect(log).toEqual(['a+', 'a-', 'b+']);
    b.release();
    expect(await pb).toBe('b');
  });

  it('runs reads together, an edit after the reads before it, and reads after it once it is done', async () => {
    const lock = new ToolLock();
    const log: string[] = [];
    const r1 = task(log, 'r1');
    const r2 = task(log, 'r2');
    const e = task(log, 'e');
    const r3 = task(log, 'r3');
    const p1 = lock.shared(r1.run);
    const p2 = lock.shared(r2.run);
    const pe = lock.exclusive(e.run);
    const p3 = lock.shared(r3.run);
    await settle();
    expect(log).toEqual(['r1+', 'r2+']);
    r2.release();
    await p2;
    await settle();
    expect(log).toEqual(['r1+', 'r2+', 'r2-']); // the edit still waits for r1
    r1.release();
    await p1;
    await settle();
    expect(log).toEqual(['r1+', 'r2+', 'r2-', 'r1-', 'e+']); // r3 waits for the edit
    e.release();
    await pe;
    await settle();
    expect(log.at(-1)).toBe('r3+');
    r3.release();
    await p3;
  });

  it('a failed edit rejects its own call only; the next one runs', async () => {
    const lock = new ToolLock();
    const log: string[] = [];
    const a = task(log, 'a');
    const b = task(log, 'b');
    const pa = lock.exclusive(a.run);
    const pb = lock.exclusive(b.run);
    a.fail(new Error('boom'));
    await expect(pa).rejects.toThrow('boom');
    await settle();
    b.release();
    expect(await pb).toBe('b');
    expect(log).toEqual(['a+', 'a-', 'b+', 'b-']);
  });
});
