// The path matcher against git itself: `git check-ignore --no-index` on generated patterns and paths (the in-process
// tests of the matcher are __tests__/unit/engine/paths.test.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { compilePatterns, normalizePattern } from '../../../src/engine/paths/index.js';
import { pathPool, patternArb } from '../../helpers/path-patterns.js';

describe('agreement with git check-ignore', () => {
  let dir = '';
  let env: NodeJS.ProcessEnv = {};
  let gitAvailable = true;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ai-sync-paths-'));
    env = {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_CONFIG_HOME: dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      LC_ALL: 'C'
    };
    try {
      execFileSync('git', ['init', '-q', 'repo'], { cwd: dir, env, stdio: 'pipe' });
    } catch {
      gitAvailable = false;
    }
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Paths git reports as ignored when `patterns` are the exclude file (one git call per batch). */
  function gitIgnored(patterns: readonly string[], paths: readonly string[]): Set<string> {
    const repo = join(dir, 'repo');
    writeFileSync(join(repo, '.git', 'info', 'exclude'), patterns.join('\n') + '\n');
    const args = ['check-ignore', '--no-index', '-v', '-n', '-z', '--stdin'];
    let out: string;
    try {
      out = execFileSync('git', args, { cwd: repo, env, input: paths.join('\0') + '\0', encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status?: number; stdout?: string };
      if (err.status !== 1 || typeof err.stdout !== 'string') throw e; // 1 = nothing ignored
      out = err.stdout;
    }
    const fields = out.split('\0');
    const ignored = new Set<string>();
    for (let i = 0; i + 3 < fields.length; i += 4) if (fields[i] !== '') ignored.add(fields[i + 3] as string);
    return ignored;
  }

  it('verifies the directory semantics by experiment first', () => {
    if (!gitAvailable) return;
    const ignored = gitIgnored(['a/', 'src', 'x/**/y', '/m*'], ['a/b', 'a', 'b/src', 'src/x.ts', 'x/k/y/z', 'm/o', 'b/mm']);
    expect([...ignored].sort()).toEqual(['a/b', 'b/src', 'm/o', 'src/x.ts', 'x/k/y/z']);
  });

  it('one pattern at a time (generated)', () => {
    if (!gitAvailable) return;
    fc.assert(
      fc.property(patternArb, (pattern) => {
        expect(normalizePattern(pattern)).toBe(pattern);
        const ignored = gitIgnored([pattern], pathPool);
        const index = compilePatterns([{ pattern, owner: 1 }]);
        const mismatches = pathPool.filter((p) => (index.match(p).length > 0) !== ignored.has(p));
        expect({ pattern, mismatches }).toEqual({ pattern, mismatches: [] });
      }),
      { numRuns: 150 }
    );
  });

  it('lists of patterns (generated)', () => {
    if (!gitAvailable) return;
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 2, maxLength: 5 }), (patterns) => {
        const ignored = gitIgnored(patterns, pathPool);
        const index = compilePatterns(patterns.map((pattern, owner) => ({ pattern, owner })));
        const mismatches = pathPool.filter((p) => (index.match(p).length > 0) !== ignored.has(p));
        expect({ patterns, mismatches }).toEqual({ patterns, mismatches: [] });
      }),
      { numRuns: 50 }
    );
  });
});
