/**
 * A throw-away repository: a bare `origin.git` (what the stand-in serves) and a working clone to
 * write, commit, branch and push from. Every git call takes an argument array, no system or global
 * config, and a fixed identity; commit dates come from a fake clock (a minute apart) unless given.
 */
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ZERO_SHA, runGit } from './git.js';

export interface Person {
  name: string;
  email: string;
}

export interface CommitOptions {
  author?: Person;
  /** Default: the author. */
  committer?: Person;
  /** ISO date for author and committer (default: the fixture's clock, one minute per commit). */
  date?: string;
  committerDate?: string;
  allowEmpty?: boolean;
}

export interface RepoFixtureOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Files of the initial commit, pushed to the default branch. `null`: leave the repository empty. */
  initialFiles?: Record<string, string> | null;
}

export interface RepoFixture {
  /** Temp directory holding both repositories. */
  dir: string;
  /** The bare repository (`origin.git`): pass it to startStandIn as gitDir. */
  gitDir: string;
  /** The working clone. */
  workDir: string;
  owner: string;
  repo: string;
  defaultBranch: string;
  write(path: string, content: string | Buffer): void;
  /** A symbolic link at `path` whose text is `target` (committed as git's mode 120000; the target need not exist). */
  symlink(path: string, target: string): void;
  remove(path: string): void;
  rename(from: string, to: string): void;
  /** Stages everything (`add -A`) and commits; returns the new sha. */
  commit(message: string, opts?: CommitOptions): Promise<string>;
  checkout(branch: string, opts?: { create?: boolean; from?: string }): Promise<void>;
  /** Pushes a local branch to origin. before = the remote ref's previous sha (40 zeros if new). */
  push(branch: string, opts?: { force?: boolean; delete?: boolean }): Promise<{ before: string; after: string }>;
  /** Resolves in the working clone. */
  revParse(ref: string): Promise<string>;
  /** Resolves in the bare repository (null when missing). */
  remoteSha(branch: string): Promise<string | null>;
  /** Any other git command in the working clone (argument array). */
  git(args: string[]): Promise<string>;
  cleanup(): void;
}

const IDENTITY: Person = { name: 'Fixture Author', email: 'fixture@example.com' };
const CLOCK_START = Date.parse('2024-01-01T00:00:00Z');

function config(defaultBranch: string): string[] {
  return [
    '-c', `user.name=${IDENTITY.name}`,
    '-c', `user.email=${IDENTITY.email}`,
    '-c', 'commit.gpgsign=false',
    '-c', 'tag.gpgsign=false',
    '-c', `init.defaultBranch=${defaultBranch}`,
    '-c', 'core.autocrlf=false',
    '-c', 'core.hooksPath=/dev/null',
    '-c', 'advice.detachedHead=false',
    '-c', 'push.default=simple'
  ];
}

export async function createRepoFixture(opts: RepoFixtureOptions = {}): Promise<RepoFixture> {
  const owner = opts.owner ?? 'octo-org';
  const repo = opts.repo ?? 'octo-repo';
  const defaultBranch = opts.defaultBranch ?? 'main';
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'standin-fixture-')));
  const gitDir = join(dir, 'origin.git');
  const workDir = join(dir, 'work');
  const cfg = config(defaultBranch);
  let tick = 0;

  const inWork = async (args: string[], env: Record<string, string> = {}, input?: string) =>
    (await runGit([...cfg, ...args], { cwd: workDir, env, ...(input !== undefined ? { input } : {}) })).stdout.toString('utf8');
  const inBare = (args: string[]) => runGit([`--git-dir=${gitDir}`, ...args], { okCodes: [1, 128] });

  await runGit([...cfg, 'init', '-q', '--bare', '-b', defaultBranch, gitDir]);
  mkdirSync(workDir);
  await inWork(['init', '-q', '-b', defaultBranch]);
  await inWork(['remote', 'add', 'origin', gitDir]);

  const inside = (p: string): string => {
    const abs = resolve(workDir, p);
    const rel = relative(workDir, abs);
    if (rel === '' || rel.startsWith('..') || rel.split(sep)[0] === '.git') throw new Error(`path outside the working tree: ${p}`);
    return abs;
  };

  const remoteSha = async (branch: string): Promise<string | null> => {
    const r = await inBare(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
    const sha = r.stdout.toString('utf8').trim();
    return r.code === 0 && sha ? sha : null;
  };

  const fixture: RepoFixture = {
    dir,
    gitDir,
    workDir,
    owner,
    repo,
    defaultBranch,
    write(path, content) {
      const abs = inside(path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    },
    symlink(path, target) {
      const abs = inside(path);
      mkdirSync(dirname(abs), { recursive: true });
      rmSync(abs, { force: true });
      symlinkSync(target, abs);
    },
    remove(path) {
      rmSync(inside(path), { recursive: true });
    },
    rename(from, to) {
      const dst = inside(to);
      mkdirSync(dirname(dst), { recursive: true });
      renameSync(inside(from), dst);
    },
    async commit(message, o = {}) {
      const author = o.author ?? IDENTITY;
      const committer = o.committer ?? author;
      const date = o.date ?? new Date(CLOCK_START + tick++ * 60_000).toISOString();
      await inWork(['add', '-A']);
      await inWork(['commit', '-q', '--no-verify', ...(o.allowEmpty ? ['--allow-empty'] : []), '-F', '-'], {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: o.committerDate ?? date
      }, message);
      return (await inWork(['rev-parse', 'HEAD'])).trim();
    },
    async checkout(branch, o = {}) {
      if (o.create) await inWork(['checkout', '-q', '-b', branch, ...(o.from ? [o.from] : [])]);
      else await inWork(['checkout', '-q', branch]);
    },
    async push(branch, o = {}) {
      const before = (await remoteSha(branch)) ?? ZERO_SHA;
      if (o.delete) {
        await inWork(['push', '-q', 'origin', `:refs/heads/${branch}`]);
        return { before, after: ZERO_SHA };
      }
      await inWork(['push', '-q', ...(o.force ? ['--force'] : []), 'origin', `refs/heads/${branch}:refs/heads/${branch}`]);
      const after = (await remoteSha(branch)) ?? ZERO_SHA;
      return { before, after };
    },
    async revParse(ref) {
      return (await inWork(['rev-parse', '--verify', ref])).trim();
    },
    remoteSha,
    git(args) {
      return inWork(args);
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  if (opts.initialFiles !== null) {
    const files = opts.initialFiles ?? { 'README.md': `# ${repo}\n` };
    for (const [p, c] of Object.entries(files)) fixture.write(p, c);
    await fixture.commit('initial commit', { allowEmpty: true });
    await fixture.push(defaultBranch);
  }
  return fixture;
}
