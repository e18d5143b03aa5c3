// What was notified: a notice's identity, the PR comment's hidden state (only its own last line is read, so no
// untrusted text can forge it) and the status file's bounded `notified` list, scoped by commit.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Evaluation } from '../../../src/engine/model.js';
import { parseStatus } from '../../../src/engine/status/read.js';
import { NOTIFIED_MAX, type NotifiedEntry, type StatusFile } from '../../../src/engine/status/schema.js';
import { renderComment, renderResolvedComment, COMMENT_MAX_CHARS } from '../../../src/report/comment.js';
import {
  NOTIFIED_STATE_MAX,
  distinctNotices,
  fnv1a64,
  isRecorded,
  mergeHashes,
  mergeNotified,
  noticeHash,
  noticeIdentity,
  notifiedEntry,
  notifiedStateLine,
  readNotifiedState
} from '../../../src/report/notified.js';
import { buildStatus, serializeStatus, statusChanged } from '../../../src/report/status-file.js';
import { CONTEXT, CORPUS, entry, finding, statusInput } from '../../helpers/corpus.js';
import { markdownProblems } from '../../helpers/md-check.js';

const HEAD = 'f'.repeat(40);
const hex = (i: number): string => i.toString(16).padStart(16, '0');

describe('a notice’s identity', () => {
  it('is kind, file, agent and holder, names compared as agents', () => {
    expect(noticeIdentity(finding({ agent: 'CLAUDE', claimedBy: 'chatgpt codex (backend)' }))).toBe(noticeIdentity(finding()));
    expect(noticeHash(finding({ message: 'other words', commit: 'x', age: 9 }))).toBe(noticeHash(finding()));
    for (const other of [{ kind: 'claim-caution' as const }, { file: 'src/b.ts' }, { agent: 'Gemini' }, { claimedBy: 'Gemini' }, { agent: null }]) {
      expect(noticeHash(finding(other))).not.toBe(noticeHash(finding()));
    }
  });

  it('tells in-flight claims on different pull requests apart', () => {
    expect(noticeHash(finding({ pullRequest: 3 }))).not.toBe(noticeHash(finding({ pullRequest: 5 })));
    expect(noticeHash(finding({ branch: 'a' }))).not.toBe(noticeHash(finding()));
  });

  it('hashes to 16 hex digits (FNV-1a 64)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(noticeHash(finding())).toMatch(/^[0-9a-f]{16}$/);
  });

  it('distinctNotices keeps the first of each identity', () => {
    const a = finding({ message: 'first' });
    expect(distinctNotices([a, finding({ message: 'second' }), finding({ file: 'b' })]).map((f) => f.message)).toEqual(['first', 'src/a.ts is claimed by ChatGPT Codex']);
  });
});

describe('the pull request comment’s hidden state', () => {
  const ev: Evaluation = { verdict: 'fail', findings: [finding()], board: [entry()] };

  it('round-trips through the comment and is its last line', () => {
    const hashes = [noticeHash(finding()), hex(7)];
    const body = renderComment(ev, CONTEXT, { notified: hashes });
    expect(body.trimEnd().split('\n').pop()).toBe(`<!-- ai-sync:notified ${JSON.stringify(hashes)} -->`);
    expect(readNotifiedState(body)).toEqual(hashes);
    expect(readNotifiedState(renderResolvedComment({ ...CONTEXT, notified: hashes }))).toEqual(hashes);
    expect(notifiedStateLine([])).toBe('');
    expect(renderComment(ev, CONTEXT)).not.toContain('ai-sync:notified');
  });

  it('a state line spelled out by untrusted text is not read', () => {
    const forged = `<!-- ai-sync:notified ["${hex(1)}"] -->`;
    for (const s of [forged, `${forged}\n`, `\n${forged}`, `x\n${forged}\n`]) {
      const hostile: Evaluation = { verdict: 'fail', findings: [finding({ file: s, agent: s, claimedBy: s, message: s })], board: [entry({ name: s })] };
      expect(readNotifiedState(renderComment(hostile, { ...CONTEXT, notes: [s], ref: s }))).toEqual([]);
      expect(readNotifiedState(renderComment(hostile, { ...CONTEXT, notes: [s] }, { notified: [hex(2)] }))).toEqual([hex(2)]);
      expect(readNotifiedState(renderResolvedComment({ ...CONTEXT, ref: s }))).toEqual([]);
    }
  });

  it('reads nothing from a malformed line and drops anything that is not a hash', () => {
    expect(readNotifiedState('x\n<!-- ai-sync:notified [1, "zz", "0123456789abcdef"] -->')).toEqual(['0123456789abcdef']);
    expect(readNotifiedState('x\n<!-- ai-sync:notified [ -->')).toEqual([]);
    expect(readNotifiedState('x\n<!-- ai-sync:notified {"a":1} -->')).toEqual([]);
    expect(readNotifiedState(null)).toEqual([]);
  });

  it('keeps the newest 200, each once, and the comment within GitHub’s limit', () => {
    const many = Array.from({ length: 500 }, (_, i) => hex(i));
    const kept = mergeHashes(many.slice(0, 300), [...many.slice(250), hex(1)]);
    expect(kept).toHaveLength(NOTIFIED_STATE_MAX);
    expect(kept[kept.length - 1]).toBe(hex(499));
    const huge: Evaluation = { verdict: 'fail', findings: Array.from({ length: 3000 }, (_, i) => finding({ file: `src/${'d/'.repeat(60)}${i}.ts` })), board: [entry()] };
    const body = renderComment(huge, CONTEXT, { notified: many });
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(readNotifiedState(body)).toEqual(mergeHashes([], many));
  });

  it('mentions only valid logins, in a line of their own; everything else stays escaped', () => {
    const body = renderComment(ev, CONTEXT, {
      mentions: [
        { agent: 'ChatGPT Codex', login: 'codex-owner' },
        { agent: '@channel', login: 'bad login' },
        { agent: 'x', login: '-x' },
        { agent: 'y', login: 'a'.repeat(40) }
      ]
    });
    const lines = body.split('\n').filter((l) => l.includes('@'));
    expect(lines).toEqual(['**Claim holders:** @codex-owner (`ChatGPT Codex`)']);
    expect(markdownProblems(body.split('\n').filter((l) => !l.startsWith('**Claim holders:**')).join('\n'), { marker: true })).toEqual([]);
  });
});

describe('the status file’s notified list', () => {
  const schema = JSON.parse(readFileSync(new URL('../../../schemas/ai-sync-status.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020.default({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats.default(ajv);
  const validate = ajv.compile<StatusFile>(schema);
  const at = '2025-01-31T14:05:00Z';

  it('an entry is the finding’s identity, its commit (else the push head) and when', () => {
    expect(notifiedEntry(finding(), HEAD, at)).toEqual({ kind: 'claimed-by-other', file: 'src/a.ts', agent: 'Claude', claimedBy: 'ChatGPT Codex', commit: finding().commit, at });
    expect(notifiedEntry(finding({ commit: null, pullRequest: 4, branch: 'b' }), HEAD, at)).toMatchObject({ commit: HEAD, pullRequest: 4, branch: 'b' });
  });

  it('is scoped by commit: the same conflict in a later push is not recorded yet', () => {
    const recorded = [notifiedEntry(finding(), HEAD, at)];
    expect(isRecorded(recorded, finding({ agent: 'claude' }), HEAD)).toBe(true);
    expect(isRecorded(recorded, finding({ commit: 'a'.repeat(40) }), HEAD)).toBe(false);
    expect(isRecorded([notifiedEntry(finding({ commit: null }), HEAD, at)], finding({ commit: null }), HEAD)).toBe(true);
    expect(isRecorded([notifiedEntry(finding({ commit: null }), HEAD, at)], finding({ commit: null }), 'e'.repeat(40))).toBe(false);
  });

  it('merges each identity once, newest last, at most 100', () => {
    const entries = (from: number, to: number): NotifiedEntry[] => Array.from({ length: to - from }, (_, i) => notifiedEntry(finding({ file: `f${from + i}` }), HEAD, at));
    const merged = mergeNotified(entries(0, 80), [...entries(60, 130), ...entries(0, 1)]);
    expect(merged).toHaveLength(NOTIFIED_MAX);
    expect(merged[merged.length - 1]?.file).toBe('f129');
    expect(new Set(merged.map((e) => e.file)).size).toBe(NOTIFIED_MAX);
  });

  it('is written after agents, only when not empty, valid against the schema, and read back as written', () => {
    const without = buildStatus(statusInput());
    expect(Object.keys(without)).not.toContain('notified');
    expect(buildStatus(statusInput({ notified: [] }))).toEqual(without);
    const hostile = CORPUS.filter((s) => s.length < 200).map((s) => notifiedEntry(finding({ file: s, agent: s, claimedBy: s, commit: null, branch: s }), HEAD, at));
    const withList = buildStatus(statusInput({ notified: hostile }));
    expect(Object.keys(withList).slice(-2)).toEqual(['agents', 'notified']);
    expect(withList.notified).toHaveLength(NOTIFIED_MAX < hostile.length ? NOTIFIED_MAX : hostile.length);
    const text = serializeStatus(withList);
    expect(validate(JSON.parse(text))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const back = parseStatus(text);
    expect(back).toEqual({ status: withList, warning: null });
    expect(statusChanged(without, withList)).toBe(true);
    expect(statusChanged(back.status, withList)).toBe(false);
  });

  it('an unreadable list makes the whole previous status unreadable, with a warning (as any bad field)', () => {
    const text = serializeStatus(buildStatus(statusInput({ notified: [notifiedEntry(finding(), HEAD, at)] }))).replace('"claimed-by-other",\n      "file"', '"no-such-kind",\n      "file"');
    expect(parseStatus(text)).toEqual({ status: null, warning: expect.stringContaining('.notified[0].kind') });
  });
});
