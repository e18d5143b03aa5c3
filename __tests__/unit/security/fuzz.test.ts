// Hostile input, generated (fast-check, fixed seeds): claims files, config files, event payloads and file names.
// Every case is its own test with a jest timeout (bounded work per case); none may throw anything but the error type
// that names its source: claims problems are diagnostics with a line (findings `AI_CURRENT_WORK.md:<line>: …`), config
// problems a ConfigError (`.github/ai-sync.yml:<line>: …`), payload problems a ContextError (`event payload (push):
// field <path>: …`). A handful of malformed events also go through the bundled action (no stack trace reaches the
// user). The largest per-case time is written to bench/.work/security-fuzz.json (reported, not asserted).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { ContextError, readContext } from '../../../src/action/context.js';
import { check, type RawCommit } from '../../../src/engine/check.js';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { ConfigError, parseConfig } from '../../../src/engine/config/index.js';
import { renderSummary } from '../../../src/report/summary.js';
import { runAction } from '../../../test-support/action-run.js';
import { createRepoFixture, pullRequestEvent, pushEvent, type RepoFixture } from '../../../test-support/github-standin/index.js';
import { CLAIMED_FILE, SEED_CHECKIN, SEED_CLAIMS, seedRig } from '../../../test-support/seed-scenario.js';
import { CORPUS } from '../../helpers/corpus.js';
import { markdownProblems } from '../../helpers/md-check.js';
import { writeFigures } from '../../helpers/figures.js';
import { STACK_FRAME, errorLines } from '../../e2e/helpers/scenarios.js';

const CLAIMS = 'AI_CURRENT_WORK.md';
const CONFIG = '.github/ai-sync.yml';
const FILES = { claims: CLAIMS, status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' };
const NOW = SEED_CHECKIN + 3_600_000;
const PER_CASE_MS = 2000;

/** Lets an overdue jest timeout fire before a synchronous case reports success (jest cannot interrupt sync code). */
const settle = () => new Promise((r) => setTimeout(r, 1));

const timings: Record<string, number[]> = {};
const counts: Record<string, Record<string, number>> = {};
function timed<T>(kind: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    (timings[kind] ??= []).push(performance.now() - t0);
  }
}
const count = (kind: string, what: string) => {
  const c = (counts[kind] ??= {});
  c[what] = (c[what] ?? 0) + 1;
};

const sample = <T>(arb: fc.Arbitrary<T>, seed: number, n: number): T[] => fc.sample(arb, { seed, numRuns: n });
const label = (x: unknown) => JSON.stringify(x)?.slice(0, 70) ?? String(x);
/** it.each rows: [index, short label, case]. */
const rows = <T>(cases: T[]): [number, string, T][] => cases.map((c, i) => [i, label(c), c]);

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

const SHORT_CORPUS = CORPUS.filter((s) => s.length < 200);
const hostile = fc.constantFrom(...SHORT_CORPUS);
const anyText = (maxLength: number) => fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }), fc.string({ maxLength }));
const word = fc.oneof(hostile, anyText(40), fc.constantFrom('Claude Code', 'ChatGPT Codex', 'Status', 'None', 'N/A', 'TrackingModule', '🤖'));
const timeish = fc.oneof(
  fc.constantFrom('2025-12-03 15:00:00', '2025-13-45 99:99', '2025-12-03T15:00:00+25:00', '9999-12-31 23:59:59', '0000-00-00 00:00:00', '2025-12-03 22:XX', 'yesterday', '', '2025-12-03 15:00:00 Mars/Olympus'),
  word
);
const segment = fc.oneof(fc.constantFrom('src', '..', '.', '**', '*', 'a b', '[x]', '[!a-z]', '[[:alpha:]]', '{a,b}', 'é', '\u202e', '\\', '~', '$HOME', '', ' '), anyText(12));
const pathLike = fc.oneof(hostile, anyText(80), fc.array(segment, { maxLength: 10 }).map((a) => a.join('/')), fc.nat({ max: 5000 }).map((n) => `${'a/'.repeat(n % 700)}x`));

// ---------------------------------------------------------------------------------------------------------------
// Claims files

const claimsLine = fc.oneof(
  fc.tuple(fc.constantFrom('#', '##', '###', '######', '#######', '', '  ##'), word, fc.constantFrom(' Status', 'Status', ' status', ' Status 🔴', '')).map(([h, w, s]) => `${h} ${w}${s}`),
  fc
    .tuple(fc.constantFrom('Currently Working On', 'Module', 'Started At', 'Last Checkin', 'Files Being Modified', 'Expected Completion', 'Status', 'Reason', 'Original Owner', word as never), fc.oneof(word, timeish), fc.constantFrom('**%s:** %v', '- **%s:** %v', '**%s**: %v', '%s: %v'))
    .map(([l, v, f]) => f.replace('%s', String(l)).replace('%v', v)),
  pathLike.map((p) => `- ${p}`),
  fc.tuple(fc.constantFrom('- ', '  - ', '* ', '1. '), pathLike, fc.constantFrom('', ' (note)', ' - wip', ' `x`')).map(([b, p, n]) => `${b}${p}${n}`),
  fc.constantFrom('```', '~~~', '```md', '<!--', '-->', '---', '***', '', '   ', '\t', '### Emergency Override - 2025-12-03 - Claude Code', '## Emergency Override', '- ⚠️ TrackingModule - CLAIMED BY ChatGPT Codex', '- 2025-12-03 Claude Code: hotfix'),
  word,
  fc.nat({ max: 30_000 }).map((n) => 'x'.repeat(n)),
  fc.nat({ max: 2000 }).map((n) => `## ${'A'.repeat(n)} Status`)
);
const claimsDoc = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.array(claimsLine, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, eol]) => ls.join(eol)) },
  { weight: 2, arbitrary: fc.tuple(fc.array(claimsLine, { maxLength: 10 }), fc.nat()).map(([ins, at]) => {
    const lines = SEED_CLAIMS.split('\n');
    lines.splice(at % lines.length, 0, ...ins);
    return lines.join('\n');
  }) },
  { weight: 1, arbitrary: anyText(4000) },
  { weight: 1, arbitrary: fc.constantFrom('\uFEFF' + SEED_CLAIMS, SEED_CLAIMS.replace(/\n/g, '\r'), SEED_CLAIMS.repeat(40), '## A Status\n'.repeat(5000), '- a\n'.repeat(20_000), '`'.repeat(100_000), '<!--'.repeat(20_000), '\u0000'.repeat(10_000)) }
);
const CLAIMS_CASES = sample(claimsDoc, 20251, 220);

const commit = (files: string[], claimsText?: string): RawCommit => ({
  sha: 'c'.repeat(40),
  message: 'feat: change\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
  author: { name: 'Dev', email: 'dev@example.com' },
  committer: { name: 'Dev', email: 'dev@example.com' },
  files: files.map((path) => ({ path, status: 'modified' as const })),
  ...(claimsText !== undefined ? { claimsText } : {})
});

describe(`claims files (${CLAIMS_CASES.length} generated)`, () => {
  it.each(rows(CLAIMS_CASES))(
    '#%i %s: parsed without throwing, every problem names its line, the summary stays well-formed',
    async (_i, _l, text) => {
      timed('claims', () => {
        const doc = parseClaims(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const d of doc.diagnostics) {
          expect(Number.isInteger(d.line) && d.line >= 0 && d.line <= lines).toBe(true);
        }
        // As the claims after a change that also touches the claimed file (tamper and claim checks both run).
        const result = check({
          commits: [commit([CLAIMED_FILE, CLAIMS], text)],
          claimsBeforeText: SEED_CLAIMS,
          claimsAfterText: text,
          configText: null,
          configFile: CONFIG,
          statusText: null,
          branch: null,
          now: NOW,
          files: FILES
        });
        for (const f of result.evaluation.findings.filter((x) => x.kind === 'invalid-claims-file')) expect(f.message).toMatch(/^AI_CURRENT_WORK\.md:\d+: /);
        count('claims', doc.diagnostics.length > 0 ? 'with diagnostics' : 'clean');
        const md = renderSummary(result.evaluation, { eventName: 'push', ref: 'refs/heads/main', agent: null, changedFiles: 2, now: '2025-12-03T16:00:00Z', claimsFile: CLAIMS });
        expect(markdownProblems(md)).toEqual([]);
      });
      await settle();
    },
    PER_CASE_MS
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Config files

const KEY = fc.constantFrom('agents', 'modules', 'active-hours', 'stale-hours', 'timezone', 'policy', 'ignore', 'status-branches', 'unknown-author', 'require-handoff', 'aliases', 'branches', 'activeHours', 'Claude Code', '__proto__', 'constructor', '');
const scalar = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  word,
  pathLike,
  fc.constantFrom('error', 'warning', 'ignore', 'UTC', 'Mars/Olympus', '-1', '1e309', 'NaN', '.inf', '~', 'yes', 'claude/**', '*a*a*a*a*a*a*a*ab', '+(a|aa)', '{a,b}'.repeat(30))
);
const { value: yamlValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.oneof(KEY, word), tie('value'), { maxKeys: 4 }))
}));
const configDoc = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(KEY, yamlValue, { maxKeys: 6 }).map((o) => toYaml(o)) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.dictionary(KEY, yamlValue, { maxKeys: 4 }).map((o) => toYaml(o)), fc.nat(), anyText(20)).map(([y, at, junk]) => y.slice(0, at % (y.length + 1)) + junk + y.slice(at % (y.length + 1)))
  },
  { weight: 1, arbitrary: anyText(600) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      // alias bombs, deep nesting, duplicate keys, tags, merge keys, tabs, complex keys, huge documents
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nagents: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
      `agents: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      `modules: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`,
      'active-hours: 2\nactive-hours: 3\n',
      'timezone: !!binary aGVsbG8=\n',
      'policy: !!js/function "function(){}"\n',
      'base: &b {active-hours: 1}\n<<: *b\n',
      'agents:\n\tClaude: {}\n',
      '? [a, b]\n: c\n',
      `ignore:\n${'  - "a"\n'.repeat(10_000)}`,
      `agents:\n${Array.from({ length: 1000 }, (_, i) => `  A${i}: {aliases: ["a${i}"]}`).join('\n')}\n`,
      `modules:\n  M: ["${'*'.repeat(1000)}"]\n`,
      `agents:\n  X:\n    branches: ["${'*a'.repeat(20)}b"]\n`,
      '\uFEFFactive-hours: 2\n',
      '%YAML 1.1\n---\nactive-hours: 2\n...\n---\nstale-hours: 4\n',
      `key: "${'\\u0000'.repeat(100)}"\n`
    )
  }
);
const CONFIG_CASES = sample(configDoc, 20252, 220);

describe(`config files (${CONFIG_CASES.length} generated)`, () => {
  it.each(rows(CONFIG_CASES))(
    '#%i %s: a Config or a ConfigError naming file:line, nothing else',
    async (_i, _l, text) => {
      timed('config', () => {
        try {
          parseConfig(text, CONFIG);
          count('config', 'accepted');
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigError);
          const err = e as ConfigError;
          for (const line of err.message.split('\n')) expect(line).toMatch(/^\.github\/ai-sync\.yml:\d+: \S/);
          expect(err.issues.length).toBeGreaterThan(0);
          count('config', 'rejected');
        }
      });
      await settle();
    },
    PER_CASE_MS
  );
});

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

describe(`event payloads (${PAYLOAD_CASES.length} generated, through readContext)`, () => {
  it.each(rows(PAYLOAD_CASES))(
    '#%i %s: a run context or a ContextError naming the payload field',
    async (i, _l, c) => {
      const path = join(eventDir, `event-${i}.json`);
      const text = c.raw ?? JSON.stringify(mutate(bases[c.event], c.mutations));
      writeFileSync(path, text);
      timed('payload', () => {
        try {
          const ctx = readContext({ GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_EVENT_NAME: c.event, GITHUB_EVENT_PATH: path, GITHUB_API_URL: 'http://127.0.0.1:1' });
          expect(ctx.event.kind).toBe(c.event === 'pull_request_target' ? 'pull_request' : c.event === 'workflow_dispatch' ? 'other' : c.event);
          count('payload', 'accepted');
        } catch (e) {
          expect(e).toBeInstanceOf(ContextError);
          const msg = (e as Error).message;
          const m = /^event payload \((push|pull_request|pull_request_target)\): field ([^:]+): \S/.exec(msg) ?? /^GITHUB_EVENT_PATH \(.+\): cannot read the event payload: /.exec(msg);
          expect({ msg: msg.slice(0, 200), named: m !== null }).toEqual({ msg: msg.slice(0, 200), named: true });
          if (m?.[2]) expect(TOP_FIELDS.has(m[2].split('.')[0] as string)).toBe(true);
          expect(msg.length).toBeLessThan(1000);
          count('payload', 'rejected');
        }
      });
      await settle();
    },
    2 * PER_CASE_MS
  );
});

// ---------------------------------------------------------------------------------------------------------------
// File names (changed files and claimed patterns)

const FILE_CASES = sample(fc.record({ changed: fc.array(pathLike, { minLength: 1, maxLength: 30 }), claimed: fc.array(pathLike, { maxLength: 20 }) }), 20254, 120);

describe(`file names (${FILE_CASES.length} generated)`, () => {
  it.each(rows(FILE_CASES))(
    '#%i %s: judged without throwing; findings point at the files given',
    async (_i, _l, c) => {
      timed('files', () => {
        const claims = SEED_CLAIMS.replace('- backend/src/app.module.ts', ['- backend/src/app.module.ts', ...c.claimed.map((p) => `- ${p.replace(/[\r\n]/g, ' ')}`)].join('\n'));
        const result = check({
          commits: [commit(c.changed)],
          claimsBeforeText: claims,
          claimsAfterText: claims,
          configText: null,
          configFile: CONFIG,
          statusText: null,
          branch: null,
          now: NOW,
          files: FILES
        });
        const allowed = new Set<string | null>([...c.changed, CLAIMS, null]);
        for (const f of result.evaluation.findings) expect(allowed.has(f.file)).toBe(true);
        count('files', result.evaluation.findings.some((f) => f.kind === 'claimed-by-other') ? 'with claimed-by-other' : 'no conflict');
      });
      await settle();
    },
    PER_CASE_MS
  );
});

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
    const rig = await seedRig();
    try {
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
    } finally {
      await rig.close();
    }
  });
});

afterAll(() => {
  const max = (xs: number[] = []) => Math.round(Math.max(0, ...xs) * 10) / 10;
  const total = Object.values(timings).reduce((n, xs) => n + xs.length, 0);
  writeFigures('security-fuzz', {
    cases: total,
    byKind: Object.fromEntries(Object.entries(timings).map(([k, xs]) => [k, { cases: xs.length, maxMs: max(xs), outcomes: counts[k] ?? {} }])),
    maxPerCaseMs: max(Object.values(timings).flat()),
    perCaseTimeoutMs: PER_CASE_MS,
    bundledActionRuns: e2eTimes.length,
    seeds: { claims: 20251, config: 20252, payloads: 20253, files: 20254 }
  });
});
