// The engine as the product runs it: compiled by TypeScript to plain JavaScript (what ncc's ts-loader does), not
// through tsx, whose esbuild transform wraps every function in a __name() helper call (keepNames) and would
// make closure-heavy code look slower than it is. Output: bench/.work/build/<same paths>.js.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, WORK } from './report.js';

export const BUILD = join(WORK, 'build');

/** Compiles the given repository-relative TypeScript files (and what they import); returns the .js path of each. */
export function compileForBench(entries: readonly string[]): string[] {
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const config = join(WORK, 'tsconfig.bench.json');
  writeFileSync(
    config,
    JSON.stringify(
      {
        extends: '../../tsconfig.json',
        compilerOptions: { noEmit: false, outDir: './build', rootDir: '../..', declaration: false, sourceMap: false, types: ['node'], incremental: false },
        include: [],
        files: entries.map((e) => `../../${e}`)
      },
      null,
      2
    )
  );
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { cwd: ROOT, stdio: 'inherit' });
  return entries.map((e) => join(BUILD, e.replace(/\.ts$/, '.js')));
}
