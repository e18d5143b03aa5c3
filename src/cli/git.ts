// Local git, always through argument arrays (spawn without a shell): nothing a user or a file wrote is ever
// interpreted by a shell. Every failure becomes a CliError with exit code 4 and git's own first error line.
import { spawn } from 'node:child_process';
import type { ChangedFile, FileStatus, Person } from '../engine/model.js';
import { CliError, EXIT } from './errors.js';

export interface RunResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
}

/** Runs a program with an argument array; resolves with its exit code and output (never rejects on exit code). */
export function run(cwd: string, file: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd,
      env: opts.env ?? process.env,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(new CliError(e.code === 'ENOENT' ? `${file} not found on PATH` : `cannot run ${file}: ${e.message}`, EXIT.git));
    });
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8')
      });
    });
    if (opts.input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined); // the child may exit before reading everything
      child.stdin.end(opts.input);
    }
  });
}

/** The first meaningful line of git's stderr ("fatal: …", "error: …"), for one-line messages. */
export function firstErrorLine(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /^(fatal|error):/i.test(l)) ?? lines[0] ?? 'no error output';
}

export class Git {
  constructor(
    readonly cwd: string,
    private readonly extraEnv: NodeJS.ProcessEnv = {}
  ) {}

  /** A copy that runs with extra environment variables (GIT_INDEX_FILE…). */
  withEnv(env: NodeJS.ProcessEnv): Git {
    return new Git(this.cwd, { ...this.extraEnv, ...env });
  }

  raw(args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    const env = opts.env ?? { ...process.env, ...this.extraEnv };
    return run(this.cwd, 'git', args, { ...opts, env });
  }

  /** stdout as text with one trailing newline removed; throws (exit 4) when git fails. */
  async out(args: readonly string[], opts: RunOptions = {}): Promise<string> {
    const r = await this.raw(args, opts);
    if (r.code !== 0) throw new CliError(`git ${args[0] ?? ''} failed: ${firstErrorLine(r.stderr)}`, EXIT.git);
    return r.stdout.toString('utf8').replace(/\r?\n$/, '');
  }

  /** stdout as text, or null when git fails. */
  async tryOut(args: readonly string[], opts: RunOptions = {}): Promise<string | null> {
    const r = await this.raw(args, opts);
    return r.code === 0 ? r.stdout.toString('utf8').replace(/\r?\n$/, '') : null;
  }

  /** The blob at `<rev>:<path>` as text, or null when the path does not exist there. */
  async readAt(rev: string, path: string): Promise<string | null> {
    const r = await this.raw(['cat-file', 'blob', `${rev}:${path}`]);
    return r.code === 0 ? r.stdout.toString('utf8') : null;
  }

  /**
   * The mode of `path` at `rev` as git writes it ('100644', '120000' for a symbolic link, '040000' for a
   * directory), or null when there is no such entry. `cat-file` cannot tell a link's blob from a file's.
   */
  async modeAt(rev: string, path: string): Promise<string | null> {
    const r = await this.raw(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', rev, '--', path]);
    if (r.code !== 0) return null;
    // "<mode> <type> <oid>\t<path>\0": ls-tree also lists the entries of a directory named with a trailing "/".
    for (const rec of r.stdout.toString('utf8').split('\0')) {
      const tab = rec.indexOf('\t');
      if (tab > 0 && rec.slice(tab + 1) === path) return rec.slice(0, rec.indexOf(' '));
    }
    return null;
  }

  /** Several `<rev>:<path>` blobs in one process (one call per spec when a path holds a newline). */
  async readMany(specs: readonly string[]): Promise<(string | null)[]> {
    return (await this.readBlobs(specs)).map((b) => b?.text ?? null);
  }

  /** As readMany, with each blob's id (equal ids: equal texts, known without comparing them). */
  async readBlobs(specs: readonly string[]): Promise<(Blob | null)[]> {
    if (specs.length === 0) return [];
    if (specs.some((s) => s.includes('\n'))) {
      return Promise.all(
        specs.map(async (s) => {
          const r = await this.raw(['cat-file', 'blob', s]);
          return r.code === 0 ? { oid: null, text: r.stdout.toString('utf8') } : null;
        })
      );
    }
    const r = await this.raw(['cat-file', '--batch'], { input: specs.map((s) => `${s}\n`).join('') });
    if (r.code !== 0) throw new CliError(`git cat-file failed: ${firstErrorLine(r.stderr)}`, EXIT.git);
    return parseCatFileBlobs(r.stdout, specs.length);
  }
}

export interface Blob {
  /** The blob id; null when it was read by path alone (a path holding a newline). */
  oid: string | null;
  text: string;
}

/** Parses `git cat-file --batch` output: `<oid> <type> <size>\n<content>\n` or `<spec> missing\n` per input. */
export function parseCatFileBatch(buf: Buffer, count: number): (string | null)[] {
  return parseCatFileBlobs(buf, count).map((b) => b?.text ?? null);
}

/** As parseCatFileBatch, with the blob ids; a missing object or one that is no blob is null. */
export function parseCatFileBlobs(buf: Buffer, count: number): (Blob | null)[] {
  const out: (Blob | null)[] = [];
  let pos = 0;
  for (let i = 0; i < count; i++) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) throw new CliError('git cat-file: truncated output', EXIT.git);
    const header = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) {
      out.push(null); // "<spec> missing" / "ambiguous"
      continue;
    }
    const size = Number(m[3]);
    out.push(m[2] === 'blob' ? { oid: m[1] ?? null, text: buf.subarray(pos, pos + size).toString('utf8') } : null);
    pos += size + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Repository context

export interface Repo {
  git: Git;
  /** Absolute work tree root. */
  root: string;
  /** Absolute git directory. */
  gitDir: string;
  /** Current branch (short name), null when detached. */
  branch: string | null;
}

export async function openRepo(cwd: string): Promise<Repo> {
  const git = new Git(cwd);
  // One process for root, git dir and branch; on an unborn branch the last part fails and symbolic-ref answers.
  const r = await git.raw(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--symbolic-full-name', 'HEAD']);
  const [root, gitDir, head] = r.stdout.toString('utf8').split('\n');
  if (!root || !gitDir) {
    const line = firstErrorLine(r.stderr);
    if (/not a git repository/i.test(line)) throw new CliError(`not a git repository: ${cwd}`, EXIT.git);
    if (/must be run in a work tree|bare repository/i.test(line) || r.code === 0) throw new CliError(`not inside a work tree: ${cwd}`, EXIT.git);
    throw new CliError(`git rev-parse failed: ${line}`, EXIT.git);
  }
  const rootGit = new Git(root);
  let branch: string | null = null;
  if (r.code === 0) branch = head?.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : null;
  else branch = (await rootGit.tryOut(['symbolic-ref', '--quiet', '--short', 'HEAD'])) || null;
  return { git: rootGit, root, gitDir, branch };
}

/** The git config key install-hooks writes the agent's name to, so every command of this clone knows it. */
export const AGENT_CONFIG_KEY = 'ai-sync.agent';

export interface Upstream {
  /** Remote name ("origin"); "." for a local upstream. */
  remote: string;
  /** The branch ref on the remote ("refs/heads/main"). */
  remoteRef: string;
  /** Short name of the remote-tracking ref ("origin/main"). */
  short: string;
  /** Full name of the remote-tracking ref ("refs/remotes/origin/main"). */
  ref: string;
}

export async function upstreamOf(repo: Repo): Promise<Upstream | null> {
  if (!repo.branch) return null;
  const line = await repo.git.tryOut([
    'for-each-ref',
    '--format=%(upstream:remotename)%00%(upstream:remoteref)%00%(upstream:short)%00%(upstream)',
    `refs/heads/${repo.branch}`
  ]);
  if (!line) return null;
  const [remote, remoteRef, short, ref] = line.split('\0');
  if (!remote || !remoteRef || !short || !ref) return null;
  return { remote, remoteRef, short, ref };
}

/** A remote-tracking ref as for-each-ref lists it. */
export interface RemoteRef {
  /** "refs/remotes/origin/main". */
  ref: string;
  oid: string;
  /** What a symbolic ref points at ("refs/remotes/origin/main" for origin/HEAD); null for a plain ref. */
  symref: string | null;
}

export interface Refs {
  upstream: Upstream | null;
  /** As aheadBehind: null without an upstream, or when it is gone. */
  counts: { ahead: number; behind: number } | null;
  /** Every remote-tracking ref of every remote, most recent commit first. */
  remotes: RemoteRef[];
}

const REFS_FORMAT = ['%(refname)', '%(objectname)', '%(symref)', '%(upstream:remotename)', '%(upstream:remoteref)', '%(upstream:short)', '%(upstream)', '%(upstream:track,nobracket)'].join('%00');

/** "ahead 2, behind 1" / "ahead 2" / "behind 1" / "" (in step) / "gone" → the counts; null when gone or unreadable. */
export function parseTrack(track: string): { ahead: number; behind: number } | null {
  if (track === '') return { ahead: 0, behind: 0 };
  const m = /^(?:ahead (\d+))?(?:, )?(?:behind (\d+))?$/.exec(track);
  return m && (m[1] !== undefined || m[2] !== undefined) ? { ahead: Number(m[1] ?? 0), behind: Number(m[2] ?? 0) } : null;
}

/** Parses readRefs' for-each-ref output for `branch` (the current branch; null when detached or unknown). */
export function parseRefs(out: string, branch: string | null): Refs {
  const refs: Refs = { upstream: null, counts: null, remotes: [] };
  const own = branch === null ? null : `refs/heads/${branch}`;
  for (const line of out.split('\n')) {
    const [ref = '', oid = '', symref = '', remote = '', remoteRef = '', short = '', upRef = '', track = ''] = line.split('\0');
    if (ref.startsWith('refs/remotes/')) refs.remotes.push({ ref, oid, symref: symref || null });
    else if (ref === own && remote && remoteRef && short && upRef) {
      refs.upstream = { remote, remoteRef, short, ref: upRef };
      refs.counts = parseTrack(track);
    }
  }
  return refs;
}

/**
 * In one git process: the current branch's upstream and how far HEAD is ahead of and behind it (what upstreamOf and
 * aheadBehind answer in two), and every remote-tracking ref with its commit (the remote's branches, its default
 * branch: cli/branches.ts). The track is computed for the current branch only: remote-tracking refs have none.
 */
export async function readRefs(repo: Repo): Promise<Refs> {
  const patterns = [...(repo.branch ? [`refs/heads/${repo.branch}`] : []), 'refs/remotes/'];
  const out = await repo.git.tryOut(['for-each-ref', '--sort=-committerdate', `--format=${REFS_FORMAT}`, ...patterns]);
  return out === null ? { upstream: null, counts: null, remotes: [] } : parseRefs(out, repo.branch);
}

/** Commits only on HEAD (ahead) and only on the upstream (behind); null without an upstream. */
export async function aheadBehind(repo: Repo): Promise<{ ahead: number; behind: number } | null> {
  const out = await repo.git.tryOut(['rev-list', '--left-right', '--count', 'HEAD...@{upstream}']);
  if (out === null) return null;
  const [a, b] = out.trim().split(/\s+/).map(Number);
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return { ahead: a, behind: b };
}

/** Full commit id of a revision, or null when it does not name a commit. */
export async function resolveCommit(repo: Repo, rev: string): Promise<string | null> {
  if (rev.startsWith('-')) return null;
  return repo.git.tryOut(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
}

// ---------------------------------------------------------------------------------------------------------------
// Commits with their changed files (git log -z --name-status), safe for any file name.

export interface LogCommit {
  sha: string;
  author: Person;
  committer: Person;
  message: string;
  files: ChangedFile[];
}

const RS = '\x1e';
const US = '\x1f';
export const LOG_FORMAT = `${RS}%H${US}%an${US}%ae${US}%cn${US}%ce${US}%B`;

const STATUS_TOKEN = /^\n?([ACDMRTUXB])(\d{0,3})$/;

function fileStatus(letter: string): FileStatus {
  switch (letter) {
    case 'A':
    case 'C':
      return 'added';
    case 'D':
      return 'removed';
    case 'R':
      return 'renamed';
    default:
      return 'modified';
  }
}

/**
 * Parses `git log -z --format=LOG_FORMAT --name-status` output. With -z every commit header and every path is
 * its own NUL-terminated token; renames and copies take two path tokens. Paths are consumed by count, so a file
 * name can never be mistaken for a header or a status. With `-m` a merge comes once per parent, first parent first:
 * only that first entry (what the merge brings to its first parent) is kept, its repetitions' files are skipped.
 */
export function parseLog(text: string): LogCommit[] {
  const tokens = text.split('\0');
  const commits: LogCommit[] = [];
  const seen = new Set<string>();
  let current: LogCommit | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as string;
    const header = tok.startsWith(RS) ? tok : tok.startsWith(`\n${RS}`) ? tok.slice(1) : null;
    if (header !== null) {
      const parts = header.slice(1).split(US);
      const [sha = '', an = '', ae = '', cn = '', ce = ''] = parts;
      const message = parts.slice(5).join(US).replace(/\s+$/, '');
      current = { sha, author: { name: an, email: ae }, committer: { name: cn, email: ce }, message, files: [] };
      // A merge's diff against a later parent: parsed (the tokens must be consumed) into a commit that is dropped.
      if (!seen.has(sha)) commits.push(current);
      seen.add(sha);
      continue;
    }
    if (tok === '' || tok === '\n') continue;
    const m = STATUS_TOKEN.exec(tok);
    if (!m || !current) throw new CliError(`git log: unexpected output near ${JSON.stringify(tok.slice(0, 40))}`, EXIT.git);
    const letter = m[1] as string;
    if (letter === 'R' || letter === 'C') {
      const from = tokens[++i] ?? '';
      const to = tokens[++i] ?? '';
      current.files.push(letter === 'R' ? { path: to, status: 'renamed', previousPath: from } : { path: to, status: 'added' });
    } else {
      const path = tokens[++i] ?? '';
      current.files.push({ path, status: fileStatus(letter) });
    }
  }
  return commits;
}

/**
 * Commits selected by `revs` (e.g. ["base..head"]), oldest first (parents before children), with renames detected:
 * every commit the action judges for the same push — the commits a merge brings in too, as in GitHub's push payload
 * and compare API — and a merge with its changes against its first parent, as the action reads it.
 */
export async function logCommits(repo: Repo, revs: readonly string[]): Promise<LogCommit[]> {
  const out = await repo.git.out([
    '-c',
    'log.showSignature=false',
    'log',
    '--reverse',
    '--topo-order',
    '-m',
    '-z',
    '--no-color',
    '--no-relative',
    '--no-ext-diff',
    `--format=${LOG_FORMAT}`,
    '--name-status',
    '-M',
    ...revs,
    '--'
  ]);
  return parseLog(out);
}
