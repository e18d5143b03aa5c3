/**
 * Git plumbing for the stand-in: every call is `git --git-dir=<bare> …` through `spawn` with an
 * argument array (never a shell), asynchronous so concurrent requests really race, and run in an
 * environment that ignores the machine's and the user's git configuration.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ObjectCaches, RequestMemo, isOid } from './git-cache.js';
import { parseCommitObject, parseDiff, parseLsTree, type CommitInfo, type DiffFile, type TreeEntry } from './git-parse.js';

export { gitDateToIso, parseCommitObject, type CommitInfo, type DiffFile, type FileStatus, type Ident, type TreeEntry } from './git-parse.js';

export const ZERO_SHA = '0'.repeat(40);
/** The empty tree: git knows it without it being stored, so `git diff <EMPTY_TREE> <root commit>` works. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export class GitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string
  ) {
    super(message);
    this.name = 'GitError';
  }
}

/** An environment free of the caller's git state (GIT_DIR, GIT_INDEX_FILE, …) and of system/global config. */
export function cleanGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmpdir(),
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_OPTIONAL_LOCKS: '0'
  };
  return { ...env, ...extra };
}

export interface RunOptions {
  input?: Buffer | string;
  env?: Record<string, string>;
  cwd?: string;
  /** Exit codes that are answers rather than failures (e.g. 1 for `merge-base` with no common ancestor). */
  okCodes?: number[];
  maxBytes?: number;
}

export interface RunResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Runs git with an argument array. Rejects with GitError on a non-zero exit not listed in okCodes. */
export function runGit(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const maxBytes = opts.maxBytes ?? 512 * 1024 * 1024;
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', args, {
      env: cleanGitEnv(opts.env),
      cwd: opts.cwd ?? tmpdir(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true
    });
    const out: Buffer[] = [];
    let outLen = 0;
    let err = '';
    let overflow = false;
    child.stdout.on('data', (b: Buffer) => {
      outLen += b.length;
      if (outLen > maxBytes) {
        overflow = true;
        child.kill();
        return;
      }
      out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 64 * 1024) err += b.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const c = code ?? -1;
      if (overflow) return reject(new GitError(`git ${args[1] ?? ''}: output exceeds ${maxBytes} bytes`, c, err));
      if (c === 0 || (opts.okCodes ?? []).includes(c)) return resolvePromise({ stdout: Buffer.concat(out), stderr: err, code: c });
      reject(new GitError(`git ${args.filter((a) => !a.startsWith('--git-dir=')).join(' ')} exited ${c}: ${err.trim()}`, c, err));
    });
    child.stdin.on('error', () => undefined); // the child may exit before reading all input
    child.stdin.end(opts.input ?? '');
  });
}

/** Ref names as `git check-ref-format` would accept them, without asking git (no option-like input reaches argv). */
export function isSafeRefName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.') || name.endsWith('.lock')) return false;
  if (name.includes('..') || name.includes('@{') || name.includes('//') || name === '@') return false;
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) return false;
  return name.split('/').every((part) => part.length > 0 && !part.startsWith('.'));
}

/** Repository paths as GitHub accepts them in the contents API. */
export function isSafePath(path: string): boolean {
  if (path.length === 0 || path.length > 4096) return false;
  if (path.startsWith('/') || path.endsWith('/') || /[\x00]/.test(path)) return false;
  return path.split('/').every((p) => p.length > 0 && p !== '.' && p !== '..' && p.toLowerCase() !== '.git');
}

/** `rev-list` arguments whose answer depends on object ids alone (no ref names, no dates, no paths). */
const oidRange = (args: string[]): boolean => args.length > 0 && args.every((a) => isOid(a.replace(/^\^/, '')) || a === '--reverse' || a === '--topo-order');

/**
 * The bare repository. Answers keyed by object ids are remembered per stand-in (git-cache.ts); ref lookups only by a
 * request's own view (`forRequest()`), because tests move refs with plain git between requests.
 */
export class GitRepo {
  constructor(
    readonly gitDir: string,
    private readonly cache = new ObjectCaches(),
    /** This view's ref lookups: null outside a request (then every lookup asks git). */
    private readonly refs: RequestMemo | null = null
  ) {}

  /** The same repository and caches, with a memory of ref lookups that lives as long as one request. */
  forRequest(): GitRepo {
    return new GitRepo(this.gitDir, this.cache, new RequestMemo());
  }

  /** git processes started through this repository and every view of it. */
  get processes(): number {
    return this.cache.processes;
  }

  run(args: string[], opts: RunOptions = {}): Promise<RunResult> {
    this.cache.processes += 1;
    return runGit([`--git-dir=${this.gitDir}`, ...args], opts);
  }

  async text(args: string[], opts: RunOptions = {}): Promise<string> {
    return (await this.run(args, opts)).stdout.toString('utf8');
  }

  private lookup(key: string, compute: () => Promise<string | null>): Promise<string | null> {
    return this.refs ? this.refs.get(key, compute) : compute();
  }

  /** `<rev>^{commit}` → sha, or null. `rev` must already be a safe name or a hex id. */
  private async verifyCommit(rev: string): Promise<string | null> {
    const byId = isOid(rev);
    const known = byId ? this.cache.verified.get(rev) : undefined;
    if (known) return known;
    const sha = await this.lookup(`commit ${rev}`, async () => {
      const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { okCodes: [1, 128] });
      const out = r.stdout.toString('utf8').trim();
      return r.code === 0 && isOid(out) ? out : null;
    });
    // Only a found id is kept for later requests: an id git does not have yet may be pushed later.
    if (byId && sha) this.cache.verified.set(rev, sha);
    return sha;
  }

  async branchSha(branch: string): Promise<string | null> {
    if (!isSafeRefName(branch)) return null;
    return this.verifyCommit(`refs/heads/${branch}`);
  }

  /** Resolves a ref as GitHub does: branch, then tag, then (abbreviated) commit sha; `refs/…` names are taken as they are. */
  async resolveCommit(ref: string): Promise<string | null> {
    if (!isSafeRefName(ref)) return null;
    if (/^[0-9a-f]{40}$/i.test(ref)) {
      const sha = await this.verifyCommit(ref.toLowerCase());
      if (sha) return sha;
    }
    if (ref.startsWith('refs/')) return this.verifyCommit(ref);
    return (
      (await this.verifyCommit(`refs/heads/${ref}`)) ??
      (await this.verifyCommit(`refs/tags/${ref}`)) ??
      (/^[0-9a-f]{4,39}$/i.test(ref) ? await this.verifyCommit(ref.toLowerCase()) : null)
    );
  }

  async refExists(fullRef: string): Promise<string | null> {
    if (!isSafeRefName(fullRef) || !fullRef.startsWith('refs/')) return null;
    return this.lookup(`ref ${fullRef}`, async () => {
      const r = await this.run(['rev-parse', '--verify', '--quiet', fullRef], { okCodes: [1, 128] });
      const sha = r.stdout.toString('utf8').trim();
      return r.code === 0 && isOid(sha) ? sha : null;
    });
  }

  async objectType(sha: string): Promise<string | null> {
    const ask = async () => {
      const r = await this.run(['cat-file', '-t', sha], { okCodes: [1, 128] });
      return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
    };
    return isOid(sha) ? this.cache.types.get(sha, ask, (t) => t !== null) : ask();
  }

  /** The root tree of a commit (what `rev-parse <commit>^{tree}` prints), from its cached metadata. */
  async treeOf(commit: string): Promise<string> {
    return (await this.commit(commit)).tree;
  }

  /** Entries of a directory (`dir` '' = root) at a commit, or null when there is no such directory. Frozen: shared. */
  listTree(commit: string, dir: string): Promise<readonly TreeEntry[] | null> {
    const ask = async (): Promise<readonly TreeEntry[] | null> => {
      const spec = dir === '' ? `${commit}^{tree}` : `${commit}:${dir}`;
      const r = await this.run(['ls-tree', '-z', '-l', '--full-tree', spec], { okCodes: [128] });
      return r.code === 0 ? Object.freeze(parseLsTree(r.stdout, dir).map((e) => Object.freeze(e))) : null;
    };
    return isOid(commit) ? this.cache.trees.get(`${commit}:${dir}`, ask) : ask();
  }

  /** The entry at `path` (exact, not a pattern), or null. */
  async entry(commit: string, path: string): Promise<TreeEntry | null> {
    const slash = path.lastIndexOf('/');
    const dir = slash >= 0 ? path.slice(0, slash) : '';
    const name = path.slice(slash + 1);
    const list = await this.listTree(commit, dir);
    return list?.find((e) => e.name === name) ?? null;
  }

  /** A blob's bytes (shared when cached: read them, never change them). */
  readBlob(sha: string): Promise<Buffer> {
    const ask = async () => (await this.run(['cat-file', 'blob', sha])).stdout;
    return isOid(sha) ? this.cache.blobs.get(sha, ask, (b) => b.length <= this.cache.blobKeepMax) : ask();
  }

  async writeBlob(data: Buffer): Promise<string> {
    return (await this.text(['hash-object', '-w', '--stdin'], { input: data })).trim();
  }

  /** Commit metadata for many shas in one `cat-file --batch`, cached (commits never change). */
  async commits(shas: readonly string[]): Promise<CommitInfo[]> {
    const { commits, commitsPending } = this.cache;
    const waits: Promise<void>[] = [];
    const read: string[] = [];
    for (const s of new Set(shas)) {
      if (commits.has(s)) continue;
      const pending = commitsPending.get(s);
      if (pending) waits.push(pending);
      else read.push(s);
    }
    if (read.length > 0) {
      const p = this.readCommits(read);
      for (const s of read) commitsPending.set(s, p);
      const forget = () => read.forEach((s) => commitsPending.get(s) === p && commitsPending.delete(s));
      p.then(forget, forget);
      waits.push(p);
    }
    await Promise.all(waits);
    return shas.map((s) => {
      const c = commits.get(s);
      if (!c) throw new GitError(`not a commit: ${s}`, null, '');
      return c;
    });
  }

  private async readCommits(shas: string[]): Promise<void> {
    const out = (await this.run(['cat-file', '--batch'], { input: shas.join('\n') + '\n' })).stdout;
    let pos = 0;
    while (pos < out.length) {
      const nl = out.indexOf(10, pos);
      const header = out.subarray(pos, nl).toString('utf8');
      const [sha, type, size] = header.split(' ');
      if (type === 'missing' || size === undefined) {
        pos = nl + 1;
        continue;
      }
      const len = Number(size);
      const body = out.subarray(nl + 1, nl + 1 + len);
      pos = nl + 1 + len + 1;
      if (type === 'commit') this.cache.commits.set(sha!, parseCommitObject(sha!, body));
    }
  }

  async commit(sha: string): Promise<CommitInfo> {
    return (await this.commits([sha]))[0]!;
  }

  /** `git rev-list` with the given selectors (already-resolved shas or `^sha`). */
  revList(args: string[]): Promise<readonly string[]> {
    const ask = async () => Object.freeze((await this.text(['rev-list', ...args])).split('\n').filter(Boolean));
    return oidRange(args) ? this.cache.revLists.get(args.join(' '), ask) : ask();
  }

  count(range: string[]): Promise<number> {
    const ask = async () => Number((await this.text(['rev-list', '--count', ...range])).trim());
    return oidRange(range) ? this.cache.counts.get(range.join(' '), ask) : ask();
  }

  mergeBase(a: string, b: string): Promise<string | null> {
    const ask = async () => {
      const r = await this.run(['merge-base', a, b], { okCodes: [1] });
      const sha = r.stdout.toString('utf8').trim();
      return r.code === 0 && sha ? sha : null;
    };
    return isOid(a) && isOid(b) ? this.cache.mergeBases.get(`${a} ${b}`, ask) : ask();
  }

  /** Files changed from tree-ish `from` to `to` (renames detected), with counts and per-file patches. Cached by ids. */
  diff(from: string, to: string): Promise<readonly DiffFile[]> {
    const ask = async () => {
      const base = ['diff', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none'];
      const [raw, numstat, patch] = await Promise.all([
        this.run([...base, '--raw', '-z', '--no-abbrev', from, to]),
        this.run([...base, '--numstat', '-z', from, to]),
        this.run([...base, '-p', '--full-index', from, to])
      ]);
      return Object.freeze(parseDiff(raw.stdout, numstat.stdout, patch.stdout).map((f) => Object.freeze(f)));
    };
    return isOid(from) && isOid(to) ? this.cache.diffs.get(`${from}..${to}`, ask) : ask();
  }

  /**
   * Writes a commit whose tree is `parent`'s with `path` set to `blob` (a temporary index: read-tree,
   * update-index --cacheinfo, write-tree, commit-tree). Returns the new commit's sha; no ref moves.
   */
  async commitFile(o: {
    parent: string | null;
    path: string;
    blob: string;
    mode: string;
    message: string;
    author: { name: string; email: string; date?: string };
    committer: { name: string; email: string; date?: string };
  }): Promise<string> {
    const index = join(tmpdir(), `standin-index-${process.pid}-${randomBytes(6).toString('hex')}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      if (o.parent) await this.run(['read-tree', o.parent], { env });
      else await this.run(['read-tree', '--empty'], { env });
      await this.run(['update-index', '--add', '--cacheinfo', `${o.mode},${o.blob},${o.path}`], { env });
      const tree = (await this.text(['write-tree'], { env })).trim();
      const identEnv: Record<string, string> = {
        GIT_AUTHOR_NAME: o.author.name,
        GIT_AUTHOR_EMAIL: o.author.email,
        GIT_COMMITTER_NAME: o.committer.name,
        GIT_COMMITTER_EMAIL: o.committer.email
      };
      if (o.author.date) identEnv.GIT_AUTHOR_DATE = o.author.date;
      if (o.committer.date) identEnv.GIT_COMMITTER_DATE = o.committer.date;
      const args = ['-c', 'commit.gpgsign=false', 'commit-tree', tree, ...(o.parent ? ['-p', o.parent] : [])];
      return (await this.text(args, { env: identEnv, input: o.message })).trim();
    } finally {
      rmSync(index, { force: true });
      rmSync(`${index}.lock`, { force: true });
    }
  }

  /** Compare-and-swap of a ref: true when it moved from `oldSha` (ZERO_SHA = must not exist) to `newSha`. */
  async updateRef(ref: string, newSha: string, oldSha: string, reason: string): Promise<boolean> {
    try {
      const r = await this.run(['update-ref', '-m', reason, ref, newSha, oldSha], { okCodes: [1, 128] });
      return r.code === 0;
    } finally {
      // Whether it moved or lost a race, the ref is not what this request looked up before.
      this.refs?.clear();
    }
  }
}
