// Handoff notes for catching up: the dated entries of AI_HANDOFF.md (as release --handoff writes them and as agents
// write them by hand), which are newer than a check-in, a date-only entry shown once, the agent's own left out.
import { describe, expect, it } from '@jest/globals';
import { addHandoffEntry } from '../../../src/engine/edit/index.js';
import { catchUp, CATCH_UP_LIMIT, newHandoffNotes, readHandoff } from '../../../src/engine/catchup/index.js';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { parseConfig } from '../../../src/engine/config/index.js';

const T = (s: string): number => Date.parse(s);
const SINCE = T('2025-12-04T10:00:00Z');
const self = ['Claude Code'];

const FILE = [
  '# AI Handoff',
  '',
  '## Recent Changes (Latest First)',
  '',
  '### 2025-12-04 11:30:00 - ChatGPT Codex',
  '**Module:** TrackingModule',
  '',
  'Tracking DTOs aligned.',
  'Next: tests.',
  '',
  '### 2025-12-04 10:30 UTC — Claude Code',
  'My own note.',
  '',
  '### 2025-12-04 - Gemini',
  'Date only, today.',
  '',
  '## 2025-12-03 - ChatGPT Codex: schema',
  'Yesterday.',
  '',
  '```',
  '### 2025-12-05 - Not a heading (in a fence)',
  '```'
].join('\n');

describe('readHandoff', () => {
  it('reads dated headings with their time, author and lines; plain headings and fences are not entries', () => {
    const e = readHandoff(FILE, 'UTC');
    expect(e.map((x) => [x.line, x.agent, x.time?.start ?? null])).toEqual([
      [5, 'ChatGPT Codex', T('2025-12-04T11:30:00Z')],
      [11, 'Claude Code', T('2025-12-04T10:30:00Z')],
      [14, 'Gemini', T('2025-12-04T00:00:00Z')],
      [17, 'ChatGPT Codex', T('2025-12-03T00:00:00Z')]
    ]);
    expect(e[0]?.body).toEqual(['**Module:** TrackingModule', '', 'Tracking DTOs aligned.', 'Next: tests.']);
    // A date-only heading covers its whole day.
    expect(e[2]?.time?.end).toBe(T('2025-12-04T23:59:59.999Z'));
  });

  it('reads the entries the CLI writes (addHandoffEntry), in the configured zone', () => {
    const text = addHandoffEntry(null, { stamp: '2025-12-04 17:30:00', agent: 'ChatGPT Codex', module: null, workingOn: 'x', files: ['a.ts'], note: 'Done.' });
    const [e] = readHandoff(text, 'Asia/Kolkata');
    expect(e).toMatchObject({ agent: 'ChatGPT Codex', heading: '2025-12-04 17:30:00 - ChatGPT Codex', body: ['**Task:** x', '**Files:** `a.ts`', '', 'Done.'] });
    expect(e?.time?.start).toBe(T('2025-12-04T12:00:00Z'));
  });

  it('names the author written before the date when nothing follows it', () => {
    expect(readHandoff('## Claude Code — 2025-12-04 09:00\nx\n', 'UTC')[0]?.agent).toBe('Claude Code');
    expect(readHandoff('## 2025-12-04 09:00\nx\n', 'UTC')[0]?.agent).toBeNull();
  });
});

describe('newHandoffNotes', () => {
  it('entries dated after the check-in, newest first; older ones and the agent’s own are not news', () => {
    const before = FILE.split('\n').slice(13).join('\n'); // only the date-only entry and yesterday's
    const r = newHandoffNotes({ since: SINCE, before, after: FILE, timezone: 'UTC', self });
    expect(r.entries.map((e) => e.line)).toEqual([5]);
    expect(r.changedWithoutEntry).toBe(false);
  });

  it('a date-only entry on the check-in day is news when it was not in the file before, and only then', () => {
    const withoutToday = FILE.split('\n').filter((_, i) => i < 13 || i > 15).join('\n');
    expect(newHandoffNotes({ since: SINCE, before: withoutToday, after: FILE, timezone: 'UTC', self }).entries.map((e) => e.agent)).toEqual(['ChatGPT Codex', 'Gemini']);
    expect(newHandoffNotes({ since: SINCE, before: FILE, after: FILE, timezone: 'UTC', self }).entries.map((e) => e.agent)).toEqual(['ChatGPT Codex']);
  });

  it('a file that changed without any new dated entry says so; an unchanged one says nothing', () => {
    const edited = `${FILE}\n\nSome undated remark.\n`;
    expect(newHandoffNotes({ since: T('2025-12-05T00:00:00Z'), before: FILE, after: edited, timezone: 'UTC', self })).toEqual({ entries: [], changedWithoutEntry: true });
    expect(newHandoffNotes({ since: T('2025-12-05T00:00:00Z'), before: FILE, after: FILE, timezone: 'UTC', self })).toEqual({ entries: [], changedWithoutEntry: false });
  });
});

describe('in the report', () => {
  it('handoff notes newer than the check-in come with their time, author and first lines', () => {
    const c = catchUp({
      agent: 'Claude Code',
      names: self,
      since: { at: SINCE, from: 'checkin' },
      ref: 'origin/HEAD',
      commits: [],
      limit: CATCH_UP_LIMIT,
      claims: null,
      handoff: { before: null, after: FILE },
      mine: parseClaims('', { timezone: 'UTC' }),
      config: parseConfig(null, '.github/ai-sync.yml'),
      known: [],
      files: { claims: 'AI_CURRENT_WORK.md', status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' },
      timezone: 'UTC',
      now: T('2025-12-04T12:00:00Z')
    });
    // The file did not exist before: the date-only entry of today counts too; yesterday's does not.
    expect(c.handoff).toEqual([
      { line: 5, at: '2025-12-04T11:30:00Z', agent: 'ChatGPT Codex', heading: '2025-12-04 11:30:00 - ChatGPT Codex', lines: ['**Module:** TrackingModule', '', 'Tracking DTOs aligned.', 'Next: tests.'], more: 0 },
      { line: 14, at: '2025-12-04T00:00:00Z', agent: 'Gemini', heading: '2025-12-04 - Gemini', lines: ['Date only, today.'], more: 0 }
    ]);
  });
});
