// API requests per run, counted by the stand-in (`standIn.requests`): pushes with a complete payload, pushes that
// need the compare API (a truncated payload, a new branch), and pull requests of 10 / 1,000 / 3,000 files — each
// one run of the bundled action (`node dist/index.js`, as a runner starts it) on a fresh repository.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotations } from '../test-support/action-run.js';
import { inputEnvName, pullRequestEvent, pushEvent, readOutputs, runnerEnv, writeEventFile, type RecordedRequest } from '../test-support/github-standin/index.js';
import { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, iso, seedRig, type Rig } from '../test-support/seed-scenario.js';
import { ROOT, WORK, table, type Target } from './lib/report.js';
import type { BenchOptions } from './run.js';

const H = 3_600_000;

interface Outcome {
  scenario: string;
  kind: 'push' | 'pull_request';
  files: number;
  commits: number;
  requests: number;
  limit: number;
  byOperation: Record<string, number>;
  result: string;
  statusCommitted: string;
  comment: boolean;
  violations: number;
  incompleteWarning: boolean;
}

/** A copy of dist/ (without the CLI) under bench/.work/<name>, so a rebuild during the run cannot change what is measured. */
export function snapshotDist(name = 'requests-dist'): string {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run bundle` first.');
  cpSync(join(ROOT, 'dist'), dir, { recursive: true, filter: (src) => !src.includes(join(ROOT, 'dist', 'cli')) });
  return join(dir, 'index.js');
}

/** One run of the bundle as a runner starts it, against the rig's stand-in. */
export async function runBundle(bundle: string, rig: Rig, eventName: string, payload: unknown, sha: string, ref: string) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...runnerEnv({ standIn: rig.si, eventName, eventPath: writeEventFile(payload), sha, ref, workspace: rig.fx.workDir }),
    [inputEnvName('token')]: rig.si.token
  };
  const child = spawn(process.execPath, [bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.resume();
  await new Promise((res) => child.on('close', res));
  return { outputs: readOutputs(env.GITHUB_OUTPUT as string), annotations: parseAnnotations(stdout), summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8') };
}

const opName = (r: RecordedRequest): string => r.operation ?? `${r.method} ${r.path}`;

async function measure(
  scenario: string,
  kind: Outcome['kind'],
  files: number,
  commits: number,
  limit: number,
  prepare: (rig: Rig) => Promise<{ eventName: string; payload: unknown; sha: string; ref: string }>,
  bundle: string
): Promise<Outcome> {
  const rig = await seedRig();
  try {
    const ev = await prepare(rig);
    const from = rig.si.requests.length;
    const run = await runBundle(bundle, rig, ev.eventName, ev.payload, ev.sha, ev.ref);
    const reqs = rig.si.requests.slice(from);
    const byOperation: Record<string, number> = {};
    for (const r of reqs) byOperation[opName(r)] = (byOperation[opName(r)] ?? 0) + 1;
    return {
      scenario,
      kind,
      files,
      commits,
      requests: reqs.length,
      limit,
      byOperation,
      result: run.outputs.result ?? '?',
      statusCommitted: run.outputs['status-committed'] ?? '?',
      comment: (run.outputs['comment-url'] ?? '') !== '',
      violations: rig.si.violations.length,
      incompleteWarning: run.annotations.some((a) => a.message.includes('Not every changed file could be checked'))
    };
  } finally {
    await rig.close();
  }
}

/** `n` files in one commit by Claude Code, the claimed file among them. */
async function writeFiles(rig: Rig, n: number, prefix: string): Promise<void> {
  rig.fx.write(CLAIMED_FILE, `export class TrackingService { n = ${n}; }\n`);
  for (let i = 1; i < n; i++) rig.fx.write(`${prefix}/f${Math.floor(i / 100)}/file-${i}.ts`, `export const v = ${i};\n`);
  await rig.fx.commit(`feat: ${n} files\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
}

export async function run(opts: BenchOptions) {
  const bundle = snapshotDist();
  const pushLimit = 6;
  // Compare, one `repos/get-commit` per commit (exact per-commit judgement), the GraphQL read (the open pull
  // requests folded in), the status PUT; one spare.
  const compareLimit = (commits: number) => 4 + commits;
  // Up to 100 files: ONE GraphQL request reads the files, the texts, the comments and the open pull requests; more
  // files are listed through REST (one page per 100). Then the comment: create, and list again to converge with
  // concurrent runs (an update when it exists: one PATCH, or nothing when unchanged).
  const prLimit = (files: number) => 3 + (files > 100 ? Math.ceil(files / 100) : 0);
  const outcomes: Outcome[] = [];
  const scenarios: (() => Promise<Outcome>)[] = [
    () =>
      measure('push to main, payload lists the commit', 'push', 10, 1, pushLimit, async (rig) => {
        await writeFiles(rig, 10, 'src/push');
        const { before, after } = await rig.fx.push('main');
        return { eventName: 'push', payload: await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + H), standIn: rig.si }), sha: after, ref: 'refs/heads/main' };
      }, bundle),
    () =>
      measure('push to main, 3 commits, payload lists them', 'push', 12, 3, pushLimit, async (rig) => {
        for (let c = 0; c < 3; c++) await writeFiles(rig, 4, `src/c${c}`);
        const { before, after } = await rig.fx.push('main');
        return { eventName: 'push', payload: await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + H), standIn: rig.si }), sha: after, ref: 'refs/heads/main' };
      }, bundle),
    () =>
      measure('push to main, 25 commits, truncated payload (compare API)', 'push', 25, 25, compareLimit(25), async (rig) => {
        for (let c = 0; c < 25; c++) {
          rig.fx.write(c === 0 ? CLAIMED_FILE : `src/t/file-${c}.ts`, `${c}\n`);
          await rig.fx.commit(`c${c}\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
        }
        const { before, after } = await rig.fx.push('main');
        return { eventName: 'push', payload: await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', commits: 'truncated', pushedAt: iso(SEED_CHECKIN + H), standIn: rig.si }), sha: after, ref: 'refs/heads/main' };
      }, bundle),
    () =>
      measure('new branch, 2 commits (compare API against main)', 'push', 2, 2, compareLimit(2), async (rig) => {
        await rig.fx.checkout('feature/x', { create: true });
        rig.fx.write('a.txt', 'a\n');
        await rig.fx.commit(`feat: a\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
        rig.fx.write(CLAIMED_FILE, 'b\n');
        await rig.fx.commit(`feat: b\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
        const { before, after } = await rig.fx.push('feature/x');
        return { eventName: 'push', payload: await pushEvent(rig.fx, { before, after, ref: 'refs/heads/feature/x', pushedAt: iso(SEED_CHECKIN + H), standIn: rig.si }), sha: after, ref: 'refs/heads/feature/x' };
      }, bundle)
  ];
  for (const n of opts.quick ? [10] : [10, 1_000, 3_000]) {
    scenarios.push(() =>
      measure(`pull request, ${n.toLocaleString('en-US')} files`, 'pull_request', n, 1, prLimit(n), async (rig) => {
        await rig.fx.checkout('claude/bulk', { create: true });
        await writeFiles(rig, n, 'src/pr');
        await rig.fx.push('claude/bulk');
        const pull = rig.si.pulls.create({ head: 'claude/bulk', base: 'main', user: 'octocat', title: 'Bulk change', updatedAt: iso(SEED_CHECKIN + H) });
        const payload = await pullRequestEvent(rig.fx, pull, 'opened', { standIn: rig.si });
        const head = (payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
        return { eventName: 'pull_request', payload, sha: head, ref: `refs/pull/${pull.number}/merge` };
      }, bundle)
    );
  }
  if (!opts.quick) {
    scenarios.push(() =>
      measure('pull request, 10 files, comment already there (a new push)', 'pull_request', 10, 1, 2, async (rig) => {
        await rig.fx.checkout('claude/again', { create: true });
        await writeFiles(rig, 10, 'src/pr');
        await rig.fx.push('claude/again');
        const pull = rig.si.pulls.create({ head: 'claude/again', base: 'main', user: 'octocat', title: 'Again', updatedAt: iso(SEED_CHECKIN + H) });
        const first = await pullRequestEvent(rig.fx, pull, 'opened', { standIn: rig.si });
        const firstHead = (first as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
        await runBundle(bundle, rig, 'pull_request', first, firstHead, `refs/pull/${pull.number}/merge`);
        rig.fx.write('src/pr/again.ts', 'export const again = 1;\n');
        await rig.fx.commit(`feat: one more file\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
        await rig.fx.push('claude/again');
        const payload = await pullRequestEvent(rig.fx, pull, 'synchronize', { standIn: rig.si });
        const head = (payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
        return { eventName: 'pull_request', payload, sha: head, ref: `refs/pull/${pull.number}/merge` };
      }, bundle)
    );
  }
  for (const [i, s] of scenarios.entries()) {
    process.stdout.write(`\rrequests: scenario ${i + 1}/${scenarios.length}`);
    outcomes.push(await s());
  }
  process.stdout.write('\n');

  const pushes = outcomes.filter((o) => o.kind === 'push');
  const prs = outcomes.filter((o) => o.kind === 'pull_request');
  const usesCompare = (o: Outcome) => Object.keys(o.byOperation).some((k) => k.startsWith('repos/compare-commits'));
  const payloadPushes = pushes.filter((o) => !usesCompare(o));
  const comparePushes = pushes.filter(usesCompare);
  const targets: Target[] = [
    {
      what: 'requests, push (payload with its commits)',
      target: `≤ ${pushLimit}`,
      measured: payloadPushes.map((o) => `${o.requests} (${o.commits} commit${o.commits > 1 ? 's' : ''})`).join(', '),
      met: payloadPushes.every((o) => o.requests <= pushLimit)
    },
    {
      what: 'requests, push needing the compare API',
      target: '≤ 4 + commits',
      measured: comparePushes.map((o) => `${o.requests} (${o.commits} commits)`).join(', '),
      met: comparePushes.every((o) => o.requests <= compareLimit(o.commits))
    },
    {
      what: 'requests, pull request',
      target: '≤ 3, + ⌈files/100⌉ past 100 files',
      measured: prs.map((o) => `${o.files.toLocaleString('en-US')} files: ${o.requests} (limit ${o.limit})`).join('; '),
      met: prs.every((o) => o.requests <= o.limit)
    }
  ];
  const md = [
    'Each scenario is one run of the bundled action (a copy of dist/, started as a runner starts it) against a fresh',
    'stand-in repository seeded with the example claims; the claimed file is among the changed files, so every run has',
    'a finding (pushes to main commit the status file; pull requests post the sticky comment — the most requests a run',
    'makes). Counted by the stand-in: `standIn.requests.length`.',
    '',
    table(
      ['scenario', 'changed files', 'requests', 'limit', 'requests by operation', 'verdict', 'status / comment', 'OpenAPI violations'],
      outcomes.map((o) => [
        o.scenario,
        o.files.toLocaleString('en-US'),
        `**${o.requests}**`,
        String(o.limit),
        Object.entries(o.byOperation)
          .map(([k, v]) => `${k} ×${v}`)
          .join(', '),
        o.result,
        o.kind === 'push' ? `status committed: ${o.statusCommitted}` : `comment: ${o.comment ? 'posted' : 'none'}`,
        String(o.violations)
      ]),
      ['l', 'r', 'r', 'r', 'l', 'l', 'l', 'r']
    ),
    '',
    'A push whose payload lists its commits is judged from the payload: one GraphQL request reads every file the run',
    'needs (claims before and after, config, previous status), one more reads the open pull requests for in-flight claims',
    '(one per 100 of them; none with `radar.max-pull-requests: 0`; see the radar section) and one PUT commits the status. When the payload is not',
    'enough (truncated, new branch, force push) the run asks the compare API and reads each commit\'s file list',
    '(`repos/get-commit`, one request per commit; a single commit is judged from compare\'s own list): every commit is',
    'judged on its own, as `ai-sync verify` judges it — a range judged by its net file list would miss a claimed file',
    'added and removed inside the push. A pull request of up to 100 files costs ONE GraphQL request for everything it',
    'reads: its files, the texts, its comments (the sticky one is found there) and the open pull requests; with more',
    'files (or a rename, whose source GraphQL does not give) the file list is read through `pulls/list-files`, one page',
    'per 100 (GitHub lists at most 3,000). Then the comment: created and listed again to converge with concurrent runs,',
    'or updated (one PATCH) when it is there, or left alone when unchanged.'
  ];
  return { targets, markdown: md.join('\n'), data: { outcomes } };
}
