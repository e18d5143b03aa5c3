// Shared by the end-to-end reliability, stress and security suites (not a test file): scenarios that build the same
// repository every time (the fixture's clock is fixed, so the same steps give the same SHAs), the status file's
// history on main and fault counts. The figures the suites write to bench/.work/ are ../../helpers/figures.ts.
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { COMMENT_MARKER } from '../../../src/report/comment.js';
import { ROOT, runAction, type ActionRun } from '../../../test-support/action-run.js';
import { pullRequestEvent, pushEvent, type RecordedRequest, type StandInOptions } from '../../../test-support/github-standin/index.js';
import { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, SEED_FILES, claudeTouchesCodexFile, iso, seedRig, type Rig } from '../../../test-support/seed-scenario.js';

export const H = 3_600_000;
export const STATUS_FILE = 'AI_SYNC_STATUS.json';
/** A JavaScript stack frame, as Node prints it. */
export const STACK_FRAME = /^\s+at .+[:(].*\d+:\d+\)?$/m;

// ajv and ajv-formats are CommonJS: their module object is the constructor/plugin with a `default` alias.
const ajv = new Ajv2020.default({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats.default(ajv);
const validateStatus = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'ai-sync-status.schema.json'), 'utf8')));

/** A valid status file (schema version 1, nothing claimed, nothing found) with `over` in place of its fields. */
export function statusFile(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    lastUpdate: '2025-12-01T00:00:00Z',
    lastAuthor: 'x',
    lastAgent: null,
    lastCommitMessage: 'x',
    lastCommit: 'f'.repeat(40),
    ref: 'refs/heads/main',
    modifiedFiles: [],
    needsSync: true,
    result: 'pass',
    findings: [],
    agents: [],
    ...over
  };
}

/** Schema errors of a status file's text (parse errors included); [] when it is valid. */
export function statusSchemaErrors(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`];
  }
  return validateStatus(data) ? [] : (validateStatus.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The status file's text at a revision of the served (bare) repository, or null. */
export async function statusText(rig: Rig, rev = 'refs/heads/main'): Promise<string | null> {
  try {
    return await rig.fx.git(['--git-dir', rig.fx.gitDir, 'show', `${rev}:${STATUS_FILE}`]);
  } catch {
    return null;
  }
}

export interface StatusVersion {
  commit: string;
  lastUpdate: string;
  lastCommit: string;
}

/** Every version of the status file on main's first-parent history, oldest first. */
export async function statusHistory(rig: Rig): Promise<StatusVersion[]> {
  const log = await rig.fx.git(['--git-dir', rig.fx.gitDir, 'log', '--format=%H', '--first-parent', 'refs/heads/main', '--', STATUS_FILE]);
  const out: StatusVersion[] = [];
  for (const commit of log.trim().split('\n').filter(Boolean).reverse()) {
    const s = JSON.parse((await statusText(rig, commit)) ?? 'null') as { lastUpdate: string; lastCommit: string };
    out.push({ commit, lastUpdate: s.lastUpdate, lastCommit: s.lastCommit });
  }
  return out;
}

/** Injected faults by kind ('500', 'reset', '429', 'slow', 'down-503', …). */
export function faultsByKind(requests: readonly RecordedRequest[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of requests) if (r.fault) out[r.fault] = (out[r.fault] ?? 0) + 1;
  return out;
}

export function addCounts(into: Record<string, number>, more: Record<string, number>): Record<string, number> {
  for (const [k, v] of Object.entries(more)) into[k] = (into[k] ?? 0) + v;
  return into;
}

/** Runs `fn` over `items`, at most `concurrency` at a time; results in item order. */
export async function pool<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return out;
}

export const errorLines = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => l.startsWith('::error'));

/** The run failed before judging anything: exit 1, result=fail, no findings, exactly `errors` as its ::error lines, and
 * no status file on main. */
export async function expectRefused(rig: Rig, run: ActionRun, errors: string[]): Promise<void> {
  expect(run.code).toBe(1);
  expect(run.outputs.result).toBe('fail');
  expect(run.outputs['findings-json']).toBe('[]');
  expect(errorLines(run)).toEqual(errors);
  expect(await statusText(rig)).toBeNull();
}
export const warningLines = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => l.startsWith('::warning'));

// ---------------------------------------------------------------------------------------------------------------
// Scenarios that end the same way every time they are built: the verdict, the status file written and the PR
// comment are a function of the scenario alone, so a run under faults can be compared with a fault-free one.

export const SCENARIOS = ['push-fail', 'push-warn', 'push-new-branch', 'pr-opened', 'pr-resolved'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

const PR_CONFIG = 'agents:\n  Claude Code:\n    branches: ["claude/**"]\n    aliases: ["claude-bot"]\n';

export interface Scenario {
  rig: Rig;
  /** The run under test (the event is built already; faults set on rig.si apply). */
  run(env?: Record<string, string>): Promise<ActionRun>;
  /** Our sticky comments' bodies on the scenario's pull request ([] for pushes). */
  comments(): string[];
}

export interface Outcome {
  code: number;
  result: string;
  findings: string;
  /** The status file on main after the run. */
  status: string | null;
  comments: string[];
}

async function prRun(rig: Rig, number: number, action: string, env: Record<string, string> = {}): Promise<ActionRun> {
  const pull = rig.si.pulls.get(number);
  if (!pull) throw new Error(`no pull #${number}`);
  const payload = await pullRequestEvent(rig.fx, pull, action, { standIn: rig.si });
  const head = (payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
  return runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'pull_request', payload, sha: head, ref: `refs/pull/${number}/merge`, env });
}

/** Builds a scenario in a fresh repository and stand-in (`standIn` options, e.g. the token, apply to it). */
export async function buildScenario(name: ScenarioName, standIn: Partial<StandInOptions> = {}): Promise<Scenario> {
  const pr = name.startsWith('pr-');
  const rig = await seedRig(pr ? { ...SEED_FILES, '.github/ai-sync.yml': PR_CONFIG } : SEED_FILES, standIn);
  const ours = (n: number) => () => rig.si.comments.list(n).filter((c) => c.body.startsWith(COMMENT_MARKER)).map((c) => c.body);
  const none = () => [];
  switch (name) {
    case 'push-fail':
    case 'push-warn': {
      const p = await claudeTouchesCodexFile(rig, name === 'push-fail' ? 1 : 3);
      return { rig, comments: none, run: (env = {}) => runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref, env }) };
    }
    case 'push-new-branch': {
      // A new branch: the payload is not enough, so the compare API and one commit read per commit.
      await rig.fx.checkout('claude/feature', { create: true });
      rig.fx.write('docs/feature.md', 'feature\n');
      await rig.fx.commit(`docs: feature\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
      rig.fx.write(CLAIMED_FILE, 'export class TrackingService { claude() {} }\n');
      await rig.fx.commit(`feat: tracking\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
      const { before, after } = await rig.fx.push('claude/feature');
      const payload = await pushEvent(rig.fx, { before, after, ref: 'refs/heads/claude/feature', pushedAt: iso(SEED_CHECKIN + H), standIn: rig.si });
      return { rig, comments: none, run: (env = {}) => runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/claude/feature', env }) };
    }
    case 'pr-opened':
    case 'pr-resolved': {
      await rig.fx.checkout('claude/tracking', { create: true });
      rig.fx.write(CLAIMED_FILE, 'claude was here\n');
      await rig.fx.commit('feat: tracking tweaks', { author: HUMAN });
      await rig.fx.push('claude/tracking');
      const pull = rig.si.pulls.create({ head: 'claude/tracking', base: 'main', user: 'octocat', title: 'Tracking tweaks', updatedAt: iso(SEED_CHECKIN + H) });
      if (name === 'pr-resolved') {
        // Set-up, fault-free: the opened run leaves a report comment; the fix makes the next run resolve it.
        const opened = await prRun(rig, pull.number, 'opened');
        if (opened.outputs.result !== 'fail') throw new Error(`pr-resolved set-up: expected fail, got ${opened.outputs.result}`);
        rig.fx.write(CLAIMED_FILE, SEED_FILES[CLAIMED_FILE] as string);
        await rig.fx.commit('revert claimed file', { author: HUMAN });
        await rig.fx.push('claude/tracking');
        rig.si.pulls.update(pull.number, { updatedAt: iso(SEED_CHECKIN + 2 * H) });
        rig.si.requests.length = 0;
      }
      const action = name === 'pr-opened' ? 'opened' : 'synchronize';
      return { rig, comments: ours(pull.number), run: (env = {}) => prRun(rig, pull.number, action, env) };
    }
  }
}

export async function outcomeOf(s: Scenario, run: ActionRun): Promise<Outcome> {
  return {
    code: run.code,
    result: run.outputs.result ?? '',
    findings: run.outputs['findings-json'] ?? '',
    status: await statusText(s.rig),
    comments: s.comments()
  };
}
