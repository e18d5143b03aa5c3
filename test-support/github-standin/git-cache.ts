/**
 * What the stand-in's git plumbing (git.ts) remembers. Answers keyed only by full object ids cannot change, so they
 * are kept per stand-in, bounded, for every client alike. Anything that names a ref can change behind the stand-in's
 * back (tests push with plain git), so ref lookups are remembered for one request only (RequestMemo).
 */

import type { CommitInfo, DiffFile, TreeEntry } from './git-parse.js';

/** A full object id as git prints it: the only keys a cache that outlives a request may use. */
export const isOid = (s: string): boolean => /^[0-9a-f]{40}$/.test(s);

/** A least-recently-used map bounded by entry count and, optionally, by a total weight (bytes). */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  private weight = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly weigh: (v: V) => number = () => 0,
    private readonly maxWeight = Infinity
  ) {}
  has(k: string): boolean {
    return this.map.has(k);
  }
  get(k: string): V | undefined {
    if (!this.map.has(k)) return undefined;
    const v = this.map.get(k) as V;
    this.map.delete(k);
    this.map.set(k, v);
    return v;
  }
  set(k: string, v: V): void {
    this.delete(k);
    const w = this.weigh(v);
    if (w > this.maxWeight) return; // would evict everything else and still not fit
    this.map.set(k, v);
    this.weight += w;
    while (this.map.size > this.maxEntries || this.weight > this.maxWeight) this.delete(this.map.keys().next().value!);
  }
  delete(k: string): void {
    if (!this.map.has(k)) return;
    this.weight -= this.weigh(this.map.get(k) as V);
    this.map.delete(k);
  }
}

/**
 * Settled answers in an Lru, plus the ones still being computed: callers asking for the same key at the same time
 * share one git process. A failure is not kept (the next caller asks git again); `keep` can refuse an answer too.
 */
export class Memo<V> {
  private readonly done: Lru<V>;
  private readonly pending = new Map<string, Promise<V>>();
  constructor(maxEntries: number, weigh?: (v: V) => number, maxWeight?: number) {
    this.done = new Lru<V>(maxEntries, weigh, maxWeight);
  }
  get(key: string, compute: () => Promise<V>, keep: (v: V) => boolean = () => true): Promise<V> {
    if (this.done.has(key)) return Promise.resolve(this.done.get(key) as V);
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const p = compute();
    this.pending.set(key, p);
    p.then(
      (v) => {
        this.pending.delete(key);
        if (keep(v)) this.done.set(key, v);
      },
      () => this.pending.delete(key)
    );
    return p;
  }
  /** A settled answer, if kept. */
  peek(key: string): V | undefined {
    return this.done.get(key);
  }
  set(key: string, v: V): void {
    this.done.set(key, v);
  }
}

/** Blobs up to this size are kept … */
const BLOB_KEEP_MAX = 1024 * 1024;
/** … within this many bytes in all. */
const BLOB_CACHE_BYTES = 32 * 1024 * 1024;

/** One stand-in's memory of immutable answers (shared by every request's view of the repository). */
export class ObjectCaches {
  /** `git` processes started (a count tests read through `StandIn.gitProcesses`). */
  processes = 0;
  /** `<oid>^{commit}` → the commit's id; only found commits (an absent id may be pushed later). */
  readonly verified = new Lru<string>(8192);
  /** Commit metadata by id, and the `cat-file --batch` reads under way (so concurrent readers share one). */
  readonly commits = new Lru<CommitInfo>(8192);
  readonly commitsPending = new Map<string, Promise<void>>();
  /** `ls-tree` of `<commit oid>` + directory (null: no such directory in that commit). */
  readonly trees = new Memo<readonly TreeEntry[] | null>(512);
  readonly blobs = new Memo<Buffer>(4096, (b) => b.length, BLOB_CACHE_BYTES);
  /** `merge-base`, `rev-list --count` and `rev-list` over object ids only. */
  readonly mergeBases = new Memo<string | null>(1024);
  readonly counts = new Memo<number>(1024);
  readonly revLists = new Memo<readonly string[]>(64);
  readonly types = new Memo<string | null>(4096);
  readonly diffs = new Memo<readonly DiffFile[]>(32);
  /** Blobs larger than this are read again each time rather than kept. */
  readonly blobKeepMax = BLOB_KEEP_MAX;
}

/**
 * One request's ref lookups: the same ref resolved twice in a request runs git once. A view's ref update
 * (`updateRef`) forgets them all, since the request itself has just moved a ref.
 */
export class RequestMemo {
  private readonly map = new Map<string, Promise<string | null>>();
  get(key: string, compute: () => Promise<string | null>): Promise<string | null> {
    let p = this.map.get(key);
    if (!p) {
      p = compute();
      this.map.set(key, p);
      // A failed lookup is not an answer: forget it so a retry asks git again.
      p.catch(() => {
        if (this.map.get(key) === p) this.map.delete(key);
      });
    }
    return p;
  }
  clear(): void {
    this.map.clear();
  }
}
