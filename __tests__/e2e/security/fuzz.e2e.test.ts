// Hostile event payloads, generated (fast-check, fixed seed): real push and pull-request payloads from a fixture
// repository, with fields deleted, set to the wrong type or blown up, and raw non-JSON. Through readContext in
// process, each is a run context or a ContextError naming the field (`event payload (push): field <path>: …`); a
// handful of malformed events also go through the bundled action (no stack trace reaches the user). Claims files,
// config files and file names are __tests__/unit/security/fuzz.test.ts. The largest per-case time is written to
// bench/.work/security-fuzz-events.json (reported, not asserted).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { ContextError, readContext } from '../../../src/action/context.js';
import { runAction } from '../../../test-support/action-run.js';
import { createRepoFixture, pullRequestEvent, pushEvent, type RepoFixture } from '../../../test-support/github-standin/index.js';
import { writeFigures } from '../../helpers/figures.js';
import { PER_CASE_MS, Tally, anyText, eachGenerated, sample } from '../../helpers/fuzz.js';
import { useRigs } from '../helpers/rig.js';
import { STACK_FRAME, errorLines } from '../helpers/scenarios.js';

const tally = new Tally();
const rigs = useRigs();

// ---------------------------------------------------------------------------------------------------------------
// Event payloads (through readContext, in process)

type Json = unknown;
const WRONG: Json[] = [null, 0, -1, 1.5, 1e308, true, '', 'x', 'not-a-sha', [], {}, [null], { a: 1 }, 'z'.repeat(100_000), 'f'.repeat(40)];
interface Mutation {
  op: 'delete' | 'wrong' | 'huge-array' | 'huge-string';
  pick: number;
  wrong: number;
}
const mutation = fc.record({ op: fc.constantFrom('delete', 'wrong', 'wrong', 'huge-array', 'huge-string') as fc.Arbitrary<Mutation['op']>, pick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), wrong: fc.nat({ max: WRONG.length - 1 }) });
const payloadCase = fc.oneof(
  { weight: 8, arbitrary: fc.record({ event: fc.constantFrom('push', 'pull_request'), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }), raw: fc.constant(null) }) },
  { weight: 1, arbitrary: fc.record({ event: fc.constantFrom('push', 'pull_request', 'pull_request_target', 'workflow_dispatch'), mutations: fc.constant([]), raw: fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), anyText(100)) }) }
);
const PAYLOAD_CASES = sample(payloadCase, 20253, 220);

/** Every path (object keys and array indices) in a JSON value, parents first. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, Json>)) {
      const p = [...at, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      if (out.length < 5000) paths(x, p, out);
    }
  }
  return out;
}

function mutate(base: Json, ms: Mutation[]): Json {
  const doc = structuredClone(base) as Record<string, Json>;
  for (const m of ms) {
    const all = paths(doc);
    const p = all[Math.floor(m.pick * all.length)];
    if (!p) continue;
    const parent = p.slice(0, -1).reduce<Json>((o, k) => (o as Record<string | number, Json>)[k], doc) as Record<string | number, Json>;
    const key = p[p.length - 1] as string | number;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.op === 'wrong') parent[key] = structuredClone(WRONG[m.wrong]);
    else if (m.op === 'huge-string') parent[key] = 'h'.repeat(2_000_000);
    else {
      // 20,000 copies of a small element (the first of an array, or the value itself), else of a number.
      const cur = parent[key];
      const item = Array.isArray(cur) ? cur[0] : cur;
      const small = (JSON.stringify(item) ?? '').length <= 2000;
      parent[key] = Array.from({ length: 20_000 }, () => (small ? structuredClone(item) : 0));
    }
  }
  return doc;
}

const TOP_FIELDS = new Set(['(root)', 'ref', 'before', 'after', 'created', 'deleted', 'forced', 'commits', 'size', 'head_commit', 'repository', 'action', 'number', 'pull_request']);

let fixture: RepoFixture | null = null;
const bases: Record<string, Json> = {};
let eventDir = '';
beforeAll(async () => {
  fixture = await createRepoFixture();
  const before = (await fixture.remoteSha('main')) as string;
  fixture.write('src/a.ts', 'a\n');
  await fixture.commit('feat: a\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
  const { after } = await fixture.push('main');
  bases.push = await pushEvent(fixture, { before, after, ref: 'refs/heads/main' });
  await fixture.checkout('feature', { create: true });
  fixture.write('src/b.ts', 'b\n');
  await fixture.commit('feat: b');
  await fixture.push('feature');
  const pull = { number: 7, head: 'feature', base: 'main', user: 'octocat', title: 'PR', body: null, draft: false, state: 'open' as const, createdAt: '2025-12-03T15:00:00Z', updatedAt: '2025-12-03T16:00:00Z' };
  bases.pull_request = await pullRequestEvent(fixture, pull, 'opened');
  eventDir = mkdtempSync(join(tmpdir(), 'ai-sync-fuzz-events-'));
});
afterAll(() => {
  fixture?.cleanup();
  if (eventDir) rmSync(eventDir, { recursive: true, force: true });
});

eachGenerated(`event payloads (${PAYLOAD_CASES.length} generated, through readContext)`, PAYLOAD_CASES, '#%i %s: a run context or a ContextError naming the payload field', (c, i) => {
  const path = join(eventDir, `event-${i}.json`);
  const text = c.raw ?? JSON.stringify(mutate(bases[c.event], c.mutations));
  writeFileSync(path, text);
  tally.timed('payload', () => {
    try {
      const ctx = readContext({ GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_EVENT_NAME: c.event, GITHUB_EVENT_PATH: path, GITHUB_API_URL: 'http://127.0.0.1:1' });
      expect(ctx.event.kind).toBe(c.event === 'pull_request_target' ? 'pull_request' : c.event === 'workflow_dispatch' ? 'other' : c.event);
      tally.count('payload', 'accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(ContextError);
      const msg = (e as Error).message;
      const m = /^event payload \((push|pull_request|pull_request_target)\): field ([^:]+): \S/.exec(msg) ?? /^GITHUB_EVENT_PATH \(.+\): cannot read the event payload: /.exec(msg);
      expect({ msg: msg.slice(0, 200), named: m !== null }).toEqual({ msg: msg.slice(0, 200), named: true });
      if (m?.[2]) expect(TOP_FIELDS.has(m[2].split('.')[0] as string)).toBe(true);
      expect(msg.length).toBeLessThan(1000);
      tally.count('payload', 'rejected');
    }
  });
}, 2 * PER_CASE_MS);

// ---------------------------------------------------------------------------------------------------------------
// Malformed events through the bundled action

const BAD_EVENTS: [string, string, (p: Record<string, Json>) => Json, RegExp][] = [
  ['push without `after`', 'push', ({ after: _a, ...rest }) => rest, /^::error::event payload \(push\): field after: /],
  ['push with `commits` a string', 'push', (p) => ({ ...p, commits: 'nope' }), /^::error::event payload \(push\): field commits: /],
  ['push with a commit id a number', 'push', (p) => ({ ...p, commits: [{ ...(p.commits as Record<string, Json>[])[0], id: 42 }] }), /^::error::event payload \(push\): field commits\.0\.id: /],
  ['pull request with a null head sha', 'pull_request', (p) => ({ ...p, pull_request: { ...(p.pull_request as Record<string, Json>), head: { ref: 'x', sha: null } } }), /^::error::event payload \(pull_request\): field pull_request\.head\.sha: /],
  ['a JSON array as the payload', 'push', () => [], /^::error::event payload \(push\): field \(root\): /],
  ['20,000 commits of garbage', 'push', (p) => ({ ...p, commits: Array.from({ length: 20_000 }, () => ({ junk: true })) }), /^::error::event payload \(push\): field commits\.0\.id: /]
];
const e2eTimes: number[] = [];

describe('malformed events through dist/index.js', () => {
  it.each(BAD_EVENTS)('%s → exit 1, one ::error:: naming the field, no stack trace, no API call', async (_label, event, make, error) => {
    const rig = await rigs.seed();
    const t0 = performance.now();
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: event, payload: make(bases[event] as Record<string, Json>), sha: 'a'.repeat(40), ref: 'refs/heads/main' });
    e2eTimes.push(performance.now() - t0);
    expect(run.code).toBe(1);
    expect(errorLines(run)).toEqual([expect.stringMatching(error)]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).not.toMatch(STACK_FRAME);
    expect(run.stderr + run.stdout).not.toMatch(/TypeError|ReferenceError|ZodError|at Object\./);
    expect(run.outputs.result).toBe('fail');
    expect(rig.si.requests).toEqual([]);
  });
});

afterAll(() => {
  writeFigures('security-fuzz-events', { ...tally.figures(), bundledActionRuns: e2eTimes.length, seeds: { payloads: 20253 } });
});
