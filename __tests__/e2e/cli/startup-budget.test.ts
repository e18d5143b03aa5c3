// The start-up budget of `ai-sync status`, by module list and process list (not by time): in a repository without a
// config file it loads neither yaml nor the config schema (nor zod, without a status file); with them the same run
// loads them, so the check sees what it looks for. What each file of dist/cli holds comes from the build
// (dist/cli/chunks.json, written by scripts/bundle.mjs from webpack's stats); which files a run loads is recorded by a
// preload in the child (`--require`, helpers/load-recorder.ts). The git processes of a clean clone are counted with GIT_TRACE.
// Runs the real bundle: `npm run bundle` first.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git, makeWorld, NOW, ROOT, runCli, type Run, type World } from '../helpers/cli.js';
import { loadRecorder } from '../helpers/load-recorder.js';

const DIST = path.join(ROOT, 'dist', 'cli');
const CLI = path.join(DIST, 'index.js');
const MANIFEST = path.join(DIST, 'chunks.json');
/** The config parser: none of it may be loaded by status in a repository without a config file. */
const PARSER = ['yaml', 'src/cli/context.ts', 'src/engine/config/index.ts', 'src/engine/config/schema.ts', 'src/engine/config/yaml-locate.ts', 'src/engine/config/errors.ts'];
/** The status file's reader and what it validates with. */
const STATUS_READER = ['zod', 'src/engine/status/read.ts'];

const worlds: World[] = [];
afterAll(() => {
  for (const w of worlds) w.cleanup();
});

function manifest(): Record<string, string[]> {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run \`npm run bundle\` before this suite`);
  return (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { files: Record<string, string[]> }).files;
}

/** The files of dist/cli that hold any of `modules`. */
const holding = (modules: readonly string[]): string[] => Object.entries(manifest()).flatMap(([file, held]) => (held.some((m) => modules.includes(m)) ? [file] : []));

/** `ai-sync status` in `cwd`: its result and the files of dist/cli it loaded. */
async function statusLoads(cwd: string): Promise<{ run: Run; files: string[] }> {
  const r = loadRecorder();
  const run = await runCli(CLI, ['status'], { cwd, env: { AI_SYNC_NOW: NOW, NODE_OPTIONS: r.options } });
  return { run, files: r.read(DIST).files };
}

/** The git subcommands one status run starts, sorted (GIT_TRACE). */
async function gitProcesses(cwd: string, env: Record<string, string> = {}): Promise<string[]> {
  const trace = path.join(cwd, '..', `trace-${Math.random().toString(36).slice(2)}.txt`);
  const r = await runCli(CLI, ['status'], { cwd, env: { AI_SYNC_NOW: NOW, GIT_TRACE: trace, ...env } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return readFileSync(trace, 'utf8')
    .split('\n')
    .flatMap((l) => /trace: built-in: git (\S+)/.exec(l)?.[1] ?? [])
    .sort();
}

function world(): { w: World; clone: string } {
  const w = makeWorld({ 'AI_CURRENT_WORK.md': readFileSync(path.join(ROOT, 'example', 'AI_CURRENT_WORK.md'), 'utf8'), 'src/app.ts': 'v1\n' });
  worlds.push(w);
  return { w, clone: w.clone('a') };
}

describe('start-up budget: ai-sync status', () => {
  it('the build keeps the config parser and zod out of the files every status run loads', () => {
    const files = manifest();
    expect(files['index.js']).toEqual(expect.arrayContaining(['src/cli/index.ts']));
    expect(holding(PARSER).length).toBeGreaterThan(0);
    expect(holding(STATUS_READER).length).toBeGreaterThan(0);
    expect(holding(['src/cli/commands/status.ts']).length).toBeGreaterThan(0);
    expect(holding(['src/cli/commands/status.ts']).filter((f) => holding([...PARSER, ...STATUS_READER]).includes(f))).toEqual([]);
  });

  it('without a config file loads neither yaml nor the config schema (nor zod without a status file); with them, it does', async () => {
    const { clone } = world();
    const bare = await statusLoads(clone);
    expect(bare.run.stderr).toBe('');
    expect(bare.run.code).toBe(0);
    expect(bare.run.stdout).toContain('Claims (AI_CURRENT_WORK.md) at 2025-12-04 12:00:00 UTC');
    expect(bare.files).toEqual(expect.arrayContaining(['index.js', ...holding(['src/cli/commands/status-view.ts'])]));
    expect(bare.files.filter((f) => holding([...PARSER, ...STATUS_READER]).includes(f))).toEqual([]);

    // A config file (its time zone shows) and a status file: the parser's and the reader's files are loaded.
    mkdirSync(path.join(clone, '.github'), { recursive: true });
    writeFileSync(path.join(clone, '.github', 'ai-sync.yml'), 'timezone: Europe/Berlin\n');
    writeFileSync(path.join(clone, 'AI_SYNC_STATUS.json'), '{ "schemaVersion": 99 }\n');
    const full = await statusLoads(clone);
    expect(full.run.code).toBe(0);
    expect(full.run.stdout).toContain('at 2025-12-04 13:00:00 Europe/Berlin');
    expect(full.run.stdout).toContain('AI_SYNC_STATUS.json: previous status ignored');
    for (const m of ['yaml', 'src/engine/config/index.ts', 'zod', 'src/engine/status/read.ts']) expect([m, full.files.filter((f) => holding([m]).includes(f)).length > 0]).toEqual([m, true]);
  }, 60_000);

  it('a clone with no other branch: rev-parse and for-each-ref, git config when no agent is given, the log for one', async () => {
    const { clone } = world();
    expect(await gitProcesses(clone)).toEqual(['config', 'for-each-ref', 'rev-parse']);
    // A known agent: no git config lookup; the catch-up reads the default branch's log, and the claims and handoff
    // files in one cat-file (the seed's commit landed after Claude Code's check-in).
    const caught = ['cat-file', 'for-each-ref', 'log', 'rev-parse'];
    expect(await gitProcesses(clone, { AI_SYNC_AGENT: 'Claude Code' })).toEqual(caught);
    // Without <remote>/HEAD (a remote added by hand) the default branch is found in the same listing.
    git(clone, ['remote', 'set-head', 'origin', '--delete']);
    expect(await gitProcesses(clone, { AI_SYNC_AGENT: 'Claude Code' })).toEqual(caught);
    expect(await gitProcesses(clone)).toEqual(['config', 'for-each-ref', 'rev-parse']);
  }, 60_000);
});
