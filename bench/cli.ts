// CLI: `ai-sync status` (dist/cli/index.js) on a repository of 10,000 files ÷ `node -e ''` (the floor: what any Node
// program pays), interleaved, with `git status` and the CLI as committed before the start-up work (BASELINE_REV) in
// the same rounds; target ≤ 3.0×. Also reported: the same with a config file and a status file (the parser and the
// status file's schema loaded), how many git processes one run starts (GIT_TRACE) and which files of dist/cli it loads.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { timed } from './lib/proc.js';
import { ROOT, WORK, table, type Target } from './lib/report.js';
import { kib, median, ms, ratio } from './lib/stats.js';
import type { BenchOptions } from './run.js';

const FILES = 10_000;
const TARGET_RATIO = 3.0;
/** The last commit before the CLI start-up work: its dist/cli is the "before" bundle. */
export const BASELINE_REV = 'd1fa47e';

type Env = NodeJS.ProcessEnv;

function git(cwd: string, args: string[], env: Env): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** A clone of a bare origin, FILES files plus the seed's claims file, committed and pushed (so status has an upstream). */
function makeRepo(env: Env, files: number): string {
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

/** A second clone of the same origin with a config file (examples/ai-sync.yml) and a status file, committed locally. */
function makeConfigured(env: Env, repo: string): string {
  const base = join(repo, '..');
  const work = join(base, 'configured');
  if (existsSync(join(work, '.git')) && existsSync(join(base, 'configured-ready'))) return work;
  rmSync(work, { recursive: true, force: true });
  git(base, ['clone', '-q', join(base, 'origin.git'), work], env);
  mkdirSync(join(work, '.github'), { recursive: true });
  writeFileSync(join(work, '.github', 'ai-sync.yml'), readFileSync(join(ROOT, 'examples', 'ai-sync.yml')));
  const head = git(work, ['rev-parse', 'HEAD'], env).trim();
  const status = {
    schemaVersion: 1,
    lastUpdate: '2026-01-01T00:00:00Z',
    lastAuthor: 'Bench',
    lastAgent: 'ChatGPT Codex',
    lastCommitMessage: 'initial',
    lastCommit: head,
    ref: 'refs/heads/main',
    modifiedFiles: [],
    result: 'pass',
    findings: [],
    agents: [{ name: 'ChatGPT Codex', workingOn: null, module: null, files: [], startedAt: null, lastCheckin: null, lastSeenAt: '2026-01-01T00:00:00Z', state: 'idle', staleAt: null }]
  };
  writeFileSync(join(work, 'AI_SYNC_STATUS.json'), `${JSON.stringify(status, null, 2)}\n`);
  git(work, ['add', '-A'], env);
  git(work, ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'config and status file'], env);
  writeFileSync(join(base, 'configured-ready'), '');
  return work;
}

/** dist/cli as committed at `rev`, unpacked under bench/.work; null when the revision is not in this clone. */
function baselineCli(rev: string): string | null {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = join(WORK, `cli-baseline-${rev}`);
  if (!existsSync(join(dir, 'dist', 'cli', 'index.js'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', '--format=tar', rev, 'dist/cli'], { cwd: ROOT, maxBuffer: 1 << 30 }) });
  }
  return join(dir, 'dist', 'cli', 'index.js');
}

/** git processes one run starts (GIT_TRACE), by subcommand. */
async function gitProcesses(cli: string, cwd: string, env: Env): Promise<string[]> {
  const trace = join(mkdtempSync(join(tmpdir(), 'ai-sync-bench-')), 'trace.txt');
  await timed(process.execPath, [cli, 'status'], { env: { ...env, GIT_TRACE: trace }, cwd });
  return readFileSync(trace, 'utf8')
    .split('\n')
    .flatMap((l) => /trace: built-in: git (\S+)/.exec(l)?.[1] ?? []);
}

/** The files of `dir` one status run loads (a preload records CommonJS files as Node compiles them, a module hook ES
 *  modules: the CLI was ESM before); not timed. */
async function loadedFiles(cli: string, dir: string, cwd: string, env: Env): Promise<string[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'ai-sync-bench-'));
  const out = join(tmp, 'loaded.txt');
  writeFileSync(out, '');
  writeFileSync(
    join(tmp, 'loader.mjs'),
    `import { appendFileSync } from 'node:fs';\nimport { fileURLToPath } from 'node:url';\nlet out;\nexport function initialize(d) { out = d.out; }\nexport async function load(url, c, next) { if (url.startsWith('file:')) appendFileSync(out, fileURLToPath(url) + '\\n'); return next(url, c); }\n`
  );
  writeFileSync(
    join(tmp, 'record.cjs'),
    `const { appendFileSync } = require('node:fs');\nconst Module = require('node:module');\nconst out = ${JSON.stringify(out)};\nconst compile = Module.prototype._compile;\nModule.prototype._compile = function (content, filename) { appendFileSync(out, filename + '\\n'); return compile.call(this, content, filename); };\nModule.register(${JSON.stringify(pathToFileURL(join(tmp, 'loader.mjs')).href)}, { data: { out } });\n`
  );
  await timed(process.execPath, ['--require', join(tmp, 'record.cjs'), cli, 'status'], { env, cwd });
  return [...new Set(readFileSync(out, 'utf8').split('\n').filter((f) => dirname(f) === dir).map((f) => basename(f)))].sort();
}

const bytes = (dir: string, files: readonly string[]): number => files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);

export async function run(opts: BenchOptions) {
  const runs = opts.runs ?? (opts.quick ? 3 : 21);
  const home = join(WORK, 'cli-home');
  mkdirSync(home, { recursive: true });
  // The same clean environment for every process, the floor included (variables such as NODE_EXTRA_CA_CERTS add
  // tens of milliseconds to every Node start).
  const env: Env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C', NO_COLOR: '1' };
  const repo = makeRepo(env, FILES);
  const configured = makeConfigured(env, repo);
  // A copy of the CLI bundle: others may rebuild dist/ while this runs.
  const cliDir = join(WORK, 'cli-dist');
  rmSync(cliDir, { recursive: true, force: true });
  const haveCli = existsSync(join(ROOT, 'dist', 'cli', 'index.js'));
  if (haveCli) cpSync(join(ROOT, 'dist', 'cli'), cliDir, { recursive: true });
  const cli = join(cliDir, 'index.js');
  const probe = haveCli ? await timed(process.execPath, [cli, 'status'], { env, cwd: repo }) : null;
  const works = probe !== null && probe.code === 0 && /ChatGPT Codex/.test(probe.stdout);
  const before = works ? baselineCli(BASELINE_REV) : null;
  const probeConfigured = works ? await timed(process.execPath, [cli, 'status'], { env, cwd: configured }) : null;
  if (probeConfigured && (probeConfigured.code !== 0 || /warning|ignored/i.test(probeConfigured.stdout + probeConfigured.stderr))) {
    throw new Error(`status in the configured clone: exit ${probeConfigured.code}: ${(probeConfigured.stderr || probeConfigured.stdout).slice(0, 500)}`);
  }

  const tracked = git(repo, ['ls-files'], env).split('\n').filter(Boolean).length;
  const kinds: Record<string, [string, string[], string]> = {
    node: [process.execPath, ['-e', ''], repo],
    ai: [process.execPath, [cli, 'status'], repo],
    configured: [process.execPath, [cli, 'status'], configured],
    git: ['git', ['status'], repo],
    ...(before ? { before: [process.execPath, [before, 'status'], repo] as [string, string[], string] } : {})
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
  if (works) {
    const names = Object.keys(kinds);
    for (let i = 0; i < runs; i++) {
      // Every kind in every position over the rounds: a rotation, reversed every other round.
      const rotated = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
      for (const k of i % 2 === 0 ? rotated : rotated.reverse()) {
        const [cmd, args, cwd] = kinds[k]!;
        const r = await timed(cmd, args, { env, cwd });
        if (r.code !== 0) throw new Error(`${k} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
        samples[k]!.push(r.ms);
      }
      process.stdout.write(`\rcli: round ${i + 1}/${runs}`);
    }
    process.stdout.write('\n');
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<string, number>;
  const node = m['node']!;
  const ai = m['ai']!;
  const procs = works ? await gitProcesses(cli, repo, env) : [];
  const procsConfigured = works ? await gitProcesses(cli, configured, env) : [];
  const procsBefore = before ? await gitProcesses(before, repo, env) : [];
  const loaded = works ? await loadedFiles(cli, cliDir, repo, env) : [];
  const loadedConfigured = works ? await loadedFiles(cli, cliDir, configured, env) : [];
  const beforeDir = before ? join(before, '..') : null;
  const loadedBefore = before && beforeDir ? await loadedFiles(before, beforeDir, repo, env) : [];

  const targets: Target[] = [
    {
      what: `\`ai-sync status\` ÷ \`node -e ''\`, ${FILES.toLocaleString('en-US')}-file repository`,
      target: `≤ ${TARGET_RATIO.toFixed(1)}×`,
      measured: works ? `${ratio(ai / node)} (${ms(ai)} ÷ ${ms(node)})${before ? `; before: ${ratio(m['before']! / node)}` : ''}` : 'pending: `dist/cli/index.js status` does not work yet',
      met: works ? ai / node <= TARGET_RATIO : null
    },
    {
      what: `\`ai-sync status\` ÷ \`git status\`, same repository`,
      target: 'reported (no target set)',
      measured: works ? `${ratio(ai / m['git']!)} (${ms(ai)} vs ${ms(m['git']!)})` : 'pending',
      met: null
    }
  ];
  const row = (label: string, k: string): string[] => [label, ms(m[k]!), k === 'node' ? '1.00×' : `**${ratio(m[k]! / node)}**`, ratio(m[k]! / m['git']!)];
  const files = (dir: string, list: readonly string[]): string => `${list.length} (${kib(bytes(dir, list))}: ${list.join(', ')})`;
  const md = works
    ? [
        `A repository of ${tracked.toLocaleString('en-US')} tracked files (bench/.work/cli-repo-${FILES}: ${FILES.toLocaleString('en-US')} small files in 1,000`,
        "directories plus the seed's AI_CURRENT_WORK.md, committed and pushed to a local bare origin; no other branch), clean",
        'work tree, no config file, no status file. "configured" is a second clone of the same origin with',
        'examples/ai-sync.yml as .github/ai-sync.yml and an AI_SYNC_STATUS.json committed (one commit ahead).',
        `Each command runs ${runs} times, interleaved (every command in every position over the rounds); medians.`,
        "Every process, `node -e ''` included, starts the same way: from the benchmark's process with a clean environment",
        `(PATH, a scratch HOME, no system git config, LANG=C, NO_COLOR). The CLI measured is a copy of dist/cli${before ? `; "before" is dist/cli as committed at \`${BASELINE_REV}\`` : ''}.`,
        '',
        table(
          ['command', 'median', "÷ `node -e ''`", '÷ `git status`'],
          [
            row("`node -e ''` (the floor: Node's own start)", 'node'),
            row('`ai-sync status` (`node dist/cli/index.js status`)', 'ai'),
            row('`ai-sync status`, configured clone (config file, status file)', 'configured'),
            ...(before ? [row(`\`ai-sync status\`, before (\`${BASELINE_REV}\`)`, 'before')] : []),
            row('`git status`', 'git')
          ],
          ['l', 'r', 'r', 'r']
        ),
        '',
        `Target: \`ai-sync status\` ≤ ${TARGET_RATIO.toFixed(1)}× \`node -e ''\` (issue 14). What one run does (not timed):`,
        '',
        table(
          ['run', 'git processes', 'files of dist/cli loaded'],
          [
            ['`ai-sync status`', `${procs.length} (${procs.join(', ')})`, files(cliDir, loaded)],
            ['`ai-sync status`, configured clone', `${procsConfigured.length} (${procsConfigured.join(', ')})`, files(cliDir, loadedConfigured)],
            ...(before && beforeDir ? [[`\`ai-sync status\`, before (\`${BASELINE_REV}\`)`, `${procsBefore.length} (${procsBefore.join(', ')})`, files(beforeDir, loadedBefore)]] : [])
          ],
          ['l', 'l', 'l']
        ),
        '',
        '`ai-sync status` reads three small files and asks git what it needs in as few processes as it can',
        '(src/cli/commands/status.ts says which); it never walks the work tree, so its cost is Node\'s start, loading the',
        'parts of the CLI bundle it uses and those git processes, whatever the size of the repository. The configured clone',
        'also loads the config parser (yaml, the zod schema), the status file\'s reader (zod) and `Intl` for the zone',
        'examples/ai-sync.yml configures: what a repository set up for the action pays.',
        '',
        'What was changed for start-up (src/cli/commands/status.ts, status-view.ts, git.ts, branches.ts, catchup.ts,',
        'context-base.ts; scripts/bundle.mjs):',
        '',
        '- **One for-each-ref** answers the upstream, ahead/behind (`%(upstream:track)`, for the current branch only) and',
        '  every remote-tracking ref, the default branch among them; the in-flight branches cost processes only when the',
        '  remote has a branch besides the default one and this branch\'s own. `git config` (the remembered agent) runs',
        '  beside rev-parse, and both start before the rest of the command (the engine, the report) is loaded.',
        '- **The config parser and the status file\'s reader** are loaded only when their files exist (context-base.ts',
        '  holds what every command needs without the parser).',
        '- **The bundle**: CommonJS (chunks loaded with `require`, not through the ESM loader), webpack\'s module factories',
        '  as function expressions rather than arrow functions (V8 parsed each arrow factory\'s body again on its first',
        '  call), every file minified (esbuild; `ncc -m` covers the entry file only).'
      ]
    : [
        'Pending: `node dist/cli/index.js status` does not work yet in this tree',
        probe ? `(exit ${probe.code}${probe.stderr ? `: ${probe.stderr.trim().split('\n')[0]?.slice(0, 200)}` : ''}).` : '(dist/cli/index.js is missing).',
        'The benchmark is ready: `npm run bench -- cli` measures it once the CLI works.'
      ];
  return {
    targets,
    markdown: md.join('\n'),
    data: { runs, tracked, works, medians: m, samples, gitProcesses: { ai: procs, configured: procsConfigured, before: procsBefore }, loaded: { ai: loaded, configured: loadedConfigured, before: loadedBefore } }
  };
}
