// The scale cell against the engine as it was before a given revision's change: src/ at that revision (git archive),
// with today's bench/scale-cell.ts and bench/lib/workload.ts (the same workload and measurement, so the only
// difference is the engine), compiled by tsc as compileForBench does. Lets scale.ts measure before and after
// interleaved, in one run. Null (and a reason) when the revision cannot be read (a shallow clone).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, WORK } from './lib/report.js';

/** The last commit before check() listed only the first findings (judge/cap.ts): every finding built and formatted. */
export const BEFORE_REV = 'd1fa47e';

export function compileBefore(rev: string = BEFORE_REV): { cell: string } | { missing: string } {
  const dir = join(WORK, `before-${rev}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'bench', 'lib'), { recursive: true });
  let tar: Buffer;
  try {
    tar = execFileSync('git', ['archive', '--format=tar', rev, 'src'], { cwd: ROOT, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return { missing: `revision ${rev} is not in this clone` };
  }
  execFileSync('tar', ['-x', '-C', dir], { input: tar, maxBuffer: 1 << 30 });
  copyFileSync(join(ROOT, 'bench', 'scale-cell.ts'), join(dir, 'bench', 'scale-cell.ts'));
  copyFileSync(join(ROOT, 'bench', 'lib', 'workload.ts'), join(dir, 'bench', 'lib', 'workload.ts'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: { noEmit: false, outDir: './build', rootDir: '.', declaration: false, sourceMap: false, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')], incremental: false },
      include: [],
      files: ['bench/scale-cell.ts']
    })
  );
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { cwd: dir, stdio: 'inherit' });
  return { cell: join(dir, 'build', 'bench', 'scale-cell.js') };
}
