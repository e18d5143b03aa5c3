// The merge drivers' engine: the claims file merged by blocks (agents' sections, module lines, overrides) and the
// status file by its newer lastUpdate; a conflict always shows both sides. Properties with fast-check.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { addOverride, setAgentFields, setModuleLine } from '../../../src/engine/edit/index.js';
import { mergeClaims } from '../../../src/engine/merge/claims.js';
import { diff3, matchSequences } from '../../../src/engine/merge/diff3.js';
import { mergeStatus } from '../../../src/engine/merge/status.js';
import { buildStatus, serializeStatus } from '../../../src/report/status-file.js';

const fixture = (p: string): string => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url), 'utf8');
const example = (): string => readFileSync(new URL('../../../examples/AI_CURRENT_WORK.md', import.meta.url), 'utf8');

function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} not in the text`);
  return text.replace(from, to);
}

/** Merges base → ours and base → theirs; also checks the result is what applying both edits gives. */
function both(base: string, ours: (t: string) => string, theirs: (t: string) => string): { text: string; expected: string; conflicts: number } {
  const o = ours(base);
  const r = mergeClaims(base, o, theirs(base));
  return { text: r.text, expected: theirs(o), conflicts: r.conflicts };
}

const doc = (t: string) => parseClaims(t);
const fields = (agent: string, f: Parameters<typeof setAgentFields>[3]) => (t: string) => setAgentFields(t, doc(t), agent, f);
const moduleState = (module: string, state: 'claimed' | 'available' | 'complete', agent: string | null = null) => (t: string) =>
  setModuleLine(t, doc(t), module, state, agent);
const markers = (t: string): number => t.split('\n').filter((l) => /^(<{7}|={7}|>{7})( |$)/.test(l)).length;

describe('mergeClaims: what merges cleanly', () => {
  it('edits to two agents’ sections (the claims editor’s own edits)', () => {
    const r = both(example(), fields('Claude Code', { workingOn: 'Checkout step 2', files: ['web/src/checkout/'] }), fields('Gemini CLI', { workingOn: 'Search', module: 'SearchModule' }));
    expect(r.conflicts).toBe(0);
    expect(r.text).toBe(r.expected);
  });

  it('adjacent module lines changed by two agents (flat list)', () => {
    const r = both(example(), moduleState('SearchModule', 'claimed', 'Gemini CLI'), moduleState('AuthModule', 'available'));
    expect(r.conflicts).toBe(0);
    expect(r.text).toBe(r.expected);
    expect(r.text).toContain('- SearchModule - CLAIMED BY Gemini CLI\n- AuthModule - Available');
  });

  it('module lines moving between state groups on both sides (grouped list)', () => {
    const grouped = fixture('cli/grouped.md');
    for (const [a, b] of [
      [moduleState('RoutesModule', 'claimed', 'Codex'), moduleState('AnalyticsModule', 'claimed', 'Aider')],
      [moduleState('RoutesModule', 'claimed', 'Codex'), moduleState('BillingModule', 'available')],
      [moduleState('NewModuleA', 'claimed', 'Codex'), moduleState('NewModuleB', 'claimed', 'Aider')]
    ] as const) {
      const r = both(grouped, a, b);
      expect(r.conflicts).toBe(0);
      expect(r.text).toBe(r.expected);
    }
  });

  it('two new agent sections at the same place: both kept, ours first', () => {
    const r = both(example(), fields('Aider', { workingOn: 'Docs', files: ['docs/'] }), fields('Cursor', { workingOn: 'Styles', files: ['web/styles/'] }));
    expect(r.conflicts).toBe(0);
    expect(r.text).toBe(r.expected);
    expect(r.text.indexOf('## Aider Status')).toBeLessThan(r.text.indexOf('## Cursor Status'));
    expect(doc(r.text).agents.map((a) => a.name)).toEqual(['Claude Code', 'ChatGPT Codex', 'Gemini CLI', 'Aider', 'Cursor']);
  });

  it('two emergency overrides added at the same time', () => {
    const entry = (by: string) => (t: string) =>
      addOverride(t, doc(t), { date: '2026-03-02 10:00:00', agent: by, reason: `outage ${by}`, module: 'InvoicesModule', originalOwner: 'ChatGPT Codex', action: 'hotfix' });
    const r = both(example(), entry('Claude Code'), entry('Gemini CLI'));
    expect(r.conflicts).toBe(0);
    expect(r.text).toContain('outage Claude Code');
    expect(r.text).toContain('outage Gemini CLI');
    expect(doc(r.text).overrides).toHaveLength(2);
  });

  it('the same change on both sides, and a change on one side only', () => {
    const edit = fields('ChatGPT Codex', { lastCheckin: '2026-03-02 11:00:00' });
    expect(mergeClaims(example(), edit(example()), edit(example()))).toEqual({ text: edit(example()), conflicts: 0 });
    expect(mergeClaims(example(), example(), edit(example()))).toEqual({ text: edit(example()), conflicts: 0 });
    expect(mergeClaims(example(), edit(example()), example())).toEqual({ text: edit(example()), conflicts: 0 });
  });

  it('one agent’s section changed on both sides at lines apart merges as git would', () => {
    const r = both(example(), (t) => swap(t, '**Currently Working On:** PDF invoices', '**Currently Working On:** XML invoices'), (t) => swap(t, '**Last Checkin:** 2026-03-02 09:55:00', '**Last Checkin:** 2026-03-02 10:30:00'));
    expect(r.conflicts).toBe(0);
    expect(r.text).toBe(r.expected);
  });

  it('a section deleted on one side and unchanged on the other is deleted', () => {
    const base = example();
    const start = base.indexOf('## Gemini CLI Status');
    const cut = base.slice(0, start) + base.slice(base.indexOf('## Modules'));
    const r = mergeClaims(base, cut, fields('Claude Code', { workingOn: 'Other' })(base));
    expect(r.conflicts).toBe(0);
    expect(r.text).not.toContain('Gemini CLI Status');
    expect(r.text).toContain('**Currently Working On:** Other');
  });

  it('keeps CRLF, a byte order mark and a missing final newline', () => {
    const base = '\uFEFF' + example().replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const r = both(base, fields('Claude Code', { workingOn: 'A' }), moduleState('SearchModule', 'claimed', 'Gemini CLI'));
    expect(r.conflicts).toBe(0);
    expect(r.text).toBe(r.expected);
    expect(r.text.startsWith('\uFEFF')).toBe(true);
    expect(/[^\r]\n/.test(r.text)).toBe(false);
    expect(r.text.endsWith('\n')).toBe(false);
  });

  it('other lines merge line by line (prose edits far apart)', () => {
    const r = both(example(), (t) => swap(t, 'Three agents share', 'Four agents share'), (t) => swap(t, '1. Before you start', '1. Before anything'));
    expect(r.conflicts).toBe(0);
    expect(r.text).toBe(r.expected);
  });
});

describe('mergeClaims: what still conflicts (both sides shown, never one picked)', () => {
  it('the same field of one section changed differently', () => {
    const base = example();
    const o = swap(base, '**Module:** InvoicesModule', '**Module:** BillingModule');
    const t = swap(base, '**Module:** InvoicesModule', '**Module:** TaxModule');
    const r = mergeClaims(base, o, t);
    expect(r.conflicts).toBe(1);
    expect(markers(r.text)).toBe(3);
    expect(r.text).toContain('<<<<<<< ours\n## ChatGPT Codex Status\n');
    expect(r.text).toContain('**Module:** BillingModule');
    expect(r.text).toContain('**Module:** TaxModule');
    expect(r.text).toContain('\n>>>>>>> theirs\n');
    // The rest of the file is as it was.
    expect(r.text.slice(0, r.text.indexOf('<<<<<<<'))).toBe(base.slice(0, base.indexOf('## ChatGPT Codex Status')));
  });

  it('the same module line changed differently', () => {
    const r = mergeClaims(example(), moduleState('SearchModule', 'claimed', 'Gemini CLI')(example()), moduleState('SearchModule', 'claimed', 'Claude Code')(example()));
    expect(r.conflicts).toBe(1);
    expect(r.text).toContain('<<<<<<< ours\n- SearchModule - CLAIMED BY Gemini CLI\n=======\n- SearchModule - CLAIMED BY Claude Code\n>>>>>>> theirs\n');
  });

  it('a section deleted on one side and changed on the other', () => {
    const base = example();
    const cut = base.slice(0, base.indexOf('## Gemini CLI Status')) + base.slice(base.indexOf('## Modules'));
    const r = mergeClaims(base, cut, fields('Gemini CLI', { workingOn: 'Search' })(base));
    expect(r.conflicts).toBe(1);
    expect(r.text).toContain('<<<<<<< ours\n=======\n## Gemini CLI Status\n');
    expect(r.text).toContain('**Currently Working On:** Search');
  });

  it('adjacent prose lines changed on both sides (as git)', () => {
    const base = example();
    const r = mergeClaims(base, swap(base, '1. Before you start', '1. First'), swap(base, '2. While you work', '2. Meanwhile'));
    expect(r.conflicts).toBe(1);
    expect(r.text).toContain('1. First');
    expect(r.text).toContain('2. Meanwhile');
  });

  it('two different files created on both sides (an empty ancestor): not glued together', () => {
    const a = '# Board\n\n## Aider Status\n\n**Currently Working On:** x\n';
    const b = '# Work\n\n## Cursor Status\n\n**Currently Working On:** y\n';
    const r = mergeClaims('', a, b);
    expect(r.conflicts).toBe(1);
    expect(r.text).toBe(`<<<<<<< ours\n${a}=======\n${b}>>>>>>> theirs\n`);
  });

  it('uses git’s labels and marker size, and the file’s line endings for the markers', () => {
    const base = example().replace(/\n/g, '\r\n');
    const r = mergeClaims(base, swap(base, '- SearchModule - Available', '- SearchModule - X'), swap(base, '- SearchModule - Available', '- SearchModule - Y'), {
      ours: 'HEAD',
      theirs: 'feature/x',
      markerSize: 9
    });
    expect(r.text).toContain('<<<<<<<<< HEAD\r\n- SearchModule - X\r\n=========\r\n- SearchModule - Y\r\n>>>>>>>>> feature/x\r\n');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties on generated files

interface Model {
  agents: { name: string; working: string; module: string; checkin: string; files: string[] }[];
  modules: { name: string; state: string }[];
  eol: string;
}

function render(m: Model): string {
  const out = ['# Current work', '', 'Claim before you edit.', '', '---', ''];
  for (const a of m.agents) {
    out.push(`## ${a.name} Status`, '', `**Currently Working On:** ${a.working}`, `**Module:** ${a.module}`, '**Files Being Modified:**');
    out.push(...(a.files.length ? a.files.map((f) => `- ${f}`) : ['- None']), '', `**Last Checkin:** ${a.checkin}`, '', '---', '');
  }
  out.push('## Modules', '', ...m.modules.map((x) => `- ${x.name} - ${x.state}`), '', '---', '', '## Rules', '', 'Be nice.', '');
  return out.join(m.eol);
}

const NAMES = ['Claude Code', 'ChatGPT Codex', 'Gemini CLI', 'Cursor', 'Aider', 'Devin'];
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,11}$/);
const value = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const path = fc.array(fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/), { minLength: 1, maxLength: 3 }).map((p) => `${p.join('/')}.ts`);
const stamp = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19).replace('T', ' '));

const model: fc.Arbitrary<Model> = fc
  .record({
    count: fc.integer({ min: 2, max: NAMES.length }),
    modules: fc.integer({ min: 2, max: 8 }),
    eol: fc.constantFrom('\n', '\r\n'),
    agent: fc.record({ working: value, module: value, checkin: stamp, files: fc.array(path, { maxLength: 3 }) })
  })
  .chain(({ count, modules, eol, agent }) =>
    fc.record({
      agents: fc.tuple(...NAMES.slice(0, count).map((name) => fc.record({ working: value, checkin: stamp, files: fc.array(path, { maxLength: 3 }) }).map((a) => ({ ...agent, ...a, name })))),
      modules: fc.constant(Array.from({ length: modules }, (_, i) => ({ name: `Module${i}`, state: 'Available' }))),
      eol: fc.constant(eol)
    })
  );

type Edit = (m: Model) => Model;
const editAgent = (i: number, patch: Partial<Model['agents'][number]>): Edit => (m) => ({ ...m, agents: m.agents.map((a, k) => (k === i ? { ...a, ...patch } : a)) });
const editModule = (i: number, state: string): Edit => (m) => ({ ...m, modules: m.modules.map((x, k) => (k === i ? { ...x, state } : x)) });
const agentPatch = fc.record({ working: value, checkin: stamp, files: fc.array(path, { maxLength: 4 }) }, { requiredKeys: [] });
const moduleStateArb = fc.oneof(fc.constantFrom('Available', 'Complete'), fc.constantFrom(...NAMES).map((n) => `CLAIMED BY ${n}`));

describe('mergeClaims properties', () => {
  it('two agents editing their own sections, or two different module lines (adjacent or not): the merge is both edits', () => {
    fc.assert(
      fc.property(
        model,
        fc.nat(),
        fc.nat(),
        agentPatch,
        agentPatch,
        fc.boolean(),
        moduleStateArb,
        moduleStateArb,
        (m, x, y, pa, pb, onModules, sa, sb) => {
          const n = onModules ? m.modules.length : m.agents.length;
          const i = x % n;
          const j = (i + 1 + (y % (n - 1))) % n;
          const [ea, eb] = onModules ? [editModule(i, sa), editModule(j, sb)] : [editAgent(i, pa), editAgent(j, pb)];
          const r = mergeClaims(render(m), render(ea(m)), render(eb(m)));
          expect(r).toEqual({ text: render(eb(ea(m))), conflicts: 0 });
        }
      ),
      { numRuns: 150 }
    );
  });

  it('the same line edited differently on both sides: conflict markers with both sides, never one side alone', () => {
    fc.assert(
      fc.property(model, fc.nat(), fc.boolean(), value, value, moduleStateArb, moduleStateArb, (m, x, onModules, va, vb, sa, sb) => {
        const i = x % (onModules ? m.modules.length : m.agents.length);
        const [a, b] = onModules ? [`${sa} A`, `${sb} B`] : [`${va} A`, `${vb} B`];
        const [ea, eb] = onModules ? [editModule(i, a), editModule(i, b)] : [editAgent(i, { working: a }), editAgent(i, { working: b })];
        const ours = render(ea(m));
        const theirs = render(eb(m));
        const r = mergeClaims(render(m), ours, theirs);
        expect(r.conflicts).toBe(1);
        expect(r.text).not.toBe(ours);
        expect(r.text).not.toBe(theirs);
        const start = r.text.indexOf(`<<<<<<< ours${m.eol}`);
        const mid = r.text.indexOf(`${m.eol}=======${m.eol}`, start);
        const end = r.text.indexOf(`${m.eol}>>>>>>> theirs${m.eol}`, mid);
        expect(start >= 0 && mid > start && end > mid).toBe(true);
        expect(r.text.slice(start, mid)).toContain(a);
        expect(r.text.slice(mid, end)).toContain(b);
      }),
      { numRuns: 150 }
    );
  });

  it('never loses a side: a clean merge holds every line both sides added', () => {
    fc.assert(
      fc.property(model, fc.nat(), agentPatch, moduleStateArb, fc.nat(), (m, x, pa, sb, y) => {
        const i = x % m.agents.length;
        const k = y % m.modules.length;
        const ours = render(editAgent(i, pa)(m));
        const theirs = render(editModule(k, sb)(m));
        const r = mergeClaims(render(m), ours, theirs);
        expect(r.conflicts).toBe(0);
        const lines = new Set(r.text.split(m.eol));
        for (const l of [...ours.split(m.eol), ...theirs.split(m.eol)]) if (!render(m).split(m.eol).includes(l)) expect(lines.has(l)).toBe(true);
      }),
      { numRuns: 100 }
    );
  });
});

describe('diff3 sequences', () => {
  it('matchSequences is a longest common subsequence (checked against dynamic programming)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), (a, b) => {
        const m = matchSequences(a, b);
        let last = -1;
        let count = 0;
        m.forEach((j, i) => {
          if (j < 0) return;
          expect(a[i]).toBe(b[j]);
          expect(j).toBeGreaterThan(last);
          last = j;
          count++;
        });
        const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
        for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
        expect(count).toBe(dp[a.length]![b.length]);
      }),
      { numRuns: 300 }
    );
  });

  it('regions cover the three sequences in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }), (o, a, b) => {
        const rs = diff3(o, a, b);
        const joined = (pick: (r: (typeof rs)[number]) => [number, number], s: number[]) => rs.flatMap((r) => s.slice(...pick(r)));
        expect(joined((r) => r.base, o)).toEqual(o);
        expect(joined((r) => r.ours, a)).toEqual(a);
        expect(joined((r) => r.theirs, b)).toEqual(b);
        for (const r of rs.filter((x) => x.stable)) expect(a.slice(...r.ours)).toEqual(o.slice(...r.base));
      }),
      { numRuns: 300 }
    );
  });

  it('very different sequences give no middle matches (no unbounded search)', () => {
    const a = Array.from({ length: 3000 }, (_, i) => i);
    const b = Array.from({ length: 3000 }, (_, i) => 10_000 + i);
    expect([...matchSequences(a, b, 50)].every((j) => j === -1)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------

function status(lastUpdate: string, commit: string): string {
  const s = buildStatus({ now: lastUpdate, lastAuthor: 'A', lastAgent: null, lastCommitMessage: 'x', lastCommit: commit, ref: 'refs/heads/main', modifiedFiles: [], result: 'pass', findings: [], agents: [] });
  return serializeStatus(s);
}

describe('mergeStatus', () => {
  const base = status('2026-03-02T08:00:00Z', 'a'.repeat(40));
  const older = status('2026-03-02T09:00:00Z', 'b'.repeat(40));
  const newer = status('2026-03-02T10:00:00Z', 'c'.repeat(40));

  it('keeps the newer lastUpdate, as written, whichever side it is on', () => {
    expect(mergeStatus(base, older, newer)).toMatchObject({ text: newer, conflicts: 0, kept: 'theirs' });
    expect(mergeStatus(base, newer, older)).toMatchObject({ text: newer, conflicts: 0, kept: 'ours' });
  });

  it('on a tie keeps ours; a side changed alone wins', () => {
    const tie = status('2026-03-02T09:00:00Z', 'd'.repeat(40));
    expect(mergeStatus(base, older, tie)).toMatchObject({ text: older, kept: 'ours', conflicts: 0 });
    expect(mergeStatus(base, base, older)).toMatchObject({ text: older, kept: 'theirs' });
    expect(mergeStatus(base, older, base)).toMatchObject({ text: older, kept: 'ours' });
  });

  it('an unreadable side is a conflict with both sides between markers, saying which side', () => {
    const r = mergeStatus(base, newer, '{ "broken": ');
    expect(r.conflicts).toBe(1);
    expect(r.kept).toBe('conflict');
    expect(r.note).toContain('theirs: it is not valid JSON');
    expect(r.text).toBe(`<<<<<<< ours\n${newer}=======\n{ "broken": \n>>>>>>> theirs\n`);
  });
});
