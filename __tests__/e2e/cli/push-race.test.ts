// Two agents claiming at the same moment with --push: the push is a compare-and-swap on the upstream branch, so
// exactly one wins the same module; claims of different modules both land (the loser of the push race retries).
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { fixture, git, NOW, read, type World, useCli } from '../helpers/cli.js';

const cli = useCli();
const FILE = 'AI_CURRENT_WORK.md';
const env = { AI_SYNC_NOW: NOW };

const originFile = (w: World): string => git(w.dir, ['--git-dir', w.origin, 'show', `main:${FILE}`]);

/** Makes every push to origin take a second, so two pushes that start together overlap for sure. */
function slowOrigin(w: World): void {
  const hook = path.join(w.origin, 'hooks', 'pre-receive');
  writeFileSync(hook, '#!/bin/sh\ncat >/dev/null\nsleep 1\n', { mode: 0o755 });
}

/** Claude Code (clone a) and Gemini CLI (clone b) claim a module each with --push, at the same moment. */
async function claimAtOnce(claudeModule: string, geminiModule: string) {
  const w = cli.world({ [FILE]: fixture('flat.md') });
  const a = w.clone('a');
  const b = w.clone('b');
  slowOrigin(w);
  const [ra, rb] = await Promise.all([
    cli.run(['claim', '--agent', 'Claude Code', '--module', claudeModule, '--push'], { cwd: a, env }),
    cli.run(['claim', '--agent', 'Gemini CLI', '--module', geminiModule, '--push'], { cwd: b, env })
  ]);
  return { w, ra, rb };
}

describe('concurrent claims with --push', () => {
  it.each([1, 2, 3])('round %s: exactly one of two agents wins the same module', async () => {
    const { w, ra, rb } = await claimAtOnce('RoutesModule', 'RoutesModule');
    const codes = [ra.code, rb.code].sort();
    expect(codes).toEqual([0, 3]);
    const [winner, loser, loserRun] = ra.code === 0 ? ['Claude Code', 'Gemini CLI', rb] : ['Gemini CLI', 'Claude Code', ra];
    expect(loserRun.stderr).toMatch(new RegExp(`^ai-sync: refused: module RoutesModule is claimed by ${winner}: active until 14:00 UTC`));
    expect(loserRun.stderr).toContain('stale after 16:00 UTC');

    const doc = parseClaims(originFile(w));
    expect(doc.moduleClaims.filter((m) => m.module === 'RoutesModule')).toEqual([{ module: 'RoutesModule', agent: winner, line: expect.any(Number) }]);
    expect(doc.agents.find((s) => s.name === winner)?.module).toBe('RoutesModule');
    expect(doc.agents.find((s) => s.name === loser)?.module ?? null).toBeNull();
    // One claims commit on top of the initial one.
    expect(git(w.dir, ['--git-dir', w.origin, 'rev-list', '--count', 'main']).trim()).toBe('2');
  });

  it('two different modules at once: both land (the one that lost the push race retries on the new tip)', async () => {
    const { w, ra, rb } = await claimAtOnce('RoutesModule', 'AnalyticsModule');
    expect([ra.stderr, rb.stderr]).toEqual(['', '']);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    // Both started from the same tip: one push was rejected and retried on the winner's commit.
    expect(`${ra.stdout}${rb.stdout}`).toMatch(/after [2-5] attempts/);
    const doc = parseClaims(originFile(w));
    expect(doc.moduleClaims.map((m) => [m.module, m.agent]).sort()).toEqual([
      ['AnalyticsModule', 'Gemini CLI'],
      ['RoutesModule', 'Claude Code'],
      ['TrackingModule', 'ChatGPT Codex']
    ]);
    expect(git(w.dir, ['--git-dir', w.origin, 'rev-list', '--count', 'main']).trim()).toBe('3');
  });

  it('never touches local work: unpushed commits and uncommitted edits stay, nothing else is pushed', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md'), 'src/app.ts': 'v1\n' });
    const a = w.clone('a');
    writeFileSync(path.join(a, 'src/app.ts'), 'v2 committed\n');
    git(a, ['commit', '--quiet', '-am', 'local work']);
    writeFileSync(path.join(a, 'src/app.ts'), 'v3 uncommitted\n');
    const localHead = git(a, ['rev-parse', 'HEAD']).trim();
    const r = await cli.run(['claim', '--agent', 'Claude Code', '--files', 'src/app.ts', '--push'], { cwd: a, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('git pull --rebase');
    expect(git(a, ['rev-parse', 'HEAD']).trim()).toBe(localHead);
    expect(read(a, 'src/app.ts')).toBe('v3 uncommitted\n');
    // origin got only the claims commit, on top of the old tip.
    expect(git(w.dir, ['--git-dir', w.origin, 'show', 'main:src/app.ts'])).toBe('v1\n');
    expect(git(w.dir, ['--git-dir', w.origin, 'show', '--name-only', '--format=%s', 'main']).trim().split('\n')).toEqual([
      'chore(ai-sync): claim src/app.ts for Claude Code',
      '',
      FILE
    ]);
    // After a rebase the local branch has both, without conflicts.
    git(a, ['stash', '--quiet']);
    git(a, ['pull', '--quiet', '--rebase']);
    git(a, ['stash', 'pop', '--quiet']);
    expect(parseClaims(read(a, FILE)).agents.find((s) => s.name === 'Claude Code')?.files.map((f) => f.pattern)).toEqual(['src/app.ts']);
  });
});
