// The order tool calls run in. A client may send calls without waiting for the previous answer: claim, checkin and
// release write the claims file (and push it), so they run one at a time; status and verify only read, so they run
// together, but never while an edit is half-written.

export class ToolLock {
  /** Settles when the last queued edit has finished (whatever its outcome). */
  private edits: Promise<void> = Promise.resolve();
  /** Reads started or waiting: an edit waits for all of them. */
  private readonly reads = new Set<Promise<unknown>>();

  /** Runs `f` alone: after every edit and read queued before it, and before any queued after it. */
  exclusive<T>(f: () => Promise<T>): Promise<T> {
    // The reads queued so far, taken now: a read queued later waits for this edit, so waiting for it would deadlock.
    const before = [...this.reads];
    const run = this.edits.then(() => Promise.allSettled(before)).then(f);
    this.edits = run.then(
      () => undefined,
      () => undefined
    );
    return run;
  }

  /** Runs `f` once the edits queued before it are done; alongside other reads. */
  shared<T>(f: () => Promise<T>): Promise<T> {
    const run = this.edits.then(f);
    this.reads.add(run);
    const forget = (): void => void this.reads.delete(run);
    run.then(forget, forget);
    return run;
  }
}
