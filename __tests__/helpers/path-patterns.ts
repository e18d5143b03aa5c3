// Shared by the path-matching property tests (unit: the regex and NFA engines agree; e2e: agreement with
// `git check-ignore`): generated patterns of a few segments and wildcards, and the paths they are tried on.
import fc from 'fast-check';

const segment = fc.constantFrom(
  ...['a', 'b', 'ab', 'src', 'x.ts', '*', '**', '***', '?', '*.ts', '**.ts', 'x*', 's?c', '*s*', 'a*b'],
  ...['[ab]', '[!a]', '[a-c]', '[]a]', 'a**', '**b', '*b', 'a?']
);
export const patternArb = fc
  .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([lead, segs, trail]) => (lead ? '/' : '') + segs.join('/') + (trail ? '/' : ''));

const pathSegments = ['a', 'b', 'ab', 'src', 'x.ts'];
export const pathPool: string[] = [];
for (const s1 of pathSegments) {
  pathPool.push(s1);
  for (const s2 of pathSegments) {
    pathPool.push(`${s1}/${s2}`);
    for (const s3 of pathSegments) pathPool.push(`${s1}/${s2}/${s3}`);
  }
}
pathPool.push('a/b/src/x.ts', 'src/src/src/src', 'x.ts/x.ts/a/b', 'ab/a/b/ab/x.ts', 'b/b/b/b/b');
