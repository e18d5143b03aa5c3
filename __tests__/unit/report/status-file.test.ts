import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import type { BoardEntry, Finding } from '../../../src/engine/model.js';
import { futureLastSeenWarning, jsonSyntaxError, lastSeenFrom, parseStatus } from '../../../src/engine/status/read.js';
import { STATUS_SCHEMA_URL, type StatusFile } from '../../../src/engine/status/schema.js';
import { buildStatus, serializeStatus, statusChanged, type StatusInput } from '../../../src/report/status-file.js';
import { CORPUS, KINDS, entry, finding, statusInput as input } from '../../helpers/corpus.js';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/ai-sync-status.schema.json', import.meta.url), 'utf8'));
// ajv and ajv-formats are CommonJS: their module object is the constructor/plugin with a `default` alias.
const ajv = new Ajv2020.default({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile<StatusFile>(schema);

const TOP_KEYS = [
  '$schema',
  'schemaVersion',
  'lastUpdate',
  'lastAuthor',
  'lastAgent',
  'lastCommitMessage',
  'lastCommit',
  'ref',
  'modifiedFiles',
  'needsSync',
  'result',
  'findings',
  'agents'
];
const FINDING_KEYS = ['kind', 'severity', 'file', 'agent', 'claimedBy', 'module', 'commit', 'checkin', 'age', 'staleAt', 'message'];
const ENTRY_KEYS = ['name', 'workingOn', 'module', 'files', 'startedAt', 'lastCheckin', 'lastSeenAt', 'state', 'staleAt'];

// --- generators ----------------------------------------------------------------------------------------------
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((a) => String.fromCharCode(...a)),
  fc.constantFrom(...CORPUS.filter((s) => s.length < 300), '__proto__', 'constructor', '')
);
const iso = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const nIso = fc.option(iso, { nil: null });
const nStr = fc.option(hostile, { nil: null });
// Keys deliberately in a different order from the model: serialisation must restore it.
const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    message: hostile,
    staleAt: nIso,
    age: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
    checkin: nIso,
    commit: nStr,
    module: nStr,
    claimedBy: nStr,
    agent: nStr,
    file: nStr,
    severity: fc.constantFrom('error', 'warning', 'notice'),
    kind: fc.constantFrom(...KINDS)
  })
  .map((f) => f as Finding);
const entryArb: fc.Arbitrary<BoardEntry> = fc
  .record({
    staleAt: nIso,
    state: fc.constantFrom('active', 'caution', 'stale', 'idle', 'uncertain'),
    lastSeenAt: nIso,
    lastCheckin: nIso,
    startedAt: nIso,
    files: fc.array(hostile, { maxLength: 5 }),
    module: nStr,
    workingOn: nStr,
    name: hostile
  })
  .map((b) => b as BoardEntry);
const inputArb: fc.Arbitrary<StatusInput> = fc.record({
  now: iso,
  lastAuthor: hostile,
  lastAgent: nStr,
  lastCommitMessage: hostile,
  lastCommit: hostile,
  ref: hostile,
  modifiedFiles: fc.array(hostile, { maxLength: 8 }),
  result: fc.constantFrom('pass', 'warn', 'fail'),
  findings: fc.array(findingArb, { maxLength: 4 }),
  agents: fc.array(entryArb, { maxLength: 4 })
});

describe('buildStatus / serializeStatus', () => {
  it('writes the stable key order, 2-space indentation and a trailing newline', () => {
    const out = serializeStatus(buildStatus(input()));
    const data = JSON.parse(out);
    expect(Object.keys(data)).toEqual(TOP_KEYS);
    expect(Object.keys(data.findings[0])).toEqual(FINDING_KEYS);
    expect(Object.keys(data.agents[0])).toEqual(ENTRY_KEYS);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.startsWith(`{\n  "$schema": "${STATUS_SCHEMA_URL}",\n  "schemaVersion": 1,\n  "lastUpdate": `)).toBe(true);
    expect(data).toMatchObject({
      needsSync: true,
      lastCommitMessage: 'feat: tracking',
      modifiedFiles: ['src/a.ts', 'src/b.ts'],
      result: 'fail'
    });
    expect(validate(data)).toBe(true);
  });

  it('keeps only the subject line of any line ending and drops non-finite ages', () => {
    expect(buildStatus(input({ lastCommitMessage: 'subject  \r\nbody' })).lastCommitMessage).toBe('subject');
    expect(buildStatus(input({ lastCommitMessage: 'old mac\rbody' })).lastCommitMessage).toBe('old mac');
    expect(buildStatus(input({ findings: [finding({ age: Number.NaN })] })).findings[0]?.age).toBeNull();
  });

  it('validates against the JSON Schema, keeps its key order and round-trips (property)', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const status = buildStatus(inp);
        const out = serializeStatus(status);
        const data = JSON.parse(out);
        if (!validate(data)) throw new Error(JSON.stringify(validate.errors));
        expect(Object.keys(data)).toEqual(TOP_KEYS);
        for (const f of data.findings) expect(Object.keys(f)).toEqual(FINDING_KEYS);
        for (const a of data.agents) expect(Object.keys(a)).toEqual(ENTRY_KEYS);
        expect(out.endsWith('\n')).toBe(true);
        expect(out.split('\n').every((l: string) => l === '' || /^( {2})*\S/.test(l))).toBe(true);
        expect([...data.modifiedFiles]).toEqual([...new Set(inp.modifiedFiles)].sort());
        expect(data.lastCommitMessage).not.toMatch(/[\r\n]/);

        const back = parseStatus(out);
        expect(back.warning).toBeNull();
        expect(back.status).toEqual(status);
        expect(serializeStatus(back.status as StatusFile)).toBe(out);
        expect(statusChanged(back.status, status)).toBe(false);
      }),
      { numRuns: 300 }
    );
  });
});

describe('parseStatus', () => {
  const good = serializeStatus(buildStatus(input()));

  it('returns nothing and no warning when there is no file', () => {
    expect(parseStatus(null)).toEqual({ status: null, warning: null });
  });

  it('reads a good file (with a BOM, with unknown extra keys, without $schema/needsSync)', () => {
    expect(parseStatus(good).status).toEqual(buildStatus(input()));
    expect(parseStatus('\uFEFF' + good).status).toEqual(buildStatus(input()));
    const data = JSON.parse(good);
    delete data.$schema;
    delete data.needsSync;
    data.future = { deep: [1, 2, 3] };
    const r = parseStatus(JSON.stringify(data));
    expect(r.warning).toBeNull();
    expect(r.status).toEqual(buildStatus(input()));
  });

  it('names the position of invalid JSON', () => {
    const r = parseStatus('{\n  "a": 1,\n  "b": ,\n}');
    expect(r.status).toBeNull();
    expect(r.warning).toBe(
      "previous status ignored: it is not valid JSON (unexpected character ',' at line 3, column 8, position 19)."
    );
    expect(parseStatus('{"a": "x').warning).toMatch(/unterminated string at line 1, column 9/);
    expect(parseStatus('[1, 2').warning).toMatch(/unexpected end of input at line 1, column 6/);
    expect(parseStatus('{"a": 1} x').warning).toMatch(/unexpected character 'x' at line 1, column 10/);
  });

  it.each([
    ['empty', '', /the file is empty/],
    ['an array', '[]', /holds an array, not an object/],
    ['a number', '42', /holds 42, not an object/],
    ['the seed format', '{"lastUpdate":"2025-01-01T00:00:00Z","lastAuthor":"x","needsSync":true}', /no schemaVersion/],
    ['another version', good.replace('"schemaVersion": 1', '"schemaVersion": 2'), /schemaVersion 2; this version reads only 1/],
    ['a string version', good.replace('"schemaVersion": 1', '"schemaVersion": "1"'), /schemaVersion a string/],
    ['a bad state', good.replace('"state": "active"', '"state": "bogus"'), /\.agents\[0\]\.state/],
    ['a missing field', good.replace('"lastCommit": ', '"lastCommitX": '), /\.lastCommit/],
    ['a wrong type', good.replace('"modifiedFiles": [', '"modifiedFiles": [1, '), /\.modifiedFiles\[0\]/]
  ])('warns about %s', (_label, text, warning) => {
    const r = parseStatus(text);
    expect(r.status).toBeNull();
    expect(r.warning).toMatch(warning);
    expect(r.warning).not.toMatch(/[\r\n]/);
  });

  it('ignores a file larger than maxBytes', () => {
    expect(parseStatus(good, 100)).toEqual({ status: null, warning: 'previous status ignored: it is larger than 100 bytes.' });
    expect(parseStatus('"' + 'é'.repeat(60) + '"', 100).warning).toMatch(/larger than 100 bytes/);
  });

  it('survives deep nesting', () => {
    expect(parseStatus('['.repeat(200_000)).warning).toMatch(/unexpected end of input/);
    expect(parseStatus('['.repeat(100_000) + ']'.repeat(100_000)).warning).toMatch(/holds an array/);
  });

  it('never throws (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), hostile), (s) => {
        const r = parseStatus(s);
        expect(r.status === null || r.warning === null).toBe(true);
      }),
      { numRuns: 500 }
    );
  });
});

describe('jsonSyntaxError', () => {
  it('agrees with JSON.parse on validity (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.json().map((j) => j.slice(0, -1)),
          fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', '-', '.', 'e', 't', 'n', ' ', '\\', 'u') })
        ),
        (s) => {
          let ok = true;
          try {
            JSON.parse(s);
          } catch {
            ok = false;
          }
          expect(jsonSyntaxError(s) === null).toBe(ok);
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe('lastSeenFrom', () => {
  /** A status file whose board holds one entry per [name, lastSeenAt]. */
  const withSeen = (...agents: [name: string, lastSeenAt: string | null][]) =>
    buildStatus(input({ agents: agents.map(([name, lastSeenAt]) => entry({ name, lastSeenAt })) }));

  it('maps agents to valid ISO times only, keeping the latest and odd names as plain keys', () => {
    const status = withSeen(
      ['A', '2025-01-31T12:00:00Z'],
      ['A', '2025-01-31T13:00:00+01:00'],
      ['B', 'yesterday'],
      ['C', null],
      ['D', '2025-02-30T10:00:00Z'],
      ['__proto__', '2025-01-31T10:00:00.000Z']
    );
    const { lastSeen: seen, future } = lastSeenFrom(status, Date.parse('2025-02-01T00:00:00Z'));
    expect(future).toEqual([]);
    expect(Object.keys(seen).sort()).toEqual(['A', '__proto__']);
    expect(seen['A']).toBe('2025-01-31T12:00:00.000Z');
    expect(Object.getOwnPropertyDescriptor(seen, '__proto__')?.value).toBe('2025-01-31T10:00:00.000Z');
    expect(Object.getPrototypeOf(seen)).toBe(Object.prototype);
    expect(lastSeenFrom(null, 0)).toEqual({ lastSeen: {}, future: [] });
  });

  const NOW = Date.parse('2025-12-03T20:00:00Z');
  const seenAt = (lastSeenAt: string) => withSeen(['ChatGPT Codex', lastSeenAt]);

  it('drops a lastSeenAt more than five minutes after now and returns it as written', () => {
    const r = lastSeenFrom(seenAt('2099-01-01T00:00:00Z'), NOW);
    expect(r.lastSeen).toEqual({});
    expect(r.future).toEqual([{ agent: 'ChatGPT Codex', lastSeenAt: '2099-01-01T00:00:00Z' }]);
    expect(futureLastSeenWarning('AI_SYNC_STATUS.json', r.future[0] as (typeof r.future)[number])).toBe(
      'AI_SYNC_STATUS.json: lastSeenAt 2099-01-01T00:00:00Z for ChatGPT Codex is in the future; ignored'
    );
    // One second past the tolerance is already too far.
    expect(lastSeenFrom(seenAt('2025-12-03T20:05:01Z'), NOW).future).toHaveLength(1);
  });

  it('keeps a lastSeenAt up to five minutes after now (clock drift) and any time before it', () => {
    expect(lastSeenFrom(seenAt('2025-12-03T20:05:00Z'), NOW)).toEqual({ lastSeen: { 'ChatGPT Codex': '2025-12-03T20:05:00.000Z' }, future: [] });
    expect(lastSeenFrom(seenAt('2025-12-03T20:04:59+00:00'), NOW).lastSeen).toEqual({ 'ChatGPT Codex': '2025-12-03T20:04:59.000Z' });
    expect(lastSeenFrom(seenAt('2025-12-03T15:00:00Z'), NOW).lastSeen).toEqual({ 'ChatGPT Codex': '2025-12-03T15:00:00.000Z' });
  });

  it('a future value does not hide an earlier valid one for the same agent, and a hostile name comes back as one line', () => {
    const r = lastSeenFrom(withSeen(['A', '2099-01-01T00:00:00Z'], ['A', '2025-12-03T19:00:00Z'], ['B\n::error::x', '2099-01-01T00:00:00Z']), NOW);
    expect(r.lastSeen).toEqual({ A: '2025-12-03T19:00:00.000Z' });
    expect(r.future.map((f) => f.agent)).toEqual(['A', expect.not.stringMatching(/\n/)]);
  });
});

describe('statusChanged', () => {
  const prev = buildStatus(input());

  it('is false when only lastUpdate differs', () => {
    expect(statusChanged(prev, buildStatus(input({ now: '2025-02-01T00:00:00.000Z' })))).toBe(false);
    expect(statusChanged(prev, buildStatus(input({ modifiedFiles: ['src/a.ts', 'src/b.ts'] })))).toBe(false);
  });

  it('is true when anything else differs, or there was nothing before', () => {
    expect(statusChanged(null, prev)).toBe(true);
    expect(statusChanged(prev, buildStatus(input({ result: 'pass' })))).toBe(true);
    expect(statusChanged(prev, buildStatus(input({ lastCommit: 'ffff' })))).toBe(true);
    expect(statusChanged(prev, buildStatus(input({ agents: [entry({ lastSeenAt: '2025-02-01T00:00:00.000Z' })] })))).toBe(true);
    expect(statusChanged(prev, buildStatus(input({ findings: [] })))).toBe(true);
  });
});
