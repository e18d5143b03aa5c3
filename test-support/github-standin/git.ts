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

export interface Ident {
  name: string;
  email: string;
  /** ISO 8601 in UTC with a Z (as GitHub's REST API shows it). */
  date: string;
  /** The same instant with the author's own offset (as push payloads show it). */
  localDate: string;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: Ident;
  committer: Ident;
  message: string;
  signed: boolean;
}

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  /** Blob size; 0 for trees and submodules. */
  size: number;
  name: string;
  path: string;
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';

export interface DiffFile {
  filename: string;
  previousFilename?: string;
  status: FileStatus;
  /** The blob on the new side (old side for a removal), as GitHub reports it. */
  sha: string;
  additions: number;
  deletions: number;
  binary: boolean;
  patch?: string;
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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `1700000000 +0200` → {utc: '2023-11-14T22:13:20Z', local: '2023-11-15T00:13:20+02:00'}. */
export function gitDateToIso(epoch: number, tz: string): { utc: string; local: string } {
  const utc = new Date(epoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const m = /^([+-])(\d{2})(\d{2})$/.exec(tz);
  const sign = m?.[1] === '-' ? -1 : 1;
  const offMin = m ? sign * (Number(m[2]) * 60 + Number(m[3])) : 0;
  if (offMin === 0) return { utc, local: utc };
  const d = new Date((epoch + offMin * 60) * 1000);
  const local =
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${m![1]}${m![2]}:${m![3]}`;
  return { utc, local };
}

function parseIdent(line: string): Ident {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: '', date: '1970-01-01T00:00:00Z', localDate: '1970-01-01T00:00:00Z' };
  const { utc, local } = gitDateToIso(Number(m[3]), m[4]!);
  return { name: m[1]!, email: m[2]!, date: utc, localDate: local };
}

export function parseCommitObject(sha: string, body: Buffer): CommitInfo {
  const text = body.toString('utf8');
  const split = text.indexOf('\n\n');
  const head = split >= 0 ? text.slice(0, split) : text;
  const message = split >= 0 ? text.slice(split + 2) : '';
  const info: CommitInfo = { sha, tree: '', parents: [], author: parseIdent(''), committer: parseIdent(''), message, signed: false };
  for (const line of head.split('\n')) {
    if (line.startsWith(' ')) continue; // continuation of a multi-line header (gpgsig)
    const sp = line.indexOf(' ');
    const key = line.slice(0, sp);
    const value = line.slice(sp + 1);
    if (key === 'tree') info.tree = value;
    else if (key === 'parent') info.parents.push(value);
    else if (key === 'author') info.author = parseIdent(value);
    else if (key === 'committer') info.committer = parseIdent(value);
    else if (key === 'gpgsig' || key === 'gpgsig-sha256') info.signed = true;
  }
  return info;
}

/** A small LRU for immutable answers (keyed by object ids). */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

const STATUS: Record<string, FileStatus> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };

export class GitRepo {
  private readonly commitCache = new Lru<CommitInfo>(4096);
  private readonly diffCache = new Lru<Promise<DiffFile[]>>(32);

  constructor(readonly gitDir: string) {}

  run(args: string[], opts: RunOptions = {}): Promise<RunResult> {
    return runGit([`--git-dir=${this.gitDir}`, ...args], opts);
  }

  async text(args: string[], opts: RunOptions = {}): Promise<string> {
    return (await this.run(args, opts)).stdout.toString('utf8');
  }

  /** `<rev>^{commit}` → sha, or null. `rev` must already be a safe name or a hex id. */
  private async verifyCommit(rev: string): Promise<string | null> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { okCodes: [1, 128] });
    const sha = r.stdout.toString('utf8').trim();
    return r.code === 0 && /^[0-9a-f]{40}$/.test(sha) ? sha : null;
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
    const r = await this.run(['rev-parse', '--verify', '--quiet', fullRef], { okCodes: [1, 128] });
    const sha = r.stdout.toString('utf8').trim();
    return r.code === 0 && /^[0-9a-f]{40}$/.test(sha) ? sha : null;
  }

  async objectType(sha: string): Promise<string | null> {
    const r = await this.run(['cat-file', '-t', sha], { okCodes: [1, 128] });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
  }

  /** Entries of a directory (`dir` '' = root) at a commit, or null when there is no such directory. */
  async listTree(commit: string, dir: string): Promise<TreeEntry[] | null> {
    const spec = dir === '' ? `${commit}^{tree}` : `${commit}:${dir}`;
    const r = await this.run(['ls-tree', '-z', '-l', '--full-tree', spec], { okCodes: [128] });
    if (r.code !== 0) return null;
    const entries: TreeEntry[] = [];
    for (const rec of r.stdout.toString('utf8').split('\0')) {
      if (!rec) continue;
      const tab = rec.indexOf('\t');
      const [mode, type, sha, size] = rec.slice(0, tab).split(/ +/) as [string, TreeEntry['type'], string, string];
      const name = rec.slice(tab + 1);
      entries.push({ mode, type, sha, size: size === '-' ? 0 : Number(size), name, path: dir === '' ? name : `${dir}/${name}` });
    }
    return entries;
  }

  /** The entry at `path` (exact, not a pattern), or null. */
  async entry(commit: string, path: string): Promise<TreeEntry | null> {
    const slash = path.lastIndexOf('/');
    const dir = slash >= 0 ? path.slice(0, slash) : '';
    const name = path.slice(slash + 1);
    const list = await this.listTree(commit, dir);
    return list?.find((e) => e.name === name) ?? null;
  }

  async readBlob(sha: string): Promise<Buffer> {
    return (await this.run(['cat-file', 'blob', sha])).stdout;
  }

  async writeBlob(data: Buffer): Promise<string> {
    return (await this.text(['hash-object', '-w', '--stdin'], { input: data })).trim();
  }

  /** Commit metadata for many shas in one `cat-file --batch`, cached (commits never change). */
  async commits(shas: string[]): Promise<CommitInfo[]> {
    const missing = [...new Set(shas.filter((s) => !this.commitCache.get(s)))];
    if (missing.length > 0) {
      const out = (await this.run(['cat-file', '--batch'], { input: missing.join('\n') + '\n' })).stdout;
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
        if (type === 'commit') this.commitCache.set(sha!, parseCommitObject(sha!, body));
      }
    }
    return shas.map((s) => {
      const c = this.commitCache.get(s);
      if (!c) throw new GitError(`not a commit: ${s}`, null, '');
      return c;
    });
  }

  async commit(sha: string): Promise<CommitInfo> {
    return (await this.commits([sha]))[0]!;
  }

  /** `git rev-list` with the given selectors (already-resolved shas or `^sha`). */
  async revList(args: string[]): Promise<string[]> {
    const out = await this.text(['rev-list', ...args]);
    return out.split('\n').filter(Boolean);
  }

  async count(range: string[]): Promise<number> {
    return Number((await this.text(['rev-list', '--count', ...range])).trim());
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const r = await this.run(['merge-base', a, b], { okCodes: [1] });
    const sha = r.stdout.toString('utf8').trim();
    return r.code === 0 && sha ? sha : null;
  }

  /** Files changed from tree-ish `from` to `to` (renames detected), with counts and per-file patches. Cached. */
  diff(from: string, to: string): Promise<DiffFile[]> {
    const key = `${from}..${to}`;
    let p = this.diffCache.get(key);
    if (!p) {
      p = this.computeDiff(from, to);
      p.catch(() => undefined);
      this.diffCache.set(key, p);
    }
    return p;
  }

  private async computeDiff(from: string, to: string): Promise<DiffFile[]> {
    const base = ['diff', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none'];
    const [raw, numstat, patch] = await Promise.all([
      this.run([...base, '--raw', '-z', '--no-abbrev', from, to]),
      this.run([...base, '--numstat', '-z', from, to]),
      this.run([...base, '-p', '--full-index', from, to])
    ]);
    const files: DiffFile[] = [];
    const rawParts = raw.stdout.toString('utf8').split('\0');
    for (let i = 0; i < rawParts.length; ) {
      const meta = rawParts[i++];
      if (!meta) continue;
      // :oldmode newmode oldsha newsha STATUS
      const [, , oldSha, newSha, st] = meta.slice(1).split(' ') as [string, string, string, string, string];
      const letter = st[0]!;
      const f: DiffFile = { filename: '', status: STATUS[letter] ?? 'changed', sha: letter === 'D' ? oldSha : newSha, additions: 0, deletions: 0, binary: false };
      if (letter === 'R' || letter === 'C') {
        f.previousFilename = rawParts[i++]!;
        f.filename = rawParts[i++]!;
      } else f.filename = rawParts[i++]!;
      files.push(f);
    }
    const ns = numstat.stdout.toString('utf8').split('\0');
    let k = 0;
    for (let i = 0; i < ns.length && k < files.length; ) {
      const rec = ns[i++];
      if (!rec) continue;
      const [a, d, path] = rec.split('\t') as [string, string, string];
      if (path === '') i += 2; // rename/copy: old and new names follow as their own fields
      const f = files[k++]!;
      if (a === '-') f.binary = true;
      else {
        f.additions = Number(a);
        f.deletions = Number(d);
      }
    }
    // Patches come in the same order as the raw records: split at each `diff --git` header.
    const text = patch.stdout.toString('utf8');
    const chunks = text.split(/^diff --git /m).slice(1);
    if (chunks.length === files.length) {
      chunks.forEach((c, idx) => {
        const at = c.search(/^@@ /m);
        const f = files[idx]!;
        if (at >= 0 && !f.binary) f.patch = c.slice(at).replace(/\n$/, '');
      });
    }
    return files;
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
    const r = await this.run(['update-ref', '-m', reason, ref, newSha, oldSha], { okCodes: [1, 128] });
    return r.code === 0;
  }
}
