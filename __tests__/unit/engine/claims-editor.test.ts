// The claims editor: every edit must re-parse to the intended model and leave every byte outside the edited
// lines as it was (line endings, trailing newline, BOM included).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addHandoffEntry,
  addOverride,
  detectStampStyle,
  formatStamp,
  idleFields,
  lineEnding,
  setAgentFields,
  setCheckin,
  setModuleLine
} from '../../../src/engine/edit/index.js';
import { parseClaims } from '../../../src/engine/claims/index.js';
import type { ClaimsDocument } from '../../../src/engine/model.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const NOW = Date.parse('2025-12-04T12:00:00Z');
const parse = (text: string): ClaimsDocument => parseClaims(text, { timezone: 'UTC' });
const section = (doc: ClaimsDocument, name: string) => doc.agents.find((a) => a.name === name);

/** 1-based numbers of the lines that differ (texts with the same number of lines). */
function changed(a: string, b: string): number[] {
  const la = a.split(/\r\n|\n/);
  const lb = b.split(/\r\n|\n/);
  expect(lb).toHaveLength(la.length);
  return la.flatMap((l, i) => (l === lb[i] ? [] : [i + 1]));
}

/** Asserts b equals a except for lines [from, to] of a (1-based, inclusive), which may be replaced by anything. */
function sameOutside(a: string, b: string, from: number, to: number): void {
  const la = a.split('\n');
  const lb = b.split('\n');
  const tail = la.length - to;
  expect(lb.slice(0, from - 1)).toEqual(la.slice(0, from - 1));
  expect(lb.slice(lb.length - tail)).toEqual(la.slice(la.length - tail));
}

describe('setAgentFields', () => {
  it('rewrites a claim in place: re-parses to the model, nothing outside the section changes', () => {
    const text = fixture('flat.md');
    const doc = parse(text);
    const before = section(doc, 'Claude Code');
    const out = setAgentFields(text, doc, 'Claude Code', {
      workingOn: 'Routes cleanup',
      module: 'RoutesModule',
      startedAt: '2025-12-04 12:00:00',
      expected: '2025-12-04 (2h)',
      files: ['backend/src/api/routes/', 'backend/src/app.module.ts', 'src/**/*.route.ts'],
      lastCheckin: '2025-12-04 12:00:00'
    });
    const s = section(parse(out), 'Claude Code');
    expect(s).toMatchObject({ workingOn: 'Routes cleanup', module: 'RoutesModule', expectedCompletion: '2025-12-04 (2h)', idle: false });
    expect(s?.files.map((f) => f.pattern)).toEqual(['backend/src/api/routes/', 'backend/src/app.module.ts', 'src/**/*.route.ts']);
    expect(s?.startedAt?.start).toBe(NOW);
    expect(s?.lastCheckin?.start).toBe(NOW);
    sameOutside(text, out, before?.line ?? 0, before?.endLine ?? 0);
    const { line: _l, endLine: _e, fields: _f, files: _p, ...codexBefore } = section(doc, 'ChatGPT Codex') ?? ({} as never);
    const { line: _l2, endLine: _e2, fields: _f2, files: _p2, ...codexAfter } = section(parse(out), 'ChatGPT Codex') ?? ({} as never);
    expect(codexAfter).toEqual(codexBefore);
    expect(parse(out).diagnostics).toEqual(doc.diagnostics);
  });

  it('goes back to idle with "- None"', () => {
    const text = fixture('flat.md');
    const doc = parse(text);
    const out = setAgentFields(text, doc, 'ChatGPT Codex', idleFields('2025-12-04 12:00:00'));
    const s = section(parse(out), 'ChatGPT Codex');
    expect(s).toMatchObject({ idle: true, workingOn: null, module: null, startedAt: null, expectedCompletion: null, files: [] });
    expect(out).toContain('**Files Being Modified:**\n- None\n\n**Last Checkin:** 2025-12-04 12:00:00');
  });

  it('inserts missing fields in canonical order, in the section’s own field style', () => {
    const text = fixture('list-fields.md');
    const doc = parse(text);
    const out = setAgentFields(text, doc, 'Claude', {
      workingOn: 'Docs',
      module: 'DocsModule',
      startedAt: '2025-12-04T12:00:00Z',
      files: ['docs/'],
      lastCheckin: '2025-12-04T12:00:00Z'
    });
    expect(out.split('\n').slice(9)).toEqual([
      '### Claude Status',
      '- **Working on:** Docs',
      '- **Module:** DocsModule',
      '- **Started At:** 2025-12-04T12:00:00Z',
      '- **Files Being Modified:**',
      '  - docs/',
      '- **Last Check-in:** 2025-12-04T12:00:00Z',
      ''
    ]);
    expect(section(parse(out), 'Claude')).toMatchObject({ module: 'DocsModule', files: [{ pattern: 'docs/', line: 15 }] });
    expect(out.split('\n').slice(0, 9)).toEqual(text.split('\n').slice(0, 9));
  });

  it('creates a missing section after the last one, copying heading decoration and --- separators', () => {
    const text = fixture('grouped.md');
    const doc = parse(text);
    const last = section(doc, 'Gemini CLI');
    const out = setAgentFields(text, doc, 'Codex', { workingOn: 'Analytics', module: 'AnalyticsModule', startedAt: '2025-12-04 12:00', files: ['backend/src/api/analytics/'], lastCheckin: '2025-12-04 12:00' });
    const lines = out.split('\n');
    const at = (last?.endLine ?? 0) + 1;
    expect(lines.slice(at - 1, at + 14)).toEqual([
      '',
      '---',
      '',
      '## 🤖 Codex Status',
      '',
      '**Currently Working On:** Analytics',
      '**Module:** AnalyticsModule',
      '**Started At:** 2025-12-04 12:00',
      '**Expected Completion:** N/A',
      '**Files Being Modified:**',
      '- backend/src/api/analytics/',
      '',
      '**Last Checkin:** 2025-12-04 12:00',
      '',
      '---'
    ]);
    expect(parse(out).agents.map((a) => a.name)).toEqual(['Claude Code', 'Gemini CLI', 'Codex']);
    expect(parse(out).diagnostics).toEqual([]);
    // Everything before the new lines and after them is the original text.
    const added = lines.length - text.split('\n').length;
    expect(lines.slice(0, at - 1)).toEqual(text.split('\n').slice(0, at - 1));
    expect(lines.slice(at - 1 + added)).toEqual(text.split('\n').slice(at - 1));
  });

  it('without separators in the file, adds none', () => {
    const text = fixture('list-fields.md');
    const out = setAgentFields(text, parse(text), 'Gemini', { workingOn: 'x', files: ['a.ts'], lastCheckin: '2025-12-04T12:00:00Z' });
    expect(out).not.toContain('---');
    expect(out.startsWith(text)).toBe(true);
    expect(out.slice(text.length)).toBe(
      '\n### Gemini Status\n\n- **Currently Working On:** x\n- **Module:** None\n- **Started At:** N/A\n- **Expected Completion:** N/A\n- **Files Being Modified:**\n  - a.ts\n\n- **Last Checkin:** 2025-12-04T12:00:00Z\n'
    );
    expect(section(parse(out), 'Gemini')?.files.map((f) => f.pattern)).toEqual(['a.ts']);
  });

  it('creates a whole file from nothing', () => {
    const out = setAgentFields('', parse(''), 'Claude Code', { workingOn: 'x', module: 'M', startedAt: '2025-12-04 12:00:00', files: ['src/'], lastCheckin: '2025-12-04 12:00:00' });
    const doc = parse(out);
    expect(doc.agents.map((a) => [a.name, a.module, a.files.map((f) => f.pattern)])).toEqual([['Claude Code', 'M', ['src/']]]);
    expect(doc.diagnostics).toEqual([]);
    expect(out.endsWith('---\n')).toBe(true);
  });

  it('keeps CRLF, CR-free LF, a BOM and a missing final newline', () => {
    const lf = fixture('flat.md');
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const out = setAgentFields(crlf, parse(crlf), 'Claude Code', { workingOn: 'x', files: ['a/b.ts', 'c/'], lastCheckin: '2025-12-04 12:00:00' });
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out).not.toMatch(/[^\r]\n/);
    expect(lineEnding(out)).toBe('\r\n');
    expect(section(parse(out), 'Claude Code')?.files.map((f) => f.pattern)).toEqual(['a/b.ts', 'c/']);

    const bare = fixture('no-newline.md');
    expect(bare.endsWith('\n')).toBe(false);
    const edited = setCheckin(bare, parse(bare), 'Claude Code', '2025-12-04 12:00:00');
    expect(edited).toBe(bare.replace('2025-12-01 10:00:00', '2025-12-04 12:00:00'));
    // Appending a field after the last line keeps "no final newline".
    const more = setAgentFields(bare, parse(bare), 'Claude Code', { files: ['x.ts'] });
    expect(more.endsWith('\n')).toBe(false);
    expect(section(parse(more), 'Claude Code')?.files.map((f) => f.pattern)).toEqual(['x.ts']);
  });

  it('mixed line endings: each existing line keeps its own terminator', () => {
    const text = '# T\r\n\r\n## A Status\n**Currently Working On:** None\r\n**Last Checkin:** 2025-12-01 10:00:00\n';
    const out = setAgentFields(text, parse(text), 'A', { workingOn: 'Task', lastCheckin: '2025-12-04 12:00:00' });
    expect(out).toBe('# T\r\n\r\n## A Status\n**Currently Working On:** Task\r\n**Last Checkin:** 2025-12-04 12:00:00\n');
  });

  it('property: any task text and path list round-trips, and only the section changes', () => {
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,7}$/).filter((s) => !s.endsWith('.') && s !== '..');
    const pathArb = fc
      .tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean())
      .filter(([segs, dir]) => segs.length > 1 || dir) // a bare word ("src") is not read as a path; "src/" is
      .map(([segs, dir]) => segs.join('/') + (dir ? '/' : ''))
      .filter((p) => p !== 'n/a'); // the reader reads "n/a" as None, in backticks too: no path to claim
    const task = fc
      .string({ unit: fc.constantFrom(...'abcXYZ 09-.,;:!?()[]/#@&+=é漢'.split('')), minLength: 1, maxLength: 40 })
      .map((s) => s.trim())
      .filter((s) => /[a-zA-Z]{2}/.test(s) && !/^(none|n\/a|na|idle|nothing|null|nil|no|empty)\b/i.test(s));
    const text = fixture('flat.md');
    const doc = parse(text);
    const s0 = section(doc, 'ChatGPT Codex');
    fc.assert(
      fc.property(task, fc.uniqueArray(pathArb, { minLength: 0, maxLength: 5 }), (t, files) => {
        const out = setAgentFields(text, doc, 'ChatGPT Codex', { workingOn: t, files, lastCheckin: '2025-12-04 12:00:00' });
        const s = section(parse(out), 'ChatGPT Codex');
        expect(s?.workingOn).toBe(t);
        expect(s?.files.map((f) => f.pattern)).toEqual(files);
        sameOutside(text, out, s0?.line ?? 0, s0?.endLine ?? 0);
      }),
      { numRuns: 150 }
    );
  });
});

describe('setCheckin', () => {
  it('changes exactly one line', () => {
    for (const name of ['flat.md', 'grouped.md', 'list-fields.md']) {
      const text = fixture(name);
      const doc = parse(text);
      const agent = doc.agents[0]?.name as string;
      const out = setCheckin(text, doc, agent, '2025-12-04 12:34:56');
      expect(changed(text, out)).toEqual([doc.agents[0]?.fields[Object.keys(doc.agents[0]?.fields ?? {}).find((k) => k.includes('checkin')) ?? '']?.line]);
      expect(section(parse(out), agent)?.lastCheckin?.start).toBe(Date.parse('2025-12-04T12:34:56Z'));
    }
  });

  it('keeps the label markup: "**Label**:" and list-item fields', () => {
    const text = '## Bot Status\n- **Working on**: x\n- **Last Checkin**: 2025-12-01 10:00\n';
    expect(setCheckin(text, parse(text), 'Bot', '2025-12-04 12:00')).toBe('## Bot Status\n- **Working on**: x\n- **Last Checkin**: 2025-12-04 12:00\n');
  });
});

describe('setModuleLine', () => {
  it('flat list: rewrites the line in its own style, emoji of the new state from the file', () => {
    const text = fixture('flat.md');
    const out = setModuleLine(text, parse(text), 'RoutesModule', 'claimed', 'Claude Code');
    const line = text.split('\n').indexOf('- 🔴 RoutesModule - Available (two type errors)') + 1;
    expect(changed(text, out)).toEqual([line]);
    expect(out.split('\n')[line - 1]).toBe('- ⚠️ RoutesModule - CLAIMED BY Claude Code');
    const back = setModuleLine(out, parse(out), 'RoutesModule', 'complete', null);
    expect(back.split('\n')[line - 1]).toBe('- ✅ RoutesModule - Complete');
    expect(parse(back).modules.find((m) => m.module === 'RoutesModule')?.state).toBe('complete');
  });

  it('keeps mojibake emoji as the file writes them', () => {
    const text = '## Modules\n\n- ‚úÖ AuthModule - Complete\n- üî¥ RoutesModule - Available\n- ‚ö†Ô∏è TrackingModule - CLAIMED BY Codex\n';
    const out = setModuleLine(text, parse(text), 'routesmodule', 'claimed', 'Claude');
    expect(out.split('\n')[3]).toBe('- ‚ö†Ô∏è RoutesModule - CLAIMED BY Claude');
    const done = setModuleLine(text, parse(text), 'TrackingModule', 'complete', null);
    expect(done.split('\n')[4]).toBe('- ‚úÖ TrackingModule - Complete');
  });

  it('grouped lists: moves the line to the group of its new state, and back', () => {
    const text = fixture('grouped.md');
    const out = setModuleLine(text, parse(text), 'RoutesModule', 'claimed', 'Gemini CLI');
    const lines = out.split('\n');
    const claimed = lines.indexOf('### ⚠️ Claimed (Do Not Touch)');
    expect(lines.slice(claimed, claimed + 3)).toEqual(['### ⚠️ Claimed (Do Not Touch)', '- **BillingModule** - CLAIMED BY Claude Code', '- **RoutesModule** - CLAIMED BY Gemini CLI']);
    expect(lines).not.toContain('- **RoutesModule** - small fixes');
    expect(lines).toHaveLength(text.split('\n').length);
    const doc = parse(out);
    expect(doc.moduleClaims.map((m) => [m.module, m.agent])).toEqual([
      ['BillingModule', 'Claude Code'],
      ['RoutesModule', 'Gemini CLI']
    ]);
    const back = setModuleLine(out, doc, 'BillingModule', 'available', null);
    const bl = back.split('\n');
    const avail = bl.indexOf('### 🔴 Available for Work (Needs Fixing)');
    expect(bl.slice(avail, avail + 3)).toEqual(['### 🔴 Available for Work (Needs Fixing)', '- **AnalyticsModule** - date fields', '- **BillingModule** - Available']);
    expect(parse(back).modules.find((m) => m.module === 'BillingModule')?.state).toBe('available');
  });

  it('adds an unlisted module next to the others; leaves a file without a module list alone', () => {
    const text = fixture('flat.md');
    const out = setModuleLine(text, parse(text), 'DocsModule', 'claimed', 'Claude Code');
    expect(out.split('\n')).toContain('- ⚠️ DocsModule - CLAIMED BY Claude Code');
    expect(parse(out).moduleClaims.map((m) => m.module)).toEqual(['TrackingModule', 'DocsModule']);
    const grouped = fixture('grouped.md');
    const g = setModuleLine(grouped, parse(grouped), 'DocsModule', 'claimed', 'Claude Code');
    const gl = g.split('\n');
    expect(gl[gl.indexOf('- **BillingModule** - CLAIMED BY Claude Code') + 1]).toBe('- **DocsModule** - CLAIMED BY Claude Code');
    const plain = fixture('list-fields.md');
    expect(setModuleLine(plain, parse(plain), 'X', 'claimed', 'Codex')).toBe(plain);
  });
});

describe('addOverride', () => {
  const entry = { date: '2025-12-04 12:00:00', agent: 'Claude Code', reason: 'outage', module: 'TrackingModule', originalOwner: 'ChatGPT Codex', action: 'hotfix (files: backend/src/app.module.ts)' };

  it('goes under the Emergency Override heading outside code fences, before the section’s rule', () => {
    const text = fixture('flat.md');
    const out = addOverride(text, parse(text), entry);
    const lines = out.split('\n');
    const at = lines.indexOf('### Emergency Override - 2025-12-04 12:00:00 - Claude Code');
    expect(lines[at - 2]).toBe('```'); // after the template fence, inside the section
    expect(lines.slice(at + 5, at + 7)).toEqual(['', '---']);
    const doc = parse(out);
    expect(doc.overrides).toHaveLength(1);
    expect(doc.overrides[0]).toMatchObject({ by: 'Claude Code', module: 'TrackingModule', originalOwner: 'ChatGPT Codex', reason: 'outage' });
    expect(doc.overrides[0]?.date?.start).toBe(NOW);
    expect(doc.overrides[0]?.lines.join('\n')).toContain('backend/src/app.module.ts');
    // A second entry goes after the first.
    const two = addOverride(out, doc, { ...entry, agent: 'Gemini CLI' });
    expect(parse(two).overrides.map((o) => o.by)).toEqual(['Claude Code', 'Gemini CLI']);
  });

  it('uses a "Protocol" heading, or creates "## Emergency Overrides"', () => {
    const grouped = fixture('grouped.md');
    const g = addOverride(grouped, parse(grouped), entry);
    expect(g.split('\n').indexOf('### Emergency Override - 2025-12-04 12:00:00 - Claude Code')).toBeGreaterThan(g.split('\n').indexOf('## 🚨 Emergency Override Protocol'));
    expect(parse(g).overrides).toHaveLength(1);

    const crlf = '# Claims\r\n\r\n---\r\n\r\n## A Status\r\n**Currently Working On:** None\r\n';
    const c = addOverride(crlf, parse(crlf), entry);
    expect(c.startsWith(crlf)).toBe(true);
    expect(c.slice(crlf.length)).toBe(
      '\r\n---\r\n\r\n## Emergency Overrides\r\n\r\n### Emergency Override - 2025-12-04 12:00:00 - Claude Code\r\n- **Reason:** outage\r\n- **Module:** TrackingModule\r\n- **Original Owner:** ChatGPT Codex\r\n- **Action Taken:** hotfix (files: backend/src/app.module.ts)\r\n'
    );
    expect(parse(c).overrides).toHaveLength(1);
  });
});

describe('addHandoffEntry', () => {
  const entry = { stamp: '2025-12-04 12:00:00', agent: 'Claude Code', module: 'RoutesModule', workingOn: 'Routes', files: ['backend/src/api/routes/'], note: 'Done.\nNext: tests.' };

  it('creates the file', () => {
    expect(addHandoffEntry(null, entry)).toBe(
      '# AI Handoff\n\n## Recent Changes (Latest First)\n\n### 2025-12-04 12:00:00 - Claude Code\n**Module:** RoutesModule\n**Task:** Routes\n**Files:** `backend/src/api/routes/`\n\nDone.\nNext: tests.\n'
    );
  });

  it('puts the newest entry first under a "(Latest First)" heading, else appends', () => {
    const latest = '# Handoff\r\n\r\n## Recent Changes (Latest First)\r\n\r\n### 2025-12-03 - Codex\r\nOld.\r\n';
    const out = addHandoffEntry(latest, { ...entry, note: 'New.' });
    expect(out).toBe(
      '# Handoff\r\n\r\n## Recent Changes (Latest First)\r\n\r\n### 2025-12-04 12:00:00 - Claude Code\r\n**Module:** RoutesModule\r\n**Task:** Routes\r\n**Files:** `backend/src/api/routes/`\r\n\r\nNew.\r\n\r\n### 2025-12-03 - Codex\r\nOld.\r\n'
    );
    const plain = '# Notes\n\nSome text.';
    expect(addHandoffEntry(plain, { ...entry, module: null, workingOn: null, files: [], note: 'x' })).toBe('# Notes\n\nSome text.\n\n### 2025-12-04 12:00:00 - Claude Code\n\nx');
  });
});

describe('timestamps', () => {
  it('detects the file’s style', () => {
    expect(detectStampStyle(parse(fixture('flat.md')))).toEqual({ kind: 'seconds', zone: 'none' });
    expect(detectStampStyle(parse(fixture('grouped.md')))).toEqual({ kind: 'minutes', zone: 'none' });
    expect(detectStampStyle(parse(fixture('list-fields.md')))).toEqual({ kind: 'iso', zone: 'utc' });
    expect(detectStampStyle(parse('## A Status\n**Last Checkin:** 2025-12-04 10:00 UTC\n'))).toEqual({ kind: 'minutes', zone: 'utc' });
    expect(detectStampStyle(parse('## A Status\n**Last Checkin:** 2025-12-04\n'))).toEqual({ kind: 'seconds', zone: 'none' });
  });

  it('formats in the configured zone, truncating, in each style', () => {
    const t = Date.parse('2025-12-04T12:00:59.900Z');
    expect(formatStamp(t)).toBe('2025-12-04 12:00:59');
    expect(formatStamp(t, 'Asia/Kolkata')).toBe('2025-12-04 17:30:59');
    expect(formatStamp(t, 'Asia/Kolkata', { kind: 'minutes', zone: 'none' })).toBe('2025-12-04 17:30');
    expect(formatStamp(t, 'Asia/Kolkata', { kind: 'iso', zone: 'offset' })).toBe('2025-12-04T17:30:59+05:30');
    expect(formatStamp(t, 'UTC', { kind: 'iso', zone: 'utc' })).toBe('2025-12-04T12:00:59Z');
    expect(formatStamp(t, 'Asia/Kolkata', { kind: 'seconds', zone: 'utc' })).toBe('2025-12-04 12:00:59 UTC');
    expect(formatStamp(t, 'America/New_York', { kind: 'seconds', zone: 'offset' })).toBe('2025-12-04 07:00:59 -05:00');
  });

  it('adds an offset when the wall time would read back as another instant (clocks going back)', () => {
    // 01:30 happens twice in New York on 2025-11-02; the second one (EST) needs its offset.
    const first = Date.parse('2025-11-02T05:30:00Z');
    const second = Date.parse('2025-11-02T06:30:00Z');
    expect(formatStamp(first, 'America/New_York')).toBe('2025-11-02 01:30:00');
    expect(formatStamp(second, 'America/New_York')).toBe('2025-11-02 01:30:00 -05:00');
    for (const t of [first, second]) {
      const doc = parseClaims(`## A Status\n**Last Checkin:** ${formatStamp(t, 'America/New_York')}\n`, { timezone: 'America/New_York' });
      expect(doc.agents[0]?.lastCheckin?.start).toBe(t);
    }
  });
});
