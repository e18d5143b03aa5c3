// Shared by the CLI tests: builds the CLI bundle once (content-addressed in the OS temp dir, so test files and
// workers share it), runs it as a child process with argument arrays, and makes real git repositories: a bare
// "origin" and clones. `useCli()` is the set-up a CLI test file needs.
import { afterAll, beforeAll } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function sourceHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts') || name.endsWith('.json')) {
        h.update(p);
        h.update(readFileSync(p));
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  h.update(readFileSync(path.join(ROOT, 'package.json')));
  return h.digest('hex').slice(0, 16);
}

/** Path of the built CLI (dist-like bundle of src/cli/index.ts), building it if this source was never built. */
export function buildCli(): string {
  const dir = path.join(os.tmpdir(), `ai-sync-cli-test-${sourceHash()}`);
  const entry = path.join(dir, 'index.js');
  if (existsSync(entry)) return entry;
  // One build at a time: another worker holding the lock is building the same bundle; wait for it (bounded).
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(entry)) return entry;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (Date.now() > deadline || (held && Date.now() - held.mtimeMs > 300_000)) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (existsSync(entry)) return entry;
    // Builds of older sources are garbage after a day.
    for (const name of readdirSync(os.tmpdir())) {
      const p = path.join(os.tmpdir(), name);
      if (name.startsWith('ai-sync-cli-test-') && p !== dir && !name.endsWith('.lock') && Date.now() - statSync(p).mtimeMs > 86_400_000) {
        rmSync(p, { recursive: true, force: true });
      }
    }
    return buildInto(dir, entry);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function buildInto(dir: string, entry: string): string {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ai-sync-cli-build-'));
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/cli/index.ts', '-o', tmp, '--no-cache', '-q', '-t'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] }
  );
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another worker won the race: use its build
  }
  return entry;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** An environment without the caller's git/agent settings, and with an empty global git config. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('GIT_') || k.startsWith('AI_SYNC') || k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  const globalConfig = path.join(os.tmpdir(), 'ai-sync-test-empty-gitconfig');
  if (!existsSync(globalConfig)) writeFileSync(globalConfig, '');
  env['GIT_CONFIG_GLOBAL'] = globalConfig;
  env['GIT_CONFIG_NOSYSTEM'] = '1';
  env['NO_COLOR'] = '1';
  return { ...env, ...extra };
}

export function runCli(cli: string, args: readonly string[], opts: { cwd: string; env?: Record<string, string>; input?: string }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: opts.cwd, env: cleanEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

export function git(cwd: string, args: readonly string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, env: cleanEnv(env), encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

export function gitResult(cwd: string, args: readonly string[], env: Record<string, string> = {}): Run {
  try {
    return { code: 0, stdout: git(cwd, args, env), stderr: '' };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? -1, stdout: String(err.stdout ?? ''), stderr: String(err.stderr ?? '') };
  }
}

export interface World {
  dir: string;
  origin: string;
  /** A fresh clone of origin with its own committer identity. */
  clone(name: string): string;
  cleanup(): void;
}

/** A bare origin whose main branch holds `files` in one commit. */
export function makeWorld(files: Record<string, string | Buffer>): World {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-sync-cli-'));
  const origin = path.join(dir, 'origin.git');
  git(dir, ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  const seed = path.join(dir, 'seed');
  git(dir, ['init', '--quiet', '--initial-branch=main', seed]);
  configure(seed, 'Seed');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(seed, file)), { recursive: true });
    writeFileSync(path.join(seed, file), content);
  }
  git(seed, ['add', '-A']);
  git(seed, ['commit', '--quiet', '-m', 'initial']);
  git(seed, ['remote', 'add', 'origin', origin]);
  git(seed, ['push', '--quiet', '-u', 'origin', 'main']);
  return {
    dir,
    origin,
    clone(name: string): string {
      const target = path.join(dir, name);
      git(dir, ['clone', '--quiet', origin, target]);
      configure(target, name);
      return target;
    },
    cleanup(): void {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function configure(repo: string, name: string): void {
  git(repo, ['config', 'user.name', name]);
  git(repo, ['config', 'user.email', `${name.toLowerCase().replace(/\W+/g, '-')}@example.com`]);
  git(repo, ['config', 'commit.gpgsign', 'false']);
  git(repo, ['config', 'core.autocrlf', 'false']);
}

export function read(repo: string, file: string): string {
  return readFileSync(path.join(repo, file), 'utf8');
}

export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'cli', name), 'utf8');
}

/** Lines that differ between two texts of the same line count (null when the counts differ). */
export function changedLines(a: string, b: string): number[] | null {
  const la = a.split('\n');
  const lb = b.split('\n');
  if (la.length !== lb.length) return null;
  const out: number[] = [];
  la.forEach((l, i) => {
    if (l !== lb[i]) out.push(i + 1);
  });
  return out;
}

/** A fixed reference time for the tests: fixtures hold times relative to it. */
export const NOW = '2025-12-04T12:00:00Z';

export interface CliSuite {
  /** Runs the built CLI with `args` in `opts.cwd` (a child process, a clean environment). */
  run(args: readonly string[], opts: { cwd: string; env?: Record<string, string>; input?: string }): Promise<Run>;
  /** A bare origin whose main holds `files` (makeWorld), removed after the file's tests. */
  world(files: Record<string, string | Buffer>): World;
}

/** The CLI bundle, built (or found) once before the file's tests, and the worlds its tests make, removed after them. */
export function useCli(): CliSuite {
  let cli = '';
  const worlds: World[] = [];
  beforeAll(() => {
    cli = buildCli();
  }, 180_000);
  afterAll(() => {
    for (const w of worlds.splice(0)) w.cleanup();
  });
  return {
    run: (args, opts) => runCli(cli, args, opts),
    world(files) {
      const w = makeWorld(files);
      worlds.push(w);
      return w;
    }
  };
}
