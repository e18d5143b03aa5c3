// The catch-up block at the top of `ai-sync status`: nothing when nothing changed, the check-in and its age, commits
// touching the agent's files first and marked, rows capped, and untrusted text (subjects, names, paths, notes) never
// carrying control characters or escape sequences to the terminal.
import { describe, expect, it } from '@jest/globals';
import type { CatchUpCommitRow } from '../../../src/engine/catchup/index.js';
import { renderCatchUp } from '../../../src/report/terminal/catchup.js';
import { emptyCatchUp } from '../../helpers/catchup.js';
import { CORPUS } from '../../helpers/corpus.js';

const NOW = Date.parse('2025-12-04T12:10:00Z');

const empty = emptyCatchUp;

const row = (over: Partial<CatchUpCommitRow>): CatchUpCommitRow => ({
  sha: 'a'.repeat(40),
  at: '2025-12-04T11:00:00Z',
  agent: 'ChatGPT Codex',
  rule: 'trailer',
  by: 'ChatGPT Codex',
  subject: 'feat: work',
  files: ['x.ts'],
  yours: [],
  merge: false,
  bookkeeping: false,
  ...over
});

describe('renderCatchUp', () => {
  it('nothing changed, or no agent: no block at all', () => {
    expect(renderCatchUp(empty(), NOW, 'UTC', false, true)).toEqual([]);
    expect(renderCatchUp(null, NOW, 'UTC', false, true)).toEqual([]);
  });

  it('names the check-in and its age, marks the commits and files the agent claims, lists claims and notes', () => {
    const lines = renderCatchUp(
      empty({
        commits: [row({ sha: 'b'.repeat(40), subject: 'feat: cart', files: ['README.md', 'web/Cart.tsx'], yours: ['web/Cart.tsx'] }), row({ bookkeeping: true, files: ['AI_CURRENT_WORK.md'] })],
        handoff: [{ line: 5, at: '2025-12-04T11:30:00Z', agent: 'ChatGPT Codex', heading: '2025-12-04 11:30:00 - ChatGPT Codex', lines: ['**Module:** X', '', 'Done; next tests.'], more: 0 }],
        claims: [{ agent: 'ChatGPT Codex', taken: ['web/app.ts'], released: ['api/old.ts'], modulesTaken: ['RoutesModule'], modulesReleased: [], workingOn: 'Routes' }],
        overrides: [{ line: 40, by: 'ChatGPT Codex', module: null, originalOwner: 'Claude Code', reason: 'prod down', date: null, yours: true }]
      }),
      NOW,
      'UTC',
      false,
      false
    );
    expect(lines).toEqual([
      'Since your check-in at 2025-12-04 10:00:00 UTC (2h 10m ago) on origin/HEAD (as of the last fetch):',
      '  1 commit by others, 1 touching files you claim:',
      '  ! 2025-12-04 11:00  ChatGPT Codex  bbbbbbb  feat: cart',
      '      web/Cart.tsx (yours), README.md',
      '  1 commit by others only updated the claims, status or handoff file (below)',
      '  Handoff notes newer than that:',
      '    2025-12-04 11:30:00 - ChatGPT Codex: Done; next tests.',
      '  Claims:',
      '    ChatGPT Codex took RoutesModule, web/app.ts; released api/old.ts (Routes)',
      '  Emergency override by ChatGPT Codex over your claim: prod down (line 40)',
      ''
    ]);
  });

  it('caps the rows, keeping every commit that touches the agent’s files', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row({ sha: String(i % 10).repeat(40), subject: `c${i}`, yours: i === 19 ? ['x.ts'] : [] }));
    const lines = renderCatchUp(empty({ commits: rows }), NOW, 'UTC', false, true);
    const shown = lines.filter((l) => / {2}c\d+$/.test(l));
    expect(shown).toHaveLength(8);
    expect(shown.at(-1)).toContain('c19');
    expect(lines).toContain('    … 12 more (ai-sync status --json)');
  });

  it('without a check-in: says so, and the newest commits follow', () => {
    const lines = renderCatchUp(empty({ since: null, basis: 'none', note: 'no check-in for "Claude Code" in AI_CURRENT_WORK.md', commits: [row({})] }), NOW, 'UTC', false, true);
    expect(lines.slice(0, 2)).toEqual(['Catching up Claude Code on origin/HEAD', '  no check-in for "Claude Code" in AI_CURRENT_WORK.md']);
  });

  it('untrusted text never reaches the terminal with control characters', () => {
    for (const s of [...CORPUS, '\x1b[31mred\x1b[0m', '\x1b]8;;http://x\x07link\x1b]8;;\x07', 'a\rb', '\u009b2J', 'x\ny']) {
      const lines = renderCatchUp(
        empty({
          agent: s,
          note: s,
          commits: [row({ by: s, subject: s, files: [s], yours: [s] })],
          handoff: [{ line: 1, at: null, agent: s, heading: s, lines: [s], more: 0 }],
          claims: [{ agent: s, taken: [s], released: [s], modulesTaken: [s], modulesReleased: [], workingOn: s }],
          modules: [{ module: s, before: null, after: 'complete' }],
          overrides: [{ line: 1, by: s, module: s, originalOwner: s, reason: s, date: null, yours: false }]
        }),
        NOW,
        'UTC',
        false,
        true
      );
      for (const l of lines) expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });
});
