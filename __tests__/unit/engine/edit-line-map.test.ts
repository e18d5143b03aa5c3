// The editor edits the reader's line map: every line it rewrites is where the reader reads it (files lists, fields
// behind comments, headings outside fences), and its label words are the reader's vocabulary.
import { describe, expect, it } from '@jest/globals';
import { readLineMap, type LineKind } from '../../../src/engine/claims/line-map.js';
import { normaliseLabel } from '../../../src/engine/claims/markdown.js';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { CANONICAL_LABELS, roleOf, type Role } from '../../../src/engine/claims/vocabulary.js';
import { addOverride, detectStampStyle, hasField, setAgentFields, setCheckin, setModuleLine } from '../../../src/engine/edit/index.js';
import type { ClaimsDocument } from '../../../src/engine/model.js';

const parse = (text: string): ClaimsDocument => parseClaims(text, { timezone: 'UTC' });
const agent = (doc: ClaimsDocument, name: string) => doc.agents.find((a) => a.name === name);

describe('the line map', () => {
  const text = [
    '# T', // 1
    '', // 2
    '## A Status', // 3
    '- **Working on:** x', // 4
    '- **Files:**', // 5
    '  - a.ts', // 6
    '  see below', // 7
    '  - **src/b.ts**: note', // 8
    '* **', // 9
    '- None', // 10
    '', // 11
    'trailing prose', // 12
    '**Last Checkin:** 2025-12-01 10:00 <!-- auto -->', // 13
    '<!-- c --> **Status:** idle', // 14
    '```', // 15
    '## Hidden Status', // 16
    '```', // 17
    '---', // 18
    '1. [ ] **Module:** M' // 19
  ].join('\n');
  const map = readLineMap(text);

  it('gives each line the kind the reader sees', () => {
    const kinds: LineKind[] = ['heading', 'blank', 'heading', 'field', 'field', 'item', 'text', 'item', 'item', 'item', 'blank', 'text', 'field', 'field', 'hidden', 'hidden', 'hidden', 'rule', 'field'];
    expect(map.map((m) => m.kind)).toEqual(kinds);
    expect(map[2]?.heading).toMatchObject({ level: 2, text: 'A Status' });
  });

  it('marks the lines the reader read as a files list, by the line of its field', () => {
    // The note inside the list is not an item; "* **" and "- **src/b.ts**: note" are (the claim "**", a path).
    expect(map.map((m) => m.filesOf)).toEqual([0, 0, 0, 0, 0, 5, 0, 5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(agent(parse(text), 'A')?.files.map((f) => f.pattern)).toEqual(['a.ts', 'src/b.ts', '**']);
  });

  it('says where item content and field values start, also behind a comment and after a checkbox', () => {
    const lines = text.split('\n');
    const value = (n: number): string => lines[n - 1]!.slice(map[n - 1]!.valueAt);
    const content = (n: number): string => lines[n - 1]!.slice(map[n - 1]!.contentAt);
    expect(value(4)).toBe(' x');
    expect(value(5)).toBe('');
    expect(value(13)).toBe(' 2025-12-01 10:00 <!-- auto -->');
    expect(value(14)).toBe(' idle');
    expect(value(19)).toBe(' M');
    expect(content(6)).toBe('a.ts');
    expect(content(19)).toBe('[ ] **Module:** M');
    expect(map[12]?.contentAt).toBe(-1);
  });
});

describe('the editor edits what the reader read', () => {
  it('replaces the whole files list the reader read: notes between items and path-like bold items too', () => {
    const text = '## A Status\n**Currently Working On:** x\n**Files Being Modified:**\n- a.ts\nsee below\n- **src/b.ts**: note\n\nProse after the list.\n\n**Last Checkin:** 2025-12-01 10:00:00\n';
    expect(agent(parse(text), 'A')?.files.map((f) => f.pattern)).toEqual(['a.ts', 'src/b.ts']);
    const out = setAgentFields(text, parse(text), 'A', { files: ['c.ts'] });
    expect(out).toBe('## A Status\n**Currently Working On:** x\n**Files Being Modified:**\n- c.ts\n\nProse after the list.\n\n**Last Checkin:** 2025-12-01 10:00:00\n');
    expect(agent(parse(out), 'A')?.files.map((f) => f.pattern)).toEqual(['c.ts']);
  });

  it('releases a list that ends in "* **" (the whole repository to the reader)', () => {
    const text = '## A Status\n**Currently Working On:** x\n**Files:**\n* **\n\n**Last Checkin:** 2025-12-01 10:00:00\n';
    expect(agent(parse(text), 'A')?.files.map((f) => f.pattern)).toEqual(['**']);
    const out = setAgentFields(text, parse(text), 'A', { workingOn: 'None', files: [] });
    expect(out).toBe('## A Status\n**Currently Working On:** None\n**Files:**\n* None\n\n**Last Checkin:** 2025-12-01 10:00:00\n');
    expect(agent(parse(out), 'A')).toMatchObject({ idle: true, files: [] });
  });

  it('finds fields under every label the reader reads for them', () => {
    const text = '## A Status\n- **Task:** old\n- **Scope:**\n  - src/\n- **Updated:** 2025-12-01 10:00\n';
    const doc = parse(text);
    expect(hasField(agent(doc, 'A')!, 'workingOn')).toBe(true);
    const out = setAgentFields(text, doc, 'A', { workingOn: 'new', files: ['docs/'], lastCheckin: '2025-12-04 12:00' });
    expect(out).toBe('## A Status\n- **Task:** new\n- **Scope:**\n  - docs/\n- **Updated:** 2025-12-04 12:00\n');
    expect(agent(parse(out), 'A')).toMatchObject({ workingOn: 'new', files: [{ pattern: 'docs/' }] });
    expect(detectStampStyle(doc)).toEqual({ kind: 'minutes', zone: 'none' });
  });

  it('writes the canonical label for a field the section lacks', () => {
    for (const role of Object.keys(CANONICAL_LABELS) as Role[]) expect(roleOf(normaliseLabel(CANONICAL_LABELS[role]))).toBe(role);
    const text = '## A Status\n**Task:** x\n';
    expect(setAgentFields(text, parse(text), 'A', { module: 'M', lastCheckin: '2025-12-04 12:00:00' })).toBe(
      '## A Status\n**Task:** x\n**Module:** M\n**Last Checkin:** 2025-12-04 12:00:00\n'
    );
  });

  it('rewrites a value behind a comment, and a value followed by one', () => {
    const text = '## A Status\n**Currently Working On:** x\n<!-- bot --> **Last Checkin:** 2025-12-01 10:00:00\n';
    const out = setCheckin(text, parse(text), 'A', '2025-12-04 12:00:00');
    expect(out).toBe('## A Status\n**Currently Working On:** x\n<!-- bot --> **Last Checkin:** 2025-12-04 12:00:00\n');
    expect(agent(parse(out), 'A')?.lastCheckin?.start).toBe(Date.parse('2025-12-04T12:00:00Z'));
    const after = '## A Status\n**Currently Working On:** x\n**Last Checkin:** 2025-12-01 10:00:00 <!-- auto -->\n';
    expect(agent(parse(setCheckin(after, parse(after), 'A', '2025-12-04 12:00:00')), 'A')?.lastCheckin?.start).toBe(Date.parse('2025-12-04T12:00:00Z'));
  });

  it('copies a first-line heading without the BOM', () => {
    const text = '\uFEFF## 🤖 A Status\n**Currently Working On:** x\n';
    const out = setAgentFields(text, parse(text), 'B', { workingOn: 'y' });
    expect(out.startsWith('\uFEFF## 🤖 A Status\n')).toBe(true);
    expect(out.split('\uFEFF')).toHaveLength(2);
    expect(out).toContain('\n## 🤖 B Status\n');
    expect(parse(out).agents.map((a) => a.name)).toEqual(['A', 'B']);
  });

  it('ignores headings inside comments: no override container there', () => {
    const text = '## A Status\n**Currently Working On:** x\n\n<!--\n## Emergency Overrides\n-->\n';
    const entry = { date: '2025-12-04 12:00:00', agent: 'B', reason: 'r', module: null, originalOwner: 'A', action: 'fix' };
    const out = addOverride(text, parse(text), entry);
    expect(out.startsWith(text)).toBe(true);
    expect(out.slice(text.length)).toContain('\n## Emergency Overrides\n\n### Emergency Override - 2025-12-04 12:00:00 - B\n');
    expect(parse(out).overrides).toHaveLength(1);
  });

  it('moves module lines only to groups the reader reads as a state', () => {
    // "### Note: claimed modules are locked" is prose to the reader, not a "claimed" group.
    const text = '## Modules\n\n### Available\n- RoutesModule - small fixes\n\n### Note: claimed modules are locked\nAsk first.\n';
    const out = setModuleLine(text, parse(text), 'RoutesModule', 'claimed', 'Codex');
    expect(out).toBe(text.replace('- RoutesModule - small fixes', '- RoutesModule - CLAIMED BY Codex'));
    expect(parse(out).moduleClaims).toEqual([{ module: 'RoutesModule', agent: 'Codex', line: 4 }]);
  });
});
