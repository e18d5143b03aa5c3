// The run's first request (a pull request's, a push's) goes out before the rest of the action loads (first-read.ts);
// the run takes its answer over as its own first attempt (src/action/github/primed.ts): proved with a preload in the child that
// holds the run's chunk back until the stand-in has received the GraphQL request (it would wait in vain if the
// request were sent by the run, or not yet handed to the network); one GraphQL request per run, whatever the inputs; a failed first attempt is
// retried as any other; and the run's result is the same as ever.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runAction } from '../../../test-support/action-run.js';
import { pullRequestEvent, type RecordedRequest } from '../../../test-support/github-standin/index.js';
import { CLAIMED_FILE, HUMAN, SEED_CHECKIN, SEED_FILES, claudeTouchesCodexFile, iso, type Rig } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';

const rigs = useRigs();
const H = 3_600_000;
/** Claude Code's branches, so the pull request is its work (and touching Codex's claimed file fails). */
const FILES = { ...SEED_FILES, '.github/ai-sync.yml': 'agents:\n  Claude Code:\n    branches: ["claude/**"]\n' };
const manifest = (JSON.parse(readFileSync(join(ROOT, 'dist', 'chunks.json'), 'utf8')) as { files: Record<string, string[]> }).files;
/** The file of dist/ that holds the run itself (main.ts): what the entry imports after sending the first request. */
const RUN_CHUNK = Object.keys(manifest).find((f) => manifest[f]!.includes('src/action/main.ts')) as string;

async function openPr(r: Rig) {
  await r.fx.checkout('claude/tracking', { create: true });
  r.fx.write(CLAIMED_FILE, 'claude was here\n');
  await r.fx.commit('feat: tracking tweaks', { author: HUMAN });
  await r.fx.push('claude/tracking');
  return r.si.pulls.create({ head: 'claude/tracking', base: 'main', user: 'octocat', title: 'Tracking tweaks', updatedAt: iso(SEED_CHECKIN + H) });
}

async function runPr(r: Rig, number: number, opts: { inputs?: Record<string, string>; env?: Record<string, string> } = {}) {
  const pull = r.si.pulls.get(number);
  if (!pull) throw new Error('no such pull');
  const payload = await pullRequestEvent(r.fx, pull, 'opened', { standIn: r.si });
  const head = (payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
  return runAction({ standIn: r.si, fixture: r.fx, eventName: 'pull_request', payload, sha: head, ref: `refs/pull/${number}/merge`, ...opts });
}

/**
 * A preload for the child (`--require`) that holds the loading of `chunk` until the file `gate` exists (`ms` at most),
 * and writes to `out` whether the gate opened or it gave up. dist/ is CommonJS: the chunk is compiled synchronously,
 * so the preload waits synchronously too (Atomics.wait), the child's event loop stopped — a request the child had not
 * handed to the network before could not reach the stand-in meanwhile.
 */
function gatedLoader(chunk: string, ms = 10_000): { preload: string; gate: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ai-sync-first-read-'));
  const gate = join(dir, 'gate');
  const out = join(dir, 'out.txt');
  writeFileSync(out, '');
  const preload = join(dir, 'gate.cjs');
  writeFileSync(
    preload,
    `const { appendFileSync, existsSync } = require('node:fs');
const Module = require('node:module');
const compile = Module.prototype._compile;
const pause = new Int32Array(new SharedArrayBuffer(4));
Module.prototype._compile = function (content, filename) {
  if (filename.endsWith('/dist/${chunk}')) {
    let waited = 0;
    while (!existsSync(${JSON.stringify(gate)}) && waited < ${ms}) { Atomics.wait(pause, 0, 0, 20); waited += 20; }
    appendFileSync(${JSON.stringify(out)}, existsSync(${JSON.stringify(gate)}) ? 'opened\\n' : 'gave up\\n');
  }
  return compile.call(this, content, filename);
};
`
  );
  return { preload, gate, out };
}

/** Opens the gate when the stand-in receives a GraphQL request. */
function openOnGraphql(rig: Rig, gate: string): void {
  const list = rig.si.requests;
  const push = list.push.bind(list);
  list.push = (...items: RecordedRequest[]) => {
    if (items.some((q) => q.path.endsWith('/graphql'))) writeFileSync(gate, '');
    return push(...items);
  };
}

const graphqlRequests = (r: Rig, from = 0): RecordedRequest[] => r.si.requests.slice(from).filter((q) => q.operation === 'graphql');

describe('the first request, sent before the action loads', () => {
  it('reaches the API while the run is still loading, and the run uses its answer (one GraphQL request)', async () => {
    const rig = await rigs.seed(FILES);
    const pr = await openPr(rig);
    const { preload, gate, out } = gatedLoader(RUN_CHUNK);
    openOnGraphql(rig, gate);
    const run = await runPr(rig, pr.number, { env: { NODE_OPTIONS: `--require=${preload}` } });
    expect(readFileSync(out, 'utf8')).toBe('opened\n');
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs['comment-url']).toContain(`/pull/${pr.number}#issuecomment-`);
    expect(graphqlRequests(rig)).toHaveLength(1);
    expect(run.stdout).not.toContain('was not used');
  }, 60_000);

  it('a push whose payload holds all of it: the same, and the status file is written as ever', async () => {
    const rig = await rigs.seed(FILES);
    const push = await claudeTouchesCodexFile(rig, 1);
    const { preload, gate, out } = gatedLoader(RUN_CHUNK);
    openOnGraphql(rig, gate);
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: push.payload, sha: push.after, ref: push.ref, env: { NODE_OPTIONS: `--require=${preload}` } });
    expect(readFileSync(out, 'utf8')).toBe('opened\n');
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs['status-committed']).toBe('true');
    expect(rig.si.requests.map((q) => q.operation)).toEqual(['graphql', 'repos/create-or-update-file-contents']);
  }, 60_000);

  it('the preload does hold the run back: with a gate nobody opens it gives up, then the run completes (control)', async () => {
    // The same preload with a gate nobody opens: it gives up, the run then loads and completes normally.
    const rig = await rigs.seed(FILES);
    const pr = await openPr(rig);
    const { preload, out } = gatedLoader(RUN_CHUNK, 1_000);
    const run = await runPr(rig, pr.number, { env: { NODE_OPTIONS: `--require=${preload}` } });
    expect(readFileSync(out, 'utf8')).toBe('gave up\n');
    expect(run.outputs.result).toBe('fail');
    expect(graphqlRequests(rig)).toHaveLength(1);
  }, 60_000);

  it('one GraphQL request whatever the inputs: no comment, other file names, debug logging', async () => {
    const rig = await rigs.seed(FILES);
    const pr = await openPr(rig);
    const cases: Record<string, string>[] = [{ 'pr-comment': 'never' }, { 'claims-file': 'docs/WORK.md', 'status-file': 'STATUS.json' }, { 'pr-comment': 'always' }];
    for (const inputs of cases) {
      const from = rig.si.requests.length;
      const run = await runPr(rig, pr.number, { inputs, env: { RUNNER_DEBUG: '1' } });
      expect(run.outputs.result).toBeDefined();
      expect(graphqlRequests(rig, from)).toHaveLength(1);
      expect(run.stdout).not.toContain('was not used');
    }
  }, 90_000);

  it('a first attempt that fails (502) is retried like any other, and the run ends as it would have', async () => {
    const rig = await rigs.seed(FILES);
    const pr = await openPr(rig);
    // Every GraphQL request fails once, then goes through.
    rig.si.setFaults({ seed: 1, rate: 1, kinds: ['502'], match: (_m, path) => path.endsWith('/graphql'), maxConsecutive: 1 });
    const run = await runPr(rig, pr.number);
    const graphql = graphqlRequests(rig);
    expect(graphql.map((q) => q.fault ?? q.status)).toEqual(['502', 200]);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs['comment-url']).toContain(`/pull/${pr.number}#issuecomment-`);
  }, 60_000);
});
