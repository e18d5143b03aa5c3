// The package an agent installs: `npm pack` gives a tarball with only what runs (the bundles, action.yml, the
// schemas), no runtime dependencies, and it installs with no network and an empty npm cache, then runs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  files: string[];
};

let tmp: string;
let tarball: string;
let packed: string[];
/** npm with its own empty cache and no registry reachable: anything it had to download would fail. */
let npmEnv: NodeJS.ProcessEnv;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ai-sync-pack-'));
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  npmEnv = { ...clean, npm_config_cache: path.join(tmp, 'cache'), npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false' };
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp, ROOT], { cwd: tmp, env: npmEnv, encoding: 'utf8' });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tmp, (info as { filename: string }).filename);
  packed = (info as { files: { path: string }[] }).files.map((f) => f.path).sort();
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm pack', () => {
  it('is publishable: not private, a bin, no runtime dependencies', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin['ai-sync']).toBe('dist/cli/index.js');
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('ships only what runs: the bundles, action.yml, the schemas, and the package files', () => {
    const stray = packed.filter((f) => !/^(dist\/|schemas\/[\w.-]+\.json$|action\.yml$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(f));
    expect(stray).toEqual([]);
    expect(packed).toContain('dist/cli/index.js');
    expect(packed).toContain('dist/index.js');
    expect(packed).toContain('action.yml');
    expect(packed.some((f) => f.startsWith('src/') || f.startsWith('__tests__/') || f.startsWith('test-support/'))).toBe(false);
  });

  it('runs through npx as the README gives it (a package spec, here the tarball instead of github:…), offline', () => {
    const r = spawnSync('npx', ['-y', `./${path.basename(tarball)}`, '--version'], { cwd: tmp, env: npmEnv, encoding: 'utf8' });
    expect({ status: r.status, stdout: r.stdout.trim() }).toEqual({ status: 0, stdout: pkg.version });
  }, 120_000);

  it('installs offline into a fresh project and runs: --version, and status in a repository', () => {
    const project = path.join(tmp, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: project, env: npmEnv, encoding: 'utf8' });
    expect({ status: install.status, stderr: install.status === 0 ? '' : install.stderr }).toEqual({ status: 0, stderr: '' });
    const bin = path.join(project, 'node_modules', '.bin', 'ai-sync');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    expect(version.status).toBe(0);

    // A repository with a claims file: status reads it through the installed bundle (its chunks are all there).
    const repo = path.join(tmp, 'repo');
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    writeFileSync(path.join(repo, 'AI_CURRENT_WORK.md'), '# Who is working on what\n\n## Claude Code Status\n- **Currently Working On**: checkout\n- **Files**: `web/src/checkout/**`\n- **Last Checkin**: 2020-01-01 10:00 UTC\n');
    const status = spawnSync(bin, ['status', '--json'], { cwd: repo, encoding: 'utf8', env: { ...npmEnv, NO_COLOR: '1' } });
    expect(status.stderr).toBe('');
    expect(status.status).toBe(0);
    const doc = JSON.parse(status.stdout) as { agents: { name: string; state: string }[] };
    expect(doc.agents.map((a) => [a.name, a.state])).toEqual([['Claude Code', 'stale']]);
  }, 120_000);
});
