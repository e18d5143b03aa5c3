import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compilePatterns, coversWholeRepository, expandBraces, matchesAny, normalizePattern, patternMatches, patternProblem } from '../../../src/engine/paths/index.js';
import { pathPool, patternArb } from '../../helpers/path-patterns.js';

const engines = ['regex', 'nfa'] as const;

describe('normalizePattern', () => {
  it.each([
    ['src/api/', 'src/api/'],
    ['  src/api  ', 'src/api'],
    ['./src/a.ts', 'src/a.ts'],
    ['././src', 'src'],
    ['src//api///x', 'src/api/x'],
    ['src/./api', 'src/api'],
    ['/src', '/src'],
    ['**/*.ts', '**/*.ts'],
    ['{a,b}.ts', '{a,b}.ts'], // braces are kept: the normalised form is the text, not its expansion
    ['./{a,b}//x/', '{a,b}/x/'],
    ['{a,b}'.repeat(8), '{a,b}'.repeat(8)], // exactly 256 patterns
    ['#notes.md', '#notes.md'],
    ['[]a]', '[]a]'],
    ['[[:alpha:]]x', '[[:alpha:]]x'],
    ['[[:a]', '[[:a]']
  ])('%j → %j', (input, expected) => {
    expect(normalizePattern(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['/'],
    ['./'],
    ['.'],
    ['../x'],
    ['a/../b'],
    ['a/..'],
    ['a\\b'],
    ['a\u0000b'],
    ['a\nb'],
    ['!src'],
    ['x'.repeat(1001)],
    ['**/'.repeat(17) + 'x'],
    ['[abc'],
    ['a[!'],
    ['[[:nope:]]'],
    ['{a,b}'.repeat(9)],
    ['{,x}'],
    ['{a,../b}'],
    ['{a,!b}'],
    ['{x,/}'],
    ['{a,' .repeat(11) + 'b' + '}'.repeat(11)]
  ])('rejects %j', (input) => {
    expect(normalizePattern(input)).toBeNull();
    expect(patternProblem(input)).toEqual(expect.any(String));
  });

  it.each([
    ['{a,b}'.repeat(9), 'brace expansion gives more than 256 patterns'],
    [`{${Array.from({ length: 257 }, (_, i) => i.toString(36)).join(',')}}`, 'brace expansion gives more than 256 patterns'],
    ['{a,'.repeat(11) + 'b' + '}'.repeat(11), 'braces nested more than 10 deep'],
    ['{,x}', 'brace alternative "": empty'],
    ['src/{a,../b}', 'brace alternative "src/../b": contains a ".." segment'],
    ['{a,!b}', 'brace alternative "!b": negation (!) is not supported']
  ])('says why braces are refused: %j', (input, problem) => {
    expect(patternProblem(input)).toBe(problem);
  });

  it('accepts the limits exactly', () => {
    expect(normalizePattern(`{${Array.from({ length: 256 }, (_, i) => i.toString(36)).join(',')}}`)).not.toBeNull();
    expect(normalizePattern('{a,'.repeat(10) + 'b' + '}'.repeat(10))).not.toBeNull();
    expect(normalizePattern('x'.repeat(1000))).not.toBeNull();
    expect(normalizePattern('**/'.repeat(16) + 'x')).not.toBeNull();
  });
});

// [pattern, paths it matches, paths it does not]
const semantics: [string, string[], string[]][] = [
  // dir/ claims everything below it, not a file of that name
  ['src/api/', ['src/api/x.ts', 'src/api/deep/er/x.ts'], ['src/api', 'src/apix/y.ts', 'other/src/api/x.ts']], // other/…: a slash in the middle anchors
  // a plain path: itself and (as a directory) everything below
  ['src/api', ['src/api', 'src/api/x.ts'], ['src/api.ts', 'lib/src/api']],
  ['README.md', ['README.md'], []],
  // no slash: any depth, basename or any directory component
  ['README.md', ['docs/README.md'], []],
  ['node_modules', ['a/node_modules/b/c.js'], []],
  ['api/', ['src/api/x.ts'], ['src/api']],
  ['*.ts', ['src/a/b.ts', 'x.ts/readme'], ['b.tsx']], // x.ts/readme: a directory named x.ts
  // leading slash anchors
  ['/README.md', ['README.md'], ['docs/README.md']],
  ['/src/', ['src/a'], []],
  // * does not cross /, ** does
  ['src/*.ts', ['src/a.ts'], ['src/a/b.ts']],
  ['src/*', ['src/a/b.ts'], []], // src/a is a directory matched by src/*
  ['src/**/*.ts', ['src/a.ts', 'src/a/b/c.ts'], ['lib/a.ts']],
  ['**/test/**', ['a/b/test/c.ts', 'test/c.ts'], ['test']],
  ['**/x.ts', ['a/b/x.ts', 'x.ts'], []],
  ['a/**', ['a/b'], ['a']],
  ['a/**/b', ['a/b', 'a/x/y/b'], ['a/x/y/bb']],
  ['a/**b', ['a/xb'], ['a/x/b']], // not next to a slash: a plain *
  ['a**/b', ['ax/y/b'], []], // git's literal-prefix quirk
  // ? and classes
  ['src/?.ts', ['src/a.ts'], ['src/ab.ts']],
  ['src/a?b', [], ['src/a/b']],
  ['[ab].ts', ['x/a.ts'], ['x/c.ts']],
  ['[!ab].ts', ['x/c.ts'], []],
  ['[^ab].ts', [], ['x/a.ts']],
  ['[a-c]x', ['bx'], ['dx']],
  ['[c-a]x', [], ['bx']], // inverted range: nothing
  ['[]]x', [']x'], []],
  ['[[:digit:]]*', ['src/7up'], ['src/up']],
  ['a[/]b', [], ['a/b']], // a class never matches /
  ['[!a]', ['x'], []],
  // braces expand (unlike git), each alternative a pattern of its own; the text as written still matches itself
  ['{a,b}.ts', ['a.ts', 'x/b.ts', '{a,b}.ts'], ['c.ts']],
  ['services/*.{ts,js}', ['services/a.ts', 'services/b.js', 'services/*.{ts,js}'], ['services/c.md', 'lib/services/a.ts']], // lib/…: anchored, like services/*.ts
  ['{a.ts,b.ts}', ['b.ts'], ['ab.ts']],
  ['{a,{b,c}}', ['c', 'x/b/y.ts'], ['d']],
  ['src/{api,web}/**', ['src/web/x/y.ts', 'src/api/x.ts'], ['src/cli/x.ts', 'src/api']],
  ['{a,b}{c,d}', ['bd'], ['ab']],
  ['x{,y}.ts', ['x.ts', 'xy.ts'], []],
  ['*.{ts,tsx}', ['src/pages/[id].tsx'], []],
  ['{docs/*.md,README.md}', ['pkg/README.md'], ['pkg/docs/a.md']], // README.md has no slash: any depth; docs/*.md has one: anchored
  ['{src/,lib}', ['src/x.ts', 'a/lib'], ['src']], // not src: the src/ alternative is directories only
  ['{pages/[id].tsx,x}', ['pages/[id].tsx', 'pages/i.tsx'], []], // each alternative's literal reading
  ['{a,[,]}', [','], []], // the comma inside a class separates nothing
  ['[{a,b}].ts', [',.ts'], ['c.ts']], // braces inside a class are members (and the comma)
  // braces that stay literal
  ['{a}.ts', ['{a}.ts'], ['a.ts']],
  ['{}.ts', ['{}.ts'], []],
  ['{a,b.ts', ['{a,b.ts'], ['a', 'b.ts']],
  ['a,b}.ts', ['a,b}.ts'], ['b}.ts']],
  ['f{1..3}.ts', ['f{1..3}.ts'], ['f2.ts']], // not f2.ts: no sequence expansion
  ['{a,{b,c}', ['{a,c'], ['a']], // the unmatched outer brace is literal, the inner group expands
  // the whole repository
  ['**', ['a', 'a/b/c.ts', '.github/x.yml'], []],
  ['*', ['a', '.github/x.yml'], []],
  ['/**', ['a', '.github/x.yml'], []],
  ['**/*', ['a', 'a/b/c.ts', '.github/x.yml'], []],
  ['/*', ['a', 'a/b/c.ts'], []], // every name at the root, so everything below them too
  // directories only (git agrees): everything inside a directory, but not a file at the root
  ['**/', ['a/b/c.ts', '.github/x.yml'], ['a']],
  ['*/', ['a/b/c.ts'], ['a']],
  // literal reading of a glob (deliberate difference from git)
  ['pages/[id].tsx', ['pages/[id].tsx', 'pages/i.tsx'], []],
  ['pages/[id]/', ['pages/[id]/page.tsx'], []],
  // path clean-up
  ['src/a.ts', ['./src/a.ts'], []],
  ['src/', ['src//a.ts', 'src/'], []], // src/ itself: a directory path
  ['*', ['anything/at/all'], []],
  ['**', ['anything/at/all'], []],
  // case-sensitive
  ['README.md', [], ['readme.md']]
];
// [pattern, path, expected]
const table: [string, string, boolean][] = semantics.flatMap(([pattern, matches, misses]) => [
  ...matches.map((path): [string, string, boolean] => [pattern, path, true]),
  ...misses.map((path): [string, string, boolean] => [pattern, path, false])
]);

describe('pattern semantics', () => {
  for (const engine of engines) {
    it.each(table)(`${engine}: %j vs %j → %j`, (pattern, path, expected) => {
      expect(patternMatches(pattern, path, { engine })).toBe(expected);
    });
  }
  it.each(table)('auto/indexed: %j vs %j → %j', (pattern, path, expected) => {
    expect(compilePatterns([{ pattern, owner: 1 }]).match(path)).toEqual(expected ? [1] : []);
  });
});

describe('expandBraces', () => {
  it.each([
    ['services/*.{ts,js}', ['services/*.ts', 'services/*.js']],
    ['{a.ts,b.ts}', ['a.ts', 'b.ts']],
    ['{a,{b,c}}', ['a', 'b', 'c']],
    ['src/{api,web}/**', ['src/api/**', 'src/web/**']],
    ['{a,b}{c,d}', ['ac', 'ad', 'bc', 'bd']], // bash's order
    ['{a,a,b}', ['a', 'b']],
    ['x{,y}', ['x', 'xy']],
    ['{a{b,c}}', ['{ab}', '{ac}']],
    ['{a,{b,c}', ['{a,b', '{a,c']],
    ['{a}', ['{a}']],
    ['{}', ['{}']],
    ['{1..3}', ['{1..3}']],
    ['{a,b', ['{a,b']],
    ['a,b}', ['a,b}']],
    ['}{a,b}{', ['}a{', '}b{']],
    ['[{a,b}]', ['[{a,b}]']],
    ['{a,[,]}', ['a', '[,]']],
    [' {a, b} ', [' a ', '  b ']], // text only: nothing trimmed
    ['plain/path.ts', ['plain/path.ts']]
  ])('%j → %j', (input, expected) => {
    expect(expandBraces(input)).toEqual(expected);
  });

  it('gives null over the caps, and the largest allowed in full', () => {
    expect(expandBraces('{a,b}'.repeat(9))).toBeNull();
    expect(expandBraces('{a,b}'.repeat(20))).toBeNull();
    expect(expandBraces('{a,'.repeat(11) + 'b' + '}'.repeat(11))).toBeNull();
    expect(expandBraces('x'.repeat(4001))).toBeNull();
    const all = expandBraces('{a,b}'.repeat(8));
    expect(all).toHaveLength(256);
    expect(new Set(all).size).toBe(256);
    expect(all?.[255]).toBe('bbbbbbbb');
  });

  const braced = fc
    .array(fc.constantFrom('a', 'b', 'x.ts', '/', '*', '**', '?', '[ab]', '{', '}', ',', '{a,b}', '{x.ts,src}', '{*,a/b}', '{a}', '{}', '{,a}', '[{,}]'), {
      minLength: 1,
      maxLength: 8
    })
    .map((parts) => parts.join(''));

  it('an alternative has nothing left to expand', () => {
    fc.assert(
      fc.property(braced, (pattern) => {
        for (const alt of expandBraces(pattern) ?? []) expect({ alt, again: expandBraces(alt) }).toEqual({ alt, again: [alt] });
      }),
      { numRuns: 500 }
    );
  });

  it('a braced pattern matches what its text or one of its alternatives matches', () => {
    fc.assert(
      fc.property(braced, (pattern) => {
        const alternatives = expandBraces(pattern) ?? [];
        const usable = normalizePattern(pattern) !== null;
        if (usable) for (const alt of alternatives) expect({ alt, usable: normalizePattern(alt) !== null }).toEqual({ alt, usable: true });
        const index = compilePatterns([{ pattern, owner: 1 }]);
        // The text read as a path. Without wildcards: the text with its brace characters swapped for a letter, a
        // plain path that sits where the text does. With wildcards only the text itself is a path of that reading
        // that a candidate below can be (the generated paths hold no brace characters).
        const plain = !/[*?[]/.test(pattern);
        const literal = compilePatterns(plain ? [{ pattern: pattern.replace(/[{},]/g, 'Q'), owner: 1 }] : []);
        const textIsPath = !plain && normalizePattern(pattern) === pattern && !pattern.startsWith('/');
        const readsAsText = (p: string) => (plain ? literal.match(p.replace(/[{},]/g, 'Q')).length > 0 : textIsPath && p === pattern);
        const expected = (p: string) => usable && (alternatives.some((alt) => patternMatches(alt, p)) || readsAsText(p));
        const candidates = [...pathPool, ...alternatives, ...(plain || textIsPath ? [pattern] : [])];
        const mismatches = candidates.filter((p) => (index.match(p).length > 0) !== expected(p));
        expect({ pattern, mismatches }).toEqual({ pattern, mismatches: [] });
      }),
      { numRuns: 300 }
    );
  });
});

describe('coversWholeRepository', () => {
  // A file at the root, files deep down, dot files, odd characters: a pattern claiming every path matches them all.
  const samples = ['a', 'x', 'README.md', '.github/x.yml', 'a/b/c.ts', '.x', '-', ' ', 'é', '😀/a', 'a b/c d', 'z/.y/{q}', '[id].tsx', 'b/'];

  it.each([
    ['**', true],
    ['*', true],
    ['/**', true],
    ['**/*', true],
    ['**/**', true],
    ['/*', true], // every root name, and a name that is a directory claims what is below it
    ['?*', true],
    ['*?', true],
    ['{**,x}', true],
    ['{src/**,*}', true],
    ['[!z-a]*', true], // an inverted range matches nothing, so the negated class takes every character
    ['*/', false], // directories only: not a file at the root
    ['**/', false],
    ['*/**', false],
    ['/*/', false],
    ['?', false],
    ['??*', false],
    ['[!a]*', false],
    ['a*', false],
    ['src/**', false],
    ['*.ts', false],
    ['{*.ts,*.md}', false],
    ['**/a', false],
    ['..', false], // unusable
    ['{a,b}'.repeat(9), false]
  ])('%j → %j, as patternMatches on sample paths says', (pattern, expected) => {
    expect(coversWholeRepository(pattern)).toBe(expected);
    const missed = samples.filter((p) => !patternMatches(pattern, p));
    expect(missed.length === 0).toBe(expected);
  });

  it('a class taking every character but one does not cover, one taking all does', () => {
    expect(coversWholeRepository('[!😀]*')).toBe(false);
    expect(patternMatches('[!😀]*', '😀')).toBe(false);
    expect(coversWholeRepository('[[:cntrl:] -\u{10ffff}]*'.replace('\\u{10ffff}', String.fromCodePoint(0x10ffff)))).toBe(true);
    expect(coversWholeRepository('[[:print:]]*')).toBe(false);
    expect(patternMatches('[[:print:]]*', 'é')).toBe(false);
  });
});

describe('compilePatterns', () => {
  it('returns every matching entry once, in entry order', () => {
    const index = compilePatterns([
      { pattern: 'src/**/*.ts', owner: 'glob' },
      { pattern: 'src/', owner: 'dir' },
      { pattern: 'nope/', owner: 'other' },
      { pattern: 'a.ts', owner: 'name' },
      { pattern: 'src/a.ts', owner: 'exact' },
      { pattern: '*.ts', owner: 'anywhere' },
      { pattern: '[a].ts', owner: 'class' }, // glob + literal reading: still once
      { pattern: 'src/', owner: 'dir' }
    ]);
    expect(index.match('src/a.ts')).toEqual(['glob', 'dir', 'name', 'exact', 'anywhere', 'class', 'dir']);
    expect(index.matchIndices('src/a.ts')).toEqual([0, 1, 3, 4, 5, 6, 7]);
    expect(index.match('lib/b.js')).toEqual([]);
  });

  it('entries sharing a glob through their braces are each found', () => {
    const index = compilePatterns([
      { pattern: '{a*,b}', owner: 'braced' },
      { pattern: 'a*', owner: 'plain' },
      { pattern: 'src/{x,y}/*.ts', owner: 'dirs' },
      { pattern: 'src/y/*.ts', owner: 'one' }
    ]);
    expect(index.match('b/ax')).toEqual(['braced', 'plain']);
    expect(index.match('src/y/k.ts')).toEqual(['dirs', 'one']);
    expect(index.match('src/x/k.ts')).toEqual(['dirs']);
    expect(matchesAny(['docs/', '*.{md,txt}'], 'a/b.txt')).toBe(true);
    expect(matchesAny(['{a,b}'.repeat(9)], 'a'.repeat(9))).toBe(false); // rejected: not even its own text
  });

  it('lists rejected entries and never matches them', () => {
    const index = compilePatterns([
      { pattern: '../etc/passwd', owner: 1 },
      { pattern: '!src', owner: 2 },
      { pattern: 'src', owner: 3 }
    ]);
    expect(index.invalid.map((i) => i.owner)).toEqual([1, 2]);
    expect(index.invalid[0]?.problem).toMatch(/\.\./);
    expect(index.match('src/x')).toEqual([3]);
    expect(index.match('etc/passwd')).toEqual([]);
  });

  it('matchesAny', () => {
    const list = ['docs/', '*.md'];
    expect(matchesAny(list, 'a/b.md')).toBe(true);
    list.push('src/');
    expect(matchesAny(list, 'src/x.ts')).toBe(true); // a changed array is recompiled
    expect(matchesAny(['a\nb'], 'a')).toBe(false);
    expect(matchesAny(['a', 'b'], 'a')).toBe(true);
    expect(matchesAny(['docs/', '*.md'], 'docs/x.ts')).toBe(true);
    expect(matchesAny(['docs/', '*.md'], 'src/x.ts')).toBe(false);
    expect(matchesAny([], 'src/x.ts')).toBe(false);
  });

  it('scales to 100,000 paths × 1,000 patterns', () => {
    let state = 42; // mulberry32: a deterministic, well-mixed generator
    const next = (n: number) => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const dirs = Array.from({ length: 200 }, (_, i) => `pkg${i % 20}/src/mod${i}`);
    const paths: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const d = dirs[next(dirs.length)] as string;
      const depth = next(3);
      let p = d;
      for (let k = 0; k < depth; k++) p += `/sub${next(10)}`;
      paths.push(`${p}/file${next(500)}.${['ts', 'js', 'md', 'json'][next(4)]}`);
    }
    const entries: { pattern: string; owner: number }[] = [];
    for (let i = 0; i < 1000; i++) {
      const d = dirs[next(dirs.length)] as string;
      const kind = i % 10;
      const pattern =
        kind < 5
          ? `${d}/sub${next(10)}/file${next(500)}.ts` // exact files
          : kind < 7
            ? `${d}/sub${next(10)}/` // directories
            : kind < 9
              ? `${d}/**/*.${['ts', 'md'][next(2)]}` // globs under a directory
              : i % 100 === 9
                ? ['*.json', '**/sub3/*.md', 'file7*', 'mod1?/', '**/fixtures/**', 'sub?/file1.ts', '*.generated.*', '[a-c]*.md', 'CODEOWNERS', '**/README.md'][(i / 100) | 0] as string // everywhere
                : `file${next(500)}.md`; // names at any depth
      entries.push({ pattern, owner: i });
    }
    // The indexed matcher must give exactly what trying every pattern on every path gives (timing lives in
    // bench/, not here): compare on a sample of the paths.
    const index = compilePatterns(entries);
    let total = 0;
    for (const p of paths) total += index.matchIndices(p).length;
    expect(total).toBeGreaterThan(0);
    for (let i = 0; i < paths.length; i += 997) {
      const p = paths[i] as string;
      const naive = entries.flatMap((e, j) => (patternMatches(e.pattern, p) ? [j] : []));
      expect(index.matchIndices(p)).toEqual(naive);
    }
  });
});

describe('pathological patterns stay bounded', () => {
  const longPath = Array.from({ length: 1500 }, () => 'a').join('/') + '/b';
  const longSegment = 'a'.repeat(4000);

  it('rejects a 100k-character pattern and **/ × 50 without work', () => {
    const huge = 'a*'.repeat(50_000);
    const stars = '**/'.repeat(50) + 'x';
    expect(normalizePattern(huge)).toBeNull();
    expect(normalizePattern(stars)).toBeNull();
    const index = compilePatterns([
      { pattern: huge, owner: 1 },
      { pattern: stars, owner: 2 }
    ]);
    expect(index.match(longPath)).toEqual([]);
  });

  it.each([
    ['**/'.repeat(16) + 'x', longPath],
    ['a/**/'.repeat(16) + 'c', longPath],
    ['*a'.repeat(499) + 'b', longSegment],
    ['*a'.repeat(499) + 'b', longPath],
    ['**/*a*a*a*a*a*a*a*a*a*a*a*a*b/**/c', longSegment + '/' + longSegment],
    ['**/a/**/a/' + '?'.repeat(900), longPath],
    ['[!b]*a*a*a*a*a*a*b', longSegment]
  ])('the largest allowed patterns against long paths (%#)', (pattern, path) => {
    expect(normalizePattern(pattern)).not.toBeNull();
    for (const engine of ['auto', 'nfa'] as const) {
      const index = compilePatterns([{ pattern, owner: 1 }], { engine });
      expect(index.match(path)).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property tests (the generators are shared with __tests__/e2e/engine/paths-git.test.ts)

it('the regex and NFA engines agree', () => {
  fc.assert(
    fc.property(patternArb, (pattern) => {
      const byRegex = compilePatterns([{ pattern, owner: 1 }], { engine: 'regex' });
      const byNfa = compilePatterns([{ pattern, owner: 1 }], { engine: 'nfa' });
      const mismatches = pathPool.filter((p) => byNfa.match(p).length !== byRegex.match(p).length);
      expect({ pattern, mismatches }).toEqual({ pattern, mismatches: [] });
    }),
    { numRuns: 300 }
  );
});
