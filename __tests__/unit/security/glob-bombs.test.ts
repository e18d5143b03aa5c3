// Glob bombs and ReDoS-shaped patterns in the claims file, the config and the inputs: each is either rejected with a
// diagnostic naming where it is (claims line, config file:line, input name) or matched in bounded time — every case
// runs through the engine's check() (or the status-branch matcher) under a 1 s jest timeout. The slowest case is
// written to bench/.work/security-glob-bombs.json (reported, not asserted).
import { afterAll, describe, expect, it } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import { InputError, readInputs } from '../../../src/action/inputs.js';
import { isStatusBranch } from '../../../src/action/status-branches.js';
import type { CheckResult } from '../../../src/engine/check.js';
import { ConfigError } from '../../../src/engine/config/index.js';
import { compilePatterns, expandBraces, normalizePattern, patternProblem } from '../../../src/engine/paths/index.js';
import { SEED_CHECKIN, SEED_CLAIMS } from '../../../test-support/seed.js';
import { checkClaims, modifying } from '../../helpers/check.js';
import { writeFigures } from '../../helpers/figures.js';

const settle = () => new Promise((r) => setTimeout(r, 1));

/** The seed claims with extra patterns under ChatGPT Codex's "Files Being Modified" (an active claim at NOW). */
const claimsWith = (patterns: string[]) =>
  SEED_CLAIMS.replace('- backend/src/app.module.ts', ['- backend/src/app.module.ts', ...patterns.map((p) => `- ${p}`)].join('\n'));

function judge(o: { patterns?: string[]; claims?: string; config?: string; changed: string[]; branch?: string; author?: string }): CheckResult {
  const claims = o.claims ?? claimsWith(o.patterns ?? []);
  return checkClaims(claims, {
    commits: [modifying(o.changed, { author: { name: o.author ?? 'Dev', email: 'dev@example.com' } })],
    configText: o.config ?? null,
    branch: o.branch ?? null,
    now: SEED_CHECKIN + 3_600_000
  });
}

const claimed = (r: CheckResult) => r.evaluation.findings.filter((f) => f.kind === 'claimed-by-other').map((f) => f.file);
const claimsProblems = (r: CheckResult) => r.evaluation.findings.filter((f) => f.kind === 'invalid-claims-file').map((f) => f.message);
const configError = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

const A = (n: number) => 'a'.repeat(n);
const DEEP = `${'a/'.repeat(2000)}b`;
const LONG = [A(10_000), `src/${A(5000)}`, DEEP, `${'ab/'.repeat(700)}x.ts`];

interface Case {
  name: string;
  /** What must hold; returns 'rejected' or 'bounded' for the figures. */
  run: () => 'rejected' | 'bounded';
}

const CASES: Case[] = [
  // ---- the claims file
  {
    name: 'claims: "**/" × 16 then a name (the most allowed) against 2,000-deep paths',
    run: () => {
      const r = judge({ patterns: [`${'**/'.repeat(16)}x.ts`], changed: [...LONG, `${'q/'.repeat(40)}x.ts`] });
      expect(claimed(r)).toEqual([`${'ab/'.repeat(700)}x.ts`, `${'q/'.repeat(40)}x.ts`]);
      return 'bounded';
    }
  },
  {
    name: 'claims: "**/" × 17 → a diagnostic at its line, it claims nothing',
    run: () => {
      const r = judge({ patterns: [`${'**/'.repeat(17)}x.ts`], changed: [`${'q/'.repeat(40)}x.ts`] });
      expect(claimsProblems(r)).toEqual([expect.stringMatching(/^AI_CURRENT_WORK\.md:31: .*cannot be matched \(more than 16 "\*\*"\)/)]);
      expect(claimed(r)).toEqual([]);
      return 'rejected';
    }
  },
  {
    name: 'claims: "**/**/**/…" × 300 → a diagnostic',
    run: () => {
      const r = judge({ patterns: ['**/'.repeat(300)], changed: LONG });
      expect(claimsProblems(r)).toEqual([expect.stringMatching(/^AI_CURRENT_WORK\.md:31: .*more than 16/)]);
      return 'rejected';
    }
  },
  {
    name: 'claims: "{a,b}" × 30 in backticks (2^30 patterns) → a diagnostic at its line, it claims nothing, not even itself',
    run: () => {
      const p = 'src/' + '{a,b}'.repeat(30);
      const r = judge({ patterns: [`\`${p}\``], changed: [...LONG, `src/${'a'.repeat(30)}`, p] });
      expect(claimsProblems(r)).toEqual([expect.stringMatching(/^AI_CURRENT_WORK\.md:31: .*cannot be matched \(brace expansion gives more than 256 patterns\)/)]);
      expect(claimed(r)).toEqual([]);
      return 'rejected';
    }
  },
  {
    name: 'claims: "{a,b}" × 8 in backticks (256 patterns, the most allowed) and a 10-deep nest, against long paths',
    run: () => {
      const nest = `src/${'{a,'.repeat(10)}b${'}'.repeat(10)}/**`;
      const r = judge({ patterns: [`\`src/${'{a,b}'.repeat(8)}\``, `\`${nest}\``], changed: [...LONG, 'src/abbaabba', 'src/b/x.ts', 'src/c/x.ts'] });
      expect(claimsProblems(r)).toEqual([]);
      expect(claimed(r)).toEqual(['src/abbaabba', 'src/b/x.ts']);
      return 'bounded';
    }
  },
  {
    name: 'claims: a 100,000-character pattern → a diagnostic (not a path), it claims nothing',
    run: () => {
      const r = judge({ patterns: [`src/${A(100_000)}`], changed: [`src/${A(100_000)}`] });
      expect(r.claimsAfter.diagnostics).toContainEqual(expect.objectContaining({ line: 31, message: expect.stringMatching(/^line is 100006 characters long \(more than 10000\); skipped/) }));
      expect(claimed(r)).toEqual([]);
      return 'rejected';
    }
  },
  {
    name: 'claims: "*a" × 499 then "b" (999 characters) against 10,000-character names',
    run: () => {
      const p = `${'*a'.repeat(499)}b`;
      const r = judge({ patterns: [p], changed: [...LONG, `${A(998)}b`] });
      expect(claimed(r)).toEqual([`${A(998)}b`]);
      return 'bounded';
    }
  },
  {
    name: 'claims: "src/*a*a*a*a*a*a*a*a*a*a*b" against "src/" + 5,000 × "a"',
    run: () => {
      const r = judge({ patterns: [`src/${'*a'.repeat(10)}*b`], changed: [...LONG, `src/${A(20)}b`] });
      expect(claimed(r)).toEqual([`src/${A(20)}b`]);
      return 'bounded';
    }
  },
  {
    name: 'claims: "a**a**a**a**a**b" and "**/*a*a*a*a*a*a*b/**" (more "**" than the regex engine takes)',
    run: () => {
      const r = judge({ patterns: ['a**a**a**a**a**b', '**/*a*a*a*a*a*a*b/**'], changed: [...LONG, `x/${A(6)}b/y.ts`] });
      expect(claimed(r)).toEqual([`x/${A(6)}b/y.ts`]);
      return 'bounded';
    }
  },
  {
    name: 'claims: "?" × 1000, "[a-z]" × 200, "[[:alpha:]]*" × 50',
    run: () => {
      const r = judge({ patterns: ['?'.repeat(1000), '[a-z]'.repeat(200), '[[:alpha:]]*'.repeat(50).slice(0, 1000)], changed: [...LONG, A(1000)] });
      expect(claimed(r)).toContain(A(1000));
      return 'bounded';
    }
  },
  {
    name: 'claims: "[[[[[[" and "[[:nope:]]" (malformed classes) → diagnostics',
    run: () => {
      const r = judge({ patterns: ['src/[[[[[[', 'src/[[:nope:]]x'], changed: ['src/a'] });
      expect(claimsProblems(r)).toEqual([expect.stringMatching(/:31: .*unterminated/), expect.stringMatching(/:32: .*unknown character class/)]);
      return 'rejected';
    }
  },
  {
    name: 'claims: 1,000 globs with no literal to pre-filter on, against 1,000 changed files below the same directory',
    run: () => {
      const cls = (i: number) => `[${String.fromCharCode(97 + (i % 26))}]`;
      const patterns = Array.from({ length: 1000 }, (_, i) => `src/*${cls(i)}*${cls(i >> 5)}*${cls(i >> 10)}q/**`);
      const changed = Array.from({ length: 1000 }, (_, i) => `src/${A(20 + (i % 30))}/file${i}.ts`);
      const r = judge({ patterns, changed: [...changed, 'src/xaxaxaq/f.ts'] });
      expect(claimed(r)).toEqual(['src/xaxaxaq/f.ts']);
      return 'bounded';
    }
  },
  {
    name: 'claims: 1,000 globs in one section against 1,000 changed files',
    run: () => {
      const patterns = Array.from({ length: 1000 }, (_, i) => `src/*x${i}*y/**`);
      const changed = Array.from({ length: 1000 }, (_, i) => `src/${A(i % 50)}x${i * 7}q/file.ts`);
      const r = judge({ patterns, changed: [...changed, 'src/zx999zy/f.ts'] });
      expect(claimed(r)).toEqual(['src/zx999zy/f.ts']);
      return 'bounded';
    }
  },
  // ---- the config
  {
    name: 'config: a module glob "*a" × 499 + "b" claimed through the module list',
    run: () => {
      const claims = SEED_CLAIMS.replace(/^- .*AnalyticsModule.*$/m, (line) => `- BombModule - CLAIMED BY ChatGPT Codex\n${line}`);
      const r = judge({ claims, config: `modules:\n  BombModule: ["${'*a'.repeat(499)}b"]\n`, changed: [...LONG, `${A(998)}b`] });
      expect(claimed(r)).toEqual([`${A(998)}b`]);
      return 'bounded';
    }
  },
  {
    name: 'config: ignore "**/" × 16 + "*a*a*a*a*b", "{a,b}" × 8 (256 patterns)',
    run: () => {
      const r = judge({ config: `ignore: ["${'**/'.repeat(16)}*a*a*a*a*b", "${'{a,b}'.repeat(8)}"]\n`, changed: [...LONG, 'backend/src/app.module.ts'] });
      expect(claimed(r)).toEqual(['backend/src/app.module.ts']);
      return 'bounded';
    }
  },
  {
    name: 'config: ignore "{a,b}" × 30 → ConfigError at its line',
    run: () => {
      const msg = configError(() => judge({ config: `ignore: ["${'{a,b}'.repeat(30)}"]\n`, changed: ['x'] }));
      expect(msg).toMatch(/^\.github\/ai-sync\.yml:1: ignore\[0\]: .*brace expansion gives more than 256 patterns/);
      return 'rejected';
    }
  },
  {
    name: 'config: a branch glob "*a" × 20 + "b" → ConfigError at its line (picomatch would take exponential time)',
    run: () => {
      const msg = configError(() => judge({ config: `active-hours: 2\nagents:\n  Claude Code:\n    branches: ["${'*a'.repeat(20)}b"]\n`, changed: ['x'], branch: A(250) }));
      expect(msg).toMatch(/^\.github\/ai-sync\.yml:4: agents\.Claude Code\.branches\[0\]: expected a branch glob, got .*: 20 "\*" wildcards/);
      return 'rejected';
    }
  },
  {
    name: 'config: status-branches "+(a|aa)" (an extglob) → ConfigError at its line',
    run: () => {
      const msg = configError(() => judge({ config: 'status-branches:\n  - main\n  - "+(a|aa)"\n', changed: ['x'] }));
      expect(msg).toMatch(/^\.github\/ai-sync\.yml:3: status-branches\[1\]: .*extglob/);
      return 'rejected';
    }
  },
  {
    name: 'config: a 100,000-character glob → ConfigError',
    run: () => {
      const msg = configError(() => judge({ config: `ignore: ["${A(100_000)}"]\n`, changed: ['x'] }));
      expect(msg).toMatch(/^\.github\/ai-sync\.yml:1: ignore\[0\]: expected at most 1000 characters/);
      return 'rejected';
    }
  },
  {
    name: 'config: allowed branch globs ("*a*b", "**/" × 16) against 250- and 4,000-character branch names',
    run: () => {
      const config = `agents:\n  Claude Code:\n    branches: ["*a*b", "${'**/'.repeat(15)}**"]\n`;
      for (const branch of [A(250), A(4000), `${'a/'.repeat(2000)}c`]) judge({ config, changed: ['x'], branch });
      expect(judge({ config, changed: ['x'], branch: `${A(100)}b` }).commits[0]?.identity.agent).toBe('Claude Code');
      return 'bounded';
    }
  },
  {
    name: 'config: an alias "*a" × 499 + "b" against a 10,000-character author name',
    run: () => {
      const config = `agents:\n  Claude Code:\n    aliases: ["${'*a'.repeat(499)}b"]\n`;
      judge({ config, changed: ['x'], author: A(10_000) });
      expect(judge({ config, changed: ['x'], author: `${A(600)}b` }).commits[0]?.identity.agent).toBe('Claude Code');
      return 'bounded';
    }
  },
  // ---- brace expansion in the matcher itself (what the claims reader and the config see through patternProblem)
  ...(
    [
      ['"{a,b}" × 20 (a million patterns)', '{a,b}'.repeat(20), 'brace expansion gives more than 256 patterns'],
      ['"{a,b}" × 200 (the longest allowed text of it)', '{a,b}'.repeat(200), 'brace expansion gives more than 256 patterns'],
      ['"{a," × 11 nested', `${'{a,'.repeat(11)}b${'}'.repeat(11)}`, 'braces nested more than 10 deep'],
      ['"{a," × 200 nested', `${'{a,'.repeat(200)}b${'}'.repeat(200)}`, 'braces nested more than 10 deep'],
      ['one group of 400 commas', `{${'a,'.repeat(400)}b}`, 'brace expansion gives more than 256 patterns'],
      ['257 alternatives of 1,000-character text', `{${Array.from({ length: 257 }, (_, i) => i.toString(36)).join(',')}}`.padEnd(1000, 'x'), 'brace expansion gives more than 256 patterns'],
      ['a group whose alternative climbs out', 'src/{a,..}/etc', 'brace alternative "src/../etc": contains a ".." segment']
    ] as const
  ).map(
    ([label, pattern, problem]): Case => ({
      name: `matcher: ${label} → "${problem.slice(0, 50)}", null, never a match`,
      run: () => {
        expect(patternProblem(pattern)).toBe(problem);
        expect(normalizePattern(pattern)).toBeNull();
        if (!problem.startsWith('brace alternative')) expect(expandBraces(pattern)).toBeNull();
        const index = compilePatterns([{ pattern, owner: 1 }]);
        expect(index.invalid).toEqual([{ pattern, owner: 1, problem }]);
        expect([pattern, 'a', 'src/a', ...LONG].filter((p) => index.match(p).length > 0)).toEqual([]);
        return 'rejected';
      }
    })
  ),
  ...(
    [
      ['"{" × 500 then "a,b" (all unmatched)', `${'{'.repeat(500)}a,b`],
      ['"}" × 500 after "a,b"', `a,b${'}'.repeat(500)}`],
      ['"{a,b" × 150 (no group closes)', '{a,b'.repeat(150)],
      ['"{" × 400 "}" × 400 (nested pairs without a comma)', `${'{'.repeat(400)}a${'}'.repeat(400)}`]
    ] as const
  ).map(
    ([label, pattern]): Case => ({
      name: `matcher: unbalanced or comma-less braces, ${label} → literal text, matches itself only`,
      run: () => {
        expect(patternProblem(pattern)).toBeNull();
        expect(expandBraces(pattern)).toEqual([pattern]);
        const index = compilePatterns([{ pattern, owner: 1 }]);
        expect([pattern, 'a', 'b', 'a,b', ...LONG].filter((p) => index.match(p).length > 0)).toEqual([pattern]);
        return 'bounded';
      }
    })
  ),
  // ---- the inputs and the status-branch matcher
  {
    name: 'input status-branches "*a" × 20 + "b" → InputError naming the input',
    run: () => {
      const inputs: Record<string, string> = { token: 't', 'status-branches': `main, ${'*a'.repeat(20)}b` };
      expect(() => readInputs((n) => inputs[n] ?? '')).toThrow(InputError);
      expect(() => readInputs((n) => inputs[n] ?? '')).toThrow(/^input status-branches: ".*" is not a usable branch glob: 20 "\*" wildcards/);
      return 'rejected';
    }
  },
  {
    name: 'status-branch matching: "release/*a*b" and "**/x" against 4,000-character branch names',
    run: () => {
      for (const b of [A(4000), `release/${A(4000)}`, `${'a/'.repeat(2000)}y`]) expect(isStatusBranch(b, ['release/*a*b', '**/x'], 'main')).toBe(false);
      expect(isStatusBranch(`release/${A(10)}b`, ['release/*a*b'], 'main')).toBe(true);
      return 'bounded';
    }
  }
];

const results: { name: string; outcome: string; ms: number }[] = [];

describe('glob bombs and ReDoS-shaped patterns', () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const t0 = performance.now();
      const outcome = c.run();
      results.push({ name: c.name, outcome, ms: Math.round((performance.now() - t0) * 10) / 10 });
      await settle();
    },
    1000
  );
});

afterAll(() => {
  writeFigures('security-glob-bombs', {
    cases: results.length,
    rejected: results.filter((r) => r.outcome === 'rejected').length,
    bounded: results.filter((r) => r.outcome === 'bounded').length,
    maxMs: Math.max(0, ...results.map((r) => r.ms)),
    perCaseTimeoutMs: 1000,
    detail: results
  });
});
