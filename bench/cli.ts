// CLI: `ai-sync status` (dist/cli/index.js) on a repository of 10,000 files ÷ `git status` on the same repository,
// interleaved. When the CLI cannot do `status` yet, the section says so and the benchmark stays runnable.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timed } from './lib/proc.js';
import { ROOT, WORK, table, type Target } from './lib/report.js';
import { median, ms, ratio } from './lib/stats.js';
import type { BenchOptions } from './run.js';

const FILES = 10_000;

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** A clone of a bare origin, FILES files plus the seed's claims file, committed and pushed (so status has an upstream). */
function makeRepo(env: NodeJS.ProcessEnv, files: number): string {
  const base = join(WORK, `cli-repo-${files}`);
  const work = join(base, 'work');
  if (existsSync(join(work, '.git')) && existsSync(join(base, 'ready'))) return work;
  rmSync(base, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const origin = join(base, 'origin.git');
  git(base, ['init', '-q', '--bare', '-b', 'main', origin], env);
  git(work, ['init', '-q', '-b', 'main'], env);
  git(work, ['remote', 'add', 'origin', origin], env);
  for (let i = 0; i < files; i++) {
    const dir = join(work, 'packages', `pkg-${i % 50}`, 'src', `area-${Math.floor(i / 50) % 20}`);
    if (i < 1000) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `file-${i}.ts`), `export const v${i} = ${i};\n`);
  }
  writeFileSync(join(work, 'AI_CURRENT_WORK.md'), readFileSync(join(ROOT, 'example', 'AI_CURRENT_WORK.md')));
  writeFileSync(join(work, 'AI_HANDOFF.md'), '# AI Handoff\n');
  git(work, ['add', '-A'], env);
  git(work, ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'initial'], env);
  git(work, ['push', '-q', '-u', 'origin', 'main'], env);
  writeFileSync(join(base, 'ready'), '');
  return work;
}

export async function run(opts: BenchOptions) {
  const runs = opts.runs ?? (opts.quick ? 3 : 21);
  const home = join(WORK, 'cli-home');
  mkdirSync(home, { recursive: true });
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C', NO_COLOR: '1' };
  const repo = makeRepo(env, FILES);
  // A copy of the CLI bundle: others may rebuild dist/ while this runs.
  const cliDir = join(WORK, 'cli-dist');
  rmSync(cliDir, { recursive: true, force: true });
  const haveCli = existsSync(join(ROOT, 'dist', 'cli', 'index.js'));
  if (haveCli) cpSync(join(ROOT, 'dist', 'cli'), cliDir, { recursive: true });
  const cli = join(cliDir, 'index.js');
  const probe = haveCli ? await timed(process.execPath, [cli, 'status'], { env, cwd: repo }) : null;
  const works = probe !== null && probe.code === 0 && /ChatGPT Codex/.test(probe.stdout);

  const tracked = Number(git(repo, ['ls-files'], env).split('\n').filter(Boolean).length);
  const samples: Record<string, number[]> = { ai: [], git: [], node: [] };
  if (works) {
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? ['git', 'ai', 'node'] : ['node', 'ai', 'git'];
      for (const k of order) {
        const r =
          k === 'git'
            ? await timed('git', ['status'], { env, cwd: repo })
            : k === 'ai'
              ? await timed(process.execPath, [cli, 'status'], { env, cwd: repo })
              : await timed(process.execPath, ['-e', ''], { env, cwd: repo });
        if (r.code !== 0) throw new Error(`${k} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
        samples[k]?.push(r.ms);
      }
      process.stdout.write(`\rcli: round ${i + 1}/${runs}`);
    }
    process.stdout.write('\n');
  }
  const ai = median(samples.ai ?? []);
  const gs = median(samples.git ?? []);
  const nd = median(samples.node ?? []);
  const targets: Target[] = [
    {
      what: `\`ai-sync status\` ÷ \`git status\`, ${FILES.toLocaleString('en-US')}-file repository`,
      target: 'reported (no target set)',
      measured: works ? `${ratio(ai / gs)} (${ms(ai)} vs ${ms(gs)})` : 'pending: `dist/cli/index.js status` does not work yet',
      met: null
    }
  ];
  const md = works
    ? [
        `A repository of ${tracked.toLocaleString('en-US')} tracked files (bench/.work/cli-repo-${FILES}: ${FILES.toLocaleString('en-US')} small files in 1,000`,
        'directories plus the seed\'s AI_CURRENT_WORK.md, committed and pushed to a local bare origin), clean work tree.',
        `\`node dist/cli/index.js status\` (a copy of dist/cli) and \`git status\` run in it alternately, ${runs} times each`,
        '(medians; file-system caches warm). Clean environment (PATH, a scratch HOME, no system git config).',
        '',
        table(
          ['command', 'median', 'ratio to `git status`'],
          [
            ['`git status`', ms(gs), '1.00×'],
            ['`ai-sync status` (`node dist/cli/index.js status`)', ms(ai), `**${ratio(ai / gs)}**`],
            ["`node -e ''` (reference: Node's own start)", ms(nd), ratio(nd / gs)]
          ],
          ['l', 'r', 'r']
        ),
        '',
        '`ai-sync status` reads three small files and asks git two questions (upstream, ahead/behind); it never walks the work',
        'tree, so its cost is Node\'s start plus loading the CLI bundle plus those git processes, whatever the repository size.'
      ]
    : [
        'Pending: `node dist/cli/index.js status` does not work yet in this tree',
        probe ? `(exit ${probe.code}${probe.stderr ? `: ${probe.stderr.trim().split('\n')[0]?.slice(0, 200)}` : ''}).` : '(dist/cli/index.js is missing).',
        'The benchmark is ready: `npm run bench -- cli` measures it once the CLI works.'
      ];
  return { targets, markdown: md.join('\n'), data: { runs, tracked, works, ai, git: gs, node: nd, samples } };
}
