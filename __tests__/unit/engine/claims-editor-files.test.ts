// The files list edited item by item (claim adds, --replace drops), the headings that name an agent without being
// read as its claim, and the engine's words for a claim's times and for a recorded override a commit does not use.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { editFileItems, unreadAgentHeadings } from '../../../src/engine/edit/index.js';
import { activeUntil } from '../../../src/engine/judge/liveness.js';
import { checkClaims, modifying } from '../../helpers/check.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const files = (text: string, name: string): string[] => parseClaims(text).agents.find((a) => a.name === name)?.files.map((f) => f.pattern) ?? [];
const NOW = Date.parse('2025-12-04T12:00:00Z');

describe('editFileItems', () => {
  const flat = fixture('flat.md');

  it('appends after the kept items, whose lines (and notes) stay byte for byte', () => {
    const out = editFileItems(flat, parseClaims(flat), ['ChatGPT Codex'], ['README.md', 'docs/'], []) as string;
    expect(out).toBe(flat.replace('- backend/src/app.module.ts (to register the module)\n', '- backend/src/app.module.ts (to register the module)\n- README.md\n- docs/\n'));
    expect(files(out, 'ChatGPT Codex')).toEqual(['backend/src/api/tracking/', 'backend/src/app.module.ts', 'README.md', 'docs/']);
  });

  it('replaces a "None" item, drops released items, keeps CRLF', () => {
    const none = editFileItems(flat, parseClaims(flat), ['Claude Code'], ['a.ts'], []) as string;
    expect(none).toBe(flat.replace('**Files Being Modified:**\n- None\n', '**Files Being Modified:**\n- a.ts\n'));
    const crlf = flat.replace(/\n/g, '\r\n');
    const dropped = editFileItems(crlf, parseClaims(crlf), ['ChatGPT Codex'], ['b.ts'], ['backend/src/api/tracking/']) as string;
    expect(dropped).toBe(crlf.replace('- backend/src/api/tracking/\r\n', '').replace('(to register the module)\r\n', '(to register the module)\r\n- b.ts\r\n'));
    expect(files(dropped, 'ChatGPT Codex')).toEqual(['backend/src/app.module.ts', 'b.ts']);
  });

  it('nested list items get the list\'s own bullet', () => {
    const text = fixture('list-fields.md');
    const out = editFileItems(text, parseClaims(text), ['Codex'], ['src/lexer.ts'], []) as string;
    expect(out).toContain('  - docs/parser.md\n  - src/lexer.ts\n- **Last Check-in:**');
  });

  it('null (rewrite the field whole) when items cannot be edited one by one', () => {
    const inline = '## A Status\n\n**Files Being Modified:** a.ts, b.ts\n**Last Checkin:** 2025-12-04 11:00\n';
    expect(files(inline, 'A')).toEqual(['a.ts', 'b.ts']);
    expect(editFileItems(inline, parseClaims(inline), ['A'], ['c.ts'], [])).toBeNull();
    expect(editFileItems(flat, parseClaims(flat), ['ChatGPT Codex'], [], ['backend/src/api/tracking/', 'backend/src/app.module.ts'])).toBeNull();
    expect(editFileItems(flat, parseClaims(flat), ['Nobody'], ['x'], [])).toBeNull();
  });
});

describe('unreadAgentHeadings', () => {
  it('finds a heading that names the agent but holds no claim, and not one that does', () => {
    const text = '# W\n\n## Claude Code\n\nSome prose.\n\n## Codex Status\n\n**Last Checkin:** 2025-12-04 11:00\n**Files Being Modified:**\n- a.ts\n';
    expect(unreadAgentHeadings(text, parseClaims(text), ['claude code'])).toEqual([{ line: 3, text: '## Claude Code' }]);
    expect(unreadAgentHeadings(text, parseClaims(text), ['Codex'])).toEqual([]);
    const fenced = '## Codex Status\n\n**Last Checkin:** 2025-12-04 11:00\n\n```\n## Claude Code\n```\n';
    expect(unreadAgentHeadings(fenced, parseClaims(fenced), ['Claude Code'])).toEqual([]);
  });
});

describe('the engine\'s words for times and overrides', () => {
  it('active until = stale at less the caution window', () => {
    expect(activeUntil(Date.parse('2025-12-04T15:00:00Z'), { activeHours: 2, staleHours: 4 })).toBe(Date.parse('2025-12-04T13:00:00Z'));
  });

  const a = { name: 'A', email: 'a@example.com' };
  const commit = (message: string) => modifying(['backend/src/app.module.ts'], { sha: 'e1', message, author: a, committer: a });
  const override = fixture('flat.md').replace(
    '\n---\n\n_Keep',
    '\n### Emergency Override - 2025-12-04 11:50:00 - Claude Code\n- **Reason:** outage\n- **Module:** TrackingModule\n- **Original Owner:** ChatGPT Codex\n- **Action Taken:** fix\n\n---\n\n_Keep'
  );
  const line = override.split('\n').indexOf('### Emergency Override - 2025-12-04 11:50:00 - Claude Code') + 1;

  it('an active claim says "active until … stale after …", never "blocks until"', () => {
    const [f] = checkClaims(fixture('flat.md'), { commits: [commit('fix: x\n\nAI-Agent: Claude Code')], now: NOW }).evaluation.findings;
    expect(f?.message).toContain('the claim is active until 2025-12-04T13:00:00Z, stale after 2025-12-04T15:00:00Z. Revert this change');
    expect(f?.message).not.toContain('blocks');
  });

  it('a recorded override a commit does not invoke is named, with what to reword', () => {
    const [f] = checkClaims(override, { commits: [commit('fix: x\n\nAI-Agent: Claude Code')], now: NOW }).evaluation.findings;
    expect(f).toMatchObject({ kind: 'claimed-by-other', severity: 'error' });
    expect(f?.message).toContain(`The Emergency Override of line ${line} (by Claude Code) covers it, but this commit's message does not start with "EMERGENCY:"`);
    const caution = checkClaims(override, { commits: [commit('fix: x\n\nAI-Agent: Claude Code')], now: Date.parse('2025-12-04T13:30:00Z') }).evaluation.findings[0];
    expect(caution).toMatchObject({ kind: 'claim-caution', severity: 'warning' });
    expect(caution?.message).toContain(`The Emergency Override of line ${line}`);
    const used = checkClaims(override, { commits: [commit('EMERGENCY: fix x\n\nAI-Agent: Claude Code')], now: NOW }).evaluation.findings;
    expect(used.map((x) => x.kind)).toEqual(['emergency-override']);
  });
});
