// A capped run (more findings than it lists: engine/judge/cap.ts) in every report that shows findings: each one says
// how many were not listed and of which kinds, and counts every finding; a run below the cap reports exactly what it
// reported before the cap existed.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { CheckResult } from '../../../src/engine/check.js';
import type { Evaluation } from '../../../src/engine/model.js';
import { parseStatus } from '../../../src/engine/status/read.js';
import type { StatusFile } from '../../../src/engine/status/schema.js';
import { OMITTED_TITLE, selectAnnotations } from '../../../src/report/annotations.js';
import { renderComment } from '../../../src/report/comment.js';
import { buildNotice, omittedSelected } from '../../../src/report/notice.js';
import { buildStatus, serializeStatus } from '../../../src/report/status-file.js';
import { renderSummary } from '../../../src/report/summary.js';
import { renderStatus, type StatusJson } from '../../../src/report/terminal/status.js';
import { renderVerify, verifyJson } from '../../../src/report/terminal/verify.js';
import { checkClaims, modifying } from '../../helpers/check.js';
import { CONTEXT, statusInput } from '../../helpers/corpus.js';
import { markdownProblems } from '../../helpers/md-check.js';

const NOW = Date.parse('2025-12-03T16:00:00Z');
/** Codex actively claims big/ (errors), Gemini holds old/ with a stale claim (notices). */
const CLAIMS = [
  '# AI Current Work Status',
  '',
  '## ChatGPT Codex Status',
  '',
  '**Currently Working On:** all',
  '**Files Being Modified:**',
  '- big/',
  '',
  '**Last Checkin:** 2025-12-03 15:00:00',
  '',
  '## Gemini CLI Status',
  '',
  '**Currently Working On:** old',
  '**Files Being Modified:**',
  '- old/',
  '',
  '**Last Checkin:** 2025-12-03 06:00:00',
  ''
].join('\n');
const big = (n: number) => Array.from({ length: n }, (_, i) => `big/f-${String(i).padStart(4, '0')}.ts`);
const old = (n: number) => Array.from({ length: n }, (_, i) => `old/o-${i}.ts`);
const MESSAGE = 'feat: all\n\nAI-Agent: Claude Code\n';

function judged(files: string[], maxFindings?: number): CheckResult {
  return checkClaims(CLAIMS, { commits: [modifying(files, { message: MESSAGE })], now: NOW, ...(maxFindings !== undefined ? { maxFindings } : {}) });
}

// 40 errors and 7 stale-claim notices, of which a run capped at 12 lists 12 errors.
const capped = judged([...old(7), ...big(40)], 12);
const ev: Evaluation = capped.evaluation;
const LEFT = '35 more findings not shown (kinds: 28 `claimed-by-other` errors, 7 `stale-claim` notices)';
const LEFT_TEXT = '35 more findings not shown (kinds: 28 claimed-by-other errors, 7 stale-claim notices)';

describe('the capped evaluation', () => {
  it('lists 12 errors and counts 35 more', () => {
    expect(ev.findings).toHaveLength(12);
    expect(ev.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(ev.omitted).toEqual({
      count: 35,
      bySeverity: { error: 28, warning: 0, notice: 7 },
      byKind: [
        { kind: 'claimed-by-other', severity: 'error', count: 28 },
        { kind: 'stale-claim', severity: 'notice', count: 7 }
      ]
    });
  });
});

describe('every report says how many findings were not listed', () => {
  it('job summary: the total in the heading, the note under the findings', () => {
    const md = renderSummary(ev, CONTEXT);
    expect(md).toContain('### Findings (47: 40 errors, 7 notices)');
    expect(md).toContain(`> ⚠️ ${LEFT}: a run lists only its 12 most important findings (most severe first); the verdict and the counts include every finding.`);
    expect(markdownProblems(md)).toEqual([]);
  });

  it('job summary: when the listed findings do not fit either, both notes', () => {
    const md = renderSummary(ev, CONTEXT, { maxBytes: 6000 });
    expect(md).toMatch(/> ⚠️ \d+ more findings? (is|are) not shown here \(GitHub’s 1 MiB job summary limit\): every finding listed is in the `findings-json` output\./);
    expect(md).toContain(LEFT);
  });

  it('PR comment: the total in the heading, the note under the findings', () => {
    const md = renderComment(ev, CONTEXT);
    expect(md).toContain('#### Findings (47: 40 errors, 7 notices)');
    expect(md).toContain(LEFT);
    expect(markdownProblems(md, { marker: true })).toEqual([]);
  });

  it('annotations: one file-less notice says it, in one of the notices\' places', () => {
    const { annotations } = selectAnnotations(ev.findings, 10, ev.omitted);
    const last = annotations[annotations.length - 1];
    expect(last).toEqual({ severity: 'notice', title: OMITTED_TITLE, message: `${LEFT_TEXT}: a run lists only its 12 most important findings (most severe first); the verdict and the counts include every finding.` });
    expect(annotations.filter((a) => a.severity === 'error')).toHaveLength(10);
    // Ten notices listed and some left out: 9 of them, and the one that says so.
    const notices = judged(old(30), 20).evaluation;
    const sel = selectAnnotations(notices.findings, 10, notices.omitted);
    expect(sel.annotations.filter((a) => a.severity === 'notice')).toHaveLength(10);
    expect(sel.annotations.filter((a) => a.title === OMITTED_TITLE)).toHaveLength(1);
    expect(sel.overflow).toEqual([{ severity: 'notice', count: 11 }]);
  });

  it('status file: findingsOmitted, valid against the schema, read back as written', () => {
    const status = buildStatus(statusInput({ findings: ev.findings, ...(ev.omitted ? { findingsOmitted: ev.omitted } : {}) }));
    expect(Object.keys(status)).toEqual(['$schema', 'schemaVersion', 'lastUpdate', 'lastAuthor', 'lastAgent', 'lastCommitMessage', 'lastCommit', 'ref', 'modifiedFiles', 'needsSync', 'result', 'findings', 'findingsOmitted', 'agents']);
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/ai-sync-status.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv2020.default({ strict: true, allErrors: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile<StatusFile>(schema);
    expect(validate(JSON.parse(serializeStatus(status)))).toBe(true);
    expect(parseStatus(serializeStatus(status))).toEqual({ status, warning: null });
    // A malformed count is not read (the tolerant reader ignores the file, with a warning).
    const bad = JSON.parse(serializeStatus(status)) as { findingsOmitted: { count: unknown } };
    bad.findingsOmitted.count = -1;
    expect(parseStatus(JSON.stringify(bad)).warning).toMatch(/findingsOmitted\.count/);
  });

  it('ai-sync status: the last push counts every finding and says how many were not listed', () => {
    const status = buildStatus(statusInput({ findings: ev.findings, ...(ev.omitted ? { findingsOmitted: ev.omitted } : {}) }));
    const doc = {
      version: 1,
      now: '2025-12-03T16:00:00Z',
      timezone: 'UTC',
      claimsFile: 'AI_CURRENT_WORK.md',
      claimsFileExists: true,
      agents: [],
      modules: [],
      overrides: [],
      lastStatus: status,
      catchUp: null,
      git: { branch: 'main', remote: 'origin', upstream: null, ahead: null, behind: null, fetched: false },
      inFlight: { base: null, rows: [], note: null },
      diagnostics: [],
      unreadable: [],
      warnings: []
    } as StatusJson;
    const text = renderStatus(doc, NOW, false).join('\n');
    expect(text).toMatch(/: fail, 47 findings$/m);
    expect(text).toContain('… 2 more (ai-sync status --json)');
    expect(text).toContain(`… ${LEFT_TEXT}: a run lists only its 12 most important findings`);
  });

  it('ai-sync verify: --json carries omitted after findings; the text says it under the findings', () => {
    const json = verifyJson({ base: 'a'.repeat(40), head: 'b'.repeat(40) }, capped);
    expect(Object.keys(json)).toEqual(['version', 'base', 'head', 'verdict', 'commits', 'findings', 'omitted', 'board', 'warnings']);
    expect(json.verdict).toBe('fail');
    expect(json.omitted).toEqual(ev.omitted);
    const lines = renderVerify(json, 'aaaaaaa..bbbbbbb', false);
    expect(lines).toContain(`  … ${LEFT_TEXT}: a run lists only its 12 most important findings (most severe first); the verdict and the counts include every finding (--json has the counts).`);
  });

  it('webhook notice: the findings notify-on selects that were not listed are counted and said', () => {
    expect(omittedSelected(['error', 'emergency-override'], ev.omitted)).toBe(28);
    expect(omittedSelected(['notice'], ev.omitted)).toBe(7);
    expect(omittedSelected(['stale-claim', 'error'], ev.omitted)).toBe(35);
    expect(omittedSelected(['warning'], ev.omitted)).toBe(0);
    expect(omittedSelected(['error'], undefined)).toBe(0);
    const input = { findings: ev.findings, repository: 'o/r', ref: 'refs/heads/main', commit: 'c'.repeat(40), pullRequest: null, runUrl: null, verdict: ev.verdict, claimsFile: 'AI_CURRENT_WORK.md', board: ev.board };
    const body = buildNotice({ ...input, omitted: 28 });
    expect(body.omitted).toBe(28);
    expect(body.text).toContain('…and 28 more findings notify-on selects are not listed by this run (it lists only its most important findings), so not notified: see the run.');
    // Nothing left out: the body it always was.
    const plain = buildNotice(input);
    expect('omitted' in plain).toBe(false);
    expect(plain.text).not.toContain('not listed');
  });
});

describe('below the cap nothing changes', () => {
  const small = judged([...old(2), ...big(5)]);
  const uncapped = judged([...old(2), ...big(5)], Infinity);

  it('the evaluation has no `omitted` and equals the uncapped one', () => {
    expect(small.evaluation).toEqual(uncapped.evaluation);
    expect('omitted' in small.evaluation).toBe(false);
  });

  it('no report mentions findings not shown', () => {
    const reports = [
      renderSummary(small.evaluation, CONTEXT),
      renderComment(small.evaluation, CONTEXT),
      JSON.stringify(selectAnnotations(small.evaluation.findings, 10, small.evaluation.omitted)),
      renderVerify(verifyJson({ base: null, head: 'b'.repeat(40) }, small), 'x', false).join('\n'),
      serializeStatus(buildStatus(statusInput({ findings: small.evaluation.findings })))
    ];
    for (const r of reports) {
      expect(r).not.toMatch(/not shown \(kinds|findingsOmitted|"omitted"|not listed/);
    }
    expect(renderSummary(small.evaluation, CONTEXT)).toContain('### Findings (7: 5 errors, 2 notices)');
    expect(Object.keys(verifyJson({ base: null, head: 'b'.repeat(40) }, small))).toEqual(['version', 'base', 'head', 'verdict', 'commits', 'findings', 'board', 'warnings']);
  });
});
