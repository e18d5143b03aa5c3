// The start-up budget, by module list (not by time): a push to a repository without a config file must not load
// yaml or the config schema (nor the proxy agents without a proxy variable, nor Node's fetch). What each file of
// dist/ holds comes from the build (dist/chunks.json, written by scripts/bundle.mjs from webpack's stats); which files
// a run loads is recorded by a preload in the child (`--require`, helpers/load-recorder.ts), and the run with a config
// file shows the preload sees the parser's files when they are loaded.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runAction, type ActionRun } from '../../../test-support/action-run.js';
import { SEED_FILES, claudeTouchesCodexFile, type Rig } from '../../../test-support/seed-scenario.js';
import { loadRecorder } from '../helpers/load-recorder.js';
import { useRigs } from '../helpers/rig.js';

const rigs = useRigs();
const DIST = join(ROOT, 'dist');

/** What the config parser is made of: none of it may be loaded by a run without a config file. */
const PARSER = ['yaml', 'src/engine/config/index.ts', 'src/engine/config/schema.ts', 'src/engine/config/yaml-locate.ts', 'src/engine/config/errors.ts'];
/** Loaded only when a proxy variable is set. */
const PROXY = ['proxy-from-env', 'https-proxy-agent', 'http-proxy-agent', 'agent-base', 'src/action/github/proxy.ts'];

const manifest = (JSON.parse(readFileSync(join(DIST, 'chunks.json'), 'utf8')) as { files: Record<string, string[]> }).files;
/** The files of dist/ that hold any of `modules`. */
const filesHolding = (modules: readonly string[]): string[] => Object.keys(manifest).filter((f) => manifest[f]!.some((m) => modules.includes(m)));

async function loadedBy(rig: Rig, env: Record<string, string> = {}): Promise<{ run: ActionRun; files: string[]; internals: string[] }> {
  const p = await claudeTouchesCodexFile(rig, 1);
  const recorder = loadRecorder(/undici/);
  const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref, env: { NODE_OPTIONS: recorder.options, ...env } });
  return { run, ...recorder.read(DIST) };
}

describe('start-up budget: a push without a config file', () => {
  it('the build puts the config parser and the proxy agents outside dist/index.js', () => {
    // The entry builds and sends the first request; the run (Octokit, the engine's check) is a chunk it imports.
    expect(manifest['index.js']).toEqual(expect.arrayContaining(['src/action/first-read.ts', 'src/action/github/primed.ts', 'src/action/github/snapshot-query.ts', 'src/engine/plan.ts']));
    expect(manifest['index.js']!.filter((m) => ['@octokit/core', 'bottleneck', 'src/action/main.ts', 'src/engine/check-core.ts'].includes(m))).toEqual([]);
    const run = filesHolding(['src/action/main.ts']);
    expect(run).toHaveLength(1);
    expect(filesHolding(['src/engine/check-core.ts', 'src/engine/config/base.ts'])).toEqual(expect.arrayContaining(run));
    for (const file of ['index.js', ...run]) expect(manifest[file]!.filter((m) => PARSER.includes(m) || PROXY.includes(m))).toEqual([]);
    expect(filesHolding(PARSER).length).toBeGreaterThan(0);
    expect(filesHolding(PROXY).length).toBeGreaterThan(0);
    // The REST calls name their routes: @octokit/rest's generated endpoint table is not bundled at all.
    expect(filesHolding(['@octokit/plugin-rest-endpoint-methods', '@octokit/rest'])).toEqual([]);
    expect(filesHolding(['@octokit/core', '@octokit/plugin-paginate-rest'])).toHaveLength(1);
    // @actions/core's OIDC client and platform details (never called) resolve to stubs: their packages are not bundled.
    expect(filesHolding(['@actions/http-client', '@actions/exec', '@actions/io', 'tunnel', 'undici'])).toEqual([]);
    expect(manifest['index.js']).toContain('@actions/core');
  });

  it('loads neither yaml nor the config schema, nor the proxy agents, nor Node\'s fetch; a config file loads the parser', async () => {
    const bare = await rigs.seed();
    const without = await loadedBy(bare);
    expect(without.run.outputs.result).toBe('fail'); // judged: the claimed file was changed
    expect(without.run.outputs['status-committed']).toBe('true');
    expect(without.files).toEqual(expect.arrayContaining(['index.js', ...filesHolding(['src/action/main.ts'])]));
    expect(without.files.filter((f) => filesHolding([...PARSER, ...PROXY]).includes(f))).toEqual([]);
    // No status file yet either: zod (the status file's reader validates with it) is not loaded at all.
    expect(filesHolding(['zod'])).toHaveLength(1);
    expect(without.files.filter((f) => filesHolding(['zod']).includes(f))).toEqual([]);
    expect(without.internals).toEqual([]);

    // The same push with a config file: the preload sees the parser's files being loaded.
    const configured = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': 'stale-hours: 6\n' });
    const withConfig = await loadedBy(configured);
    expect(withConfig.run.outputs.result).toBe('fail');
    expect(withConfig.files).toEqual(expect.arrayContaining(filesHolding(PARSER)));
    expect(withConfig.files.filter((f) => filesHolding(PROXY).includes(f))).toEqual([]);

    // And with a proxy variable, the proxy agents' file (NO_PROXY keeps the requests direct).
    const proxied = await loadedBy(await rigs.seed(), { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1' });
    expect(proxied.run.outputs['status-committed']).toBe('true');
    expect(proxied.files).toEqual(expect.arrayContaining(filesHolding(PROXY)));
  }, 90_000);
});
