// Time to verdict beside a peer action: ai-sync's bundle (`node dist/index.js`) and actions/labeler v5
// (`node <labeler>/dist/index.js`) on the same 10-file pull request, against the same loopback API stand-in, in the
// same clean environment, interleaved. The labeler's code is not part of this project: its dist/ is unpacked at run
// time from a git directory holding the tag (LABELER_GIT_DIR) into bench/.work; without it the section says so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { inputEnvName, pullRequestEvent, readOutputs, runnerEnv, writeEventFile, type RecordedRequest } from '../test-support/github-standin/index.js';
import { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, iso, seedRig, type Rig } from '../test-support/seed-scenario.js';
import { timed } from './lib/proc.js';
import { ROOT, WORK, table, type Target } from './lib/report.js';
import { interleaved, type Job } from './lib/rounds.js';
import { median, ms, ratio } from './lib/stats.js';
import { snapshotDist } from './requests.js';
import type { BenchOptions } from './run.js';

export const LABELER_TAG = 'v5.0.0';
/** Where this machine keeps a mirror of github.com/actions/labeler; LABELER_GIT_DIR points elsewhere. */
const DEFAULT_LABELER_GIT_DIR = '/work/.mirror/actions+labeler/repo';
const TARGET_RATIO = 0.7;
const PR_FILES = 10;
const HEAD_BRANCH = 'claude/ten-files';

/** A few path rules in the labeler's v5 format; the pull request below matches the first two. */
const LABELER_CONFIG = `backend:
  - changed-files:
      - any-glob-to-any-file: 'backend/**'
documentation:
  - changed-files:
      - any-glob-to-any-file: ['docs/**', '**/*.md']
frontend:
  - changed-files:
      - any-glob-to-any-file: ['frontend/**', 'web/**']
ci:
  - changed-files:
      - any-glob-to-any-file: '.github/**'
`;
const EXPECTED_LABELS = 'backend,documentation';

interface Peer {
  gitDir: string;
  sha: string;
  main: string;
  actionYml: string;
}

/** The labeler at LABELER_TAG, unpacked under bench/.work; a reason instead when the git directory or the tag is missing. */
export function labeler(): Peer | { missing: string } {
  const gitDir = process.env.LABELER_GIT_DIR || DEFAULT_LABELER_GIT_DIR;
  if (!existsSync(gitDir)) return { missing: `no git directory at \`${gitDir}\`` };
  let sha: string;
  try {
    sha = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', `${LABELER_TAG}^{commit}`], { encoding: 'utf8' }).trim();
  } catch {
    return { missing: `\`${gitDir}\` has no tag ${LABELER_TAG}` };
  }
  const dir = join(WORK, `labeler-${sha.slice(0, 12)}`);
  if (!['dist/index.js', 'package.json', 'action.yml'].every((f) => existsSync(join(dir, f)))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // package.json comes along: without it Node would take this project's `"type": "module"` for the CommonJS bundle.
    const tar = execFileSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', sha, 'dist', 'package.json', 'action.yml'], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar, maxBuffer: 1 << 30 });
  }
  return { gitDir, sha, main: join(dir, 'dist', 'index.js'), actionYml: join(dir, 'action.yml') };
}

/** The INPUT_* variables a runner sets from an action.yml: every input that has a default, `github.token` filled in. */
function runnerInputs(actionYml: string, token: string): Record<string, string> {
  const doc = parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, { default?: unknown } | null> };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    const value = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    if (value.includes('${{')) throw new Error(`${actionYml}: input ${name}: default ${JSON.stringify(value)} needs an expression this benchmark does not evaluate`);
    env[inputEnvName(name)] = value;
  }
  return env;
}

interface PullRig {
  rig: Rig;
  number: number;
  mergeSha: string;
  workspace: string;
  env: { aiSync: Record<string, string>; labeler: Record<string, string> };
  /** Back to "just opened": no comment, no label, empty output files. */
  reset(): void;
  close(): Promise<void>;
}

/** The seed repository with the labeler's config on main, and a 10-file pull request by Claude Code touching Codex's claimed file. */
export async function tenFilePull(peer: Peer): Promise<PullRig> {
  const rig = await seedRig();
  const { fx, si } = rig;
  fx.write('.github/labeler.yml', LABELER_CONFIG);
  await fx.commit('ci: label pull requests by path', { author: HUMAN });
  await fx.push('main');
  await fx.checkout(HEAD_BRANCH, { create: true });
  fx.write(CLAIMED_FILE, 'export class TrackingService {\n  track() {}\n}\n');
  fx.write('docs/tracking.md', '# Tracking\n');
  for (let i = 1; i < PR_FILES - 1; i++) fx.write(`backend/src/feature/file-${i}.ts`, `export const v${i} = ${i};\n`);
  await fx.commit(`feat: ten files\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
  await fx.push(HEAD_BRANCH);
  const pull = si.pulls.create({ head: HEAD_BRANCH, base: 'main', user: 'octocat', title: 'Ten files', updatedAt: iso(SEED_CHECKIN + 3_600_000) });
  // A pull_request run's GITHUB_SHA is GitHub's test merge of head into base (refs/pull/N/merge).
  await fx.git(['checkout', '-q', '--detach', 'main']);
  await fx.git(['merge', '-q', '--no-ff', '-m', `Merge ${HEAD_BRANCH} into main`, HEAD_BRANCH]);
  const mergeSha = (await fx.git(['rev-parse', 'HEAD'])).trim();
  await fx.git(['push', '-q', 'origin', `HEAD:refs/pull/${pull.number}/merge`]);
  const eventPath = writeEventFile(await pullRequestEvent(fx, pull, 'opened', { standIn: si }));
  // No checkout step: both read the repository through the API (the labeler fetches its config when it is not on disk).
  const workspace = mkdtempSync(join(tmpdir(), 'peer-workspace-'));
  const runner = (): Record<string, string> => ({
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...runnerEnv({ standIn: si, eventName: 'pull_request', eventPath, sha: mergeSha, ref: `refs/pull/${pull.number}/merge`, workspace })
  });
  const env = { aiSync: { ...runner(), ...runnerInputs(join(ROOT, 'action.yml'), si.token) }, labeler: { ...runner(), ...runnerInputs(peer.actionYml, si.token) } };
  return {
    rig,
    number: pull.number,
    mergeSha,
    workspace,
    env,
    reset() {
      for (const c of si.comments.list(pull.number)) si.comments.remove(c.id);
      si.labels.clear(pull.number);
      for (const e of [env.aiSync, env.labeler]) for (const f of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) truncateSync(e[f] as string);
    },
    async close() {
      // The workspace, both runners' temp directories and the event file's directory.
      for (const d of [workspace, dirname(env.aiSync.GITHUB_OUTPUT as string), dirname(env.labeler.GITHUB_OUTPUT as string), dirname(eventPath)]) rmSync(d, { recursive: true, force: true });
      await rig.close();
    }
  };
}

interface Sample {
  ms: number;
  requests?: number;
  serverMs?: number;
  operations?: string;
}

const opName = (r: RecordedRequest): string => r.operation ?? `${r.method} ${r.path}`;

function byOperation(reqs: readonly RecordedRequest[]): string {
  const n = new Map<string, number>();
  for (const r of reqs) n.set(opName(r), (n.get(opName(r)) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k} ×${v}`).join(', ');
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

const WHAT = `time to verdict, ${PR_FILES}-file pull request ÷ actions/labeler ${LABELER_TAG.replace(/\.\d+\.\d+$/, '')}`;

export async function run(opts: BenchOptions) {
  const peer = labeler();
  if ('missing' in peer) {
    const targets: Target[] = [{ what: WHAT, target: `≤ ${TARGET_RATIO.toFixed(2)}×`, measured: 'not run: labeler not available', met: null }];
    const markdown = [
      `Not run: labeler not available (${peer.missing}). The benchmark unpacks actions/labeler's \`dist/\` at tag ${LABELER_TAG}`,
      'from a git clone or mirror of github.com/actions/labeler named by `LABELER_GIT_DIR`; its code is never part of this project.'
    ].join('\n');
    console.log(`peer: not run: labeler not available (${peer.missing})`);
    return { targets, markdown, data: { available: false, reason: peer.missing } };
  }

  const runs = opts.runs ?? (opts.quick ? 3 : 21);
  const ours = snapshotDist('peer-dist');
  const pr = await tenFilePull(peer);
  const si = pr.rig.si;
  const env0 = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  const failures: string[] = [];

  const action = (key: 'aiSync' | 'labeler', main: string, check: (out: Record<string, string>, code: number) => boolean) => async (): Promise<Sample> => {
    pr.reset();
    const from = si.requests.length;
    const r = await timed(process.execPath, [main], { env: pr.env[key], cwd: pr.workspace });
    const reqs = si.requests.slice(from);
    const out = readOutputs(pr.env[key].GITHUB_OUTPUT as string);
    if (!check(out, r.code)) failures.push(`${key}: exit ${r.code}, outputs ${JSON.stringify(out).slice(0, 300)}, stdout ${r.stdout.slice(-300)}, stderr ${r.stderr.slice(-300)}`);
    return { ms: r.ms, requests: reqs.length, serverMs: reqs.reduce((a, q) => a + q.ms, 0), operations: byOperation(reqs) };
  };
  const jobs: Job<Sample>[] = [
    { key: 'empty', go: async () => ({ ms: (await timed(process.execPath, ['-e', ''], { env: env0, cwd: pr.workspace })).ms }) },
    { key: 'aiSync', go: action('aiSync', ours, (o) => o.result === 'fail' && o['changed-files'] === String(PR_FILES) && (o['comment-url'] ?? '') !== '') },
    { key: 'labeler', go: action('labeler', peer.main, (o, code) => code === 0 && o['all-labels'] === EXPECTED_LABELS && o['new-labels'] === EXPECTED_LABELS) }
  ];
  let samples = new Map<string, Sample[]>();
  try {
    // The warm-up round also creates the labels the labeler sets.
    samples = await interleaved('peer', jobs, runs);
  } finally {
    await pr.close();
  }
  if (failures.length > 0) throw new Error(`a run did not reach the expected verdict:\n${failures.slice(0, 3).join('\n')}`);
  if (si.violations.length > 0) throw new Error(`the stand-in was asked something it does not answer as GitHub does:\n${si.violations.slice(0, 5).join('\n')}`);

  const med = (key: string, f: (s: Sample) => number | undefined = (s) => s.ms) => median((samples.get(key) ?? []).map(f).filter((x): x is number => x !== undefined && Number.isFinite(x)));
  const counts = (key: string) => [...new Set((samples.get(key) ?? []).map((s) => s.requests))].sort();
  const ops = (key: string) => [...new Set((samples.get(key) ?? []).map((s) => s.operations))].join('; or ');
  const empty = med('empty');
  const side = (key: string) => ({ run: med(key), server: med(key, (s) => s.serverMs), requests: counts(key), operations: ops(key) });
  const a = side('aiSync');
  const l = side('labeler');
  const r = a.run / l.run;
  const loadEnd = loadAverage();
  const requestsText = (s: ReturnType<typeof side>) => s.requests.join('–');

  const targets: Target[] = [
    {
      what: WHAT,
      target: `≤ ${TARGET_RATIO.toFixed(2)}×`,
      measured: `${ratio(r)} (${ms(a.run)} ÷ ${ms(l.run)}; ${requestsText(a)} vs ${requestsText(l)} requests)`,
      met: r <= TARGET_RATIO
    }
  ];
  const md: string[] = [];
  md.push(
    `The same pull request (${PR_FILES} changed files by Claude Code, one of them a file ChatGPT Codex claimed an hour earlier) judged`,
    `by ai-sync's bundle and labelled by [actions/labeler](https://github.com/actions/labeler) ${LABELER_TAG} (commit \`${peer.sha}\`,`,
    `its \`dist/\` unpacked at run time from \`LABELER_GIT_DIR\` into bench/.work: its code is not part of this project), each`,
    'started as a runner starts it (`node <action>/dist/index.js`, a `pull_request` event, GITHUB_SHA the test merge commit',
    '`refs/pull/N/merge`), against the same loopback API stand-in, every request checked against GitHub\'s REST description.',
    'Both get the same clean environment: PATH, the runner\'s variables, and the `INPUT_*` variables a runner derives from',
    'each action.yml\'s defaults; the working directory is an empty workspace (no checkout step), so the labeler fetches',
    '`.github/labeler.yml` (four path rules, two of which match) through the contents API. Before every run the pull',
    'request\'s comments and labels are cleared, so every run does the same work: ai-sync posts its sticky comment, the',
    `labeler sets two labels. Medians of ${runs} interleaved rounds (rotated each round), after one warm-up round.`,
    ''
  );
  md.push(
    table(
      ['', 'ai-sync (`dist/index.js`)', `actions/labeler ${LABELER_TAG}`],
      [
        ['time to verdict (whole process)', ms(a.run), ms(l.run)],
        ["÷ `node -e ''` (" + ms(empty) + ')', ratio(a.run / empty), ratio(l.run / empty)],
        ['requests per run', requestsText(a), requestsText(l)],
        ['requests by operation', a.operations, l.operations],
        ['the stand-in answering (server time of those requests, in the benchmark process)', ms(a.server), ms(l.server)],
        ['time to verdict less the stand-in\'s time (approximate: overlapping requests count twice)', ms(a.run - a.server), ms(l.run - l.server)],
        ['what the run ends with', 'verdict `fail`, sticky comment posted', `labels \`${EXPECTED_LABELS.split(',').join('`, `')}\` set`]
      ],
      ['l', 'r', 'r']
    ),
    ''
  );
  md.push(
    `**ai-sync ÷ labeler: ${ratio(r)}** — target ≤ ${TARGET_RATIO.toFixed(2)}×: **${r <= TARGET_RATIO ? 'met' : 'not met'}**. Load average at the end: ${loadEnd}.`,
    '',
    'The ratio is of whole processes, the stand-in\'s answering time included on both sides, as GitHub\'s own is on a',
    'runner. The stand-in is not GitHub: its GraphQL resolvers and REST handlers run git in the benchmark process, so',
    `the row "less the stand-in's time" (ratio ${ratio((a.run - a.server) / (l.run - l.server))}) shows how much of the difference is its answering rather than the actions.`
  );
  return {
    targets,
    markdown: md.join('\n'),
    data: { available: true, peer: { repository: 'actions/labeler', tag: LABELER_TAG, sha: peer.sha }, runs, empty, aiSync: a, labeler: l, ratio: r, loadEnd, samples: Object.fromEntries([...samples].map(([k, v]) => [k, v.map(({ operations: _, ...rest }) => rest)])) }
  };
}
