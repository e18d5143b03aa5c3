// The layout's rules, checked on the source itself: the engine is pure (it imports nothing from the front ends,
// the reporters, Node or GitHub), no source file grows past ~400 lines, and every file says at its top what it is for.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SRC = path.join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of text.matchAll(/\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

const rel = (p: string): string => path.relative(ROOT, p);
const ENGINE_PACKAGES = new Set(['yaml', 'zod', 'picomatch']);

describe('layout', () => {
  const files = walk(SRC);

  it('finds the source (the rules below are not vacuous)', () => {
    expect(files.filter((f) => f.includes(`${path.sep}engine${path.sep}`)).length).toBeGreaterThan(40);
  });

  it('the engine imports only the engine and yaml, zod, picomatch', () => {
    const bad: string[] = [];
    for (const f of files.filter((x) => x.startsWith(path.join(SRC, 'engine') + path.sep))) {
      for (const spec of specifiers(readFileSync(f, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(f), spec);
          if (!target.startsWith(path.join(SRC, 'engine') + path.sep)) bad.push(`${rel(f)} → ${spec}`);
        } else if (!ENGINE_PACKAGES.has(spec)) {
          bad.push(`${rel(f)} → ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the reporters never import the front ends (action/, cli/)', () => {
    const bad: string[] = [];
    for (const f of files.filter((x) => x.startsWith(path.join(SRC, 'report') + path.sep))) {
      for (const spec of specifiers(readFileSync(f, 'utf8'))) {
        if (/(^|\/)(action|cli)\//.test(spec) || spec.startsWith('@actions/') || spec.startsWith('@octokit/') || spec.startsWith('node:')) bad.push(`${rel(f)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no source file is over 400 lines, and each starts with a comment saying what it is for', () => {
    const long = files.map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 400);
    expect(long).toEqual([]);
    const bare = files.filter((f) => !/^(\/\/|\/\*)/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(bare).toEqual([]);
  });

  it('the import scanner sees static, re-exported and dynamic imports', () => {
    const text = "import a from 'x';\nimport type { B } from \"./y.js\";\nexport { c } from '../z.js';\nconst d = await import(/* webpackChunkName: \"p\" */ './w.js');\nimport 'side';";
    expect(specifiers(text).sort()).toEqual(['../z.js', './w.js', './y.js', 'side', 'x'].sort());
  });
});
