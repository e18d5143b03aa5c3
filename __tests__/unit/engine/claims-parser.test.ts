import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseClaims } from '../../../src/engine/claims/index.js';
import type { AgentSection, ClaimsDocument } from '../../../src/engine/model.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const claims = (name: string): string => fixture(`claims/${name}`);
// The seed's sample, verbatim: the same file `npm start` runs the action on.
const seed = (): string => readFileSync(new URL('../../../example/AI_CURRENT_WORK.md', import.meta.url), 'utf8');
const iso = (s: string): number => Date.parse(s);

function agent(doc: ClaimsDocument, name: string): AgentSection {
  const a = doc.agents.find((x) => x.name === name);
  if (!a) throw new Error(`no agent ${name} in ${doc.agents.map((x) => x.name).join(', ')}`);
  return a;
}
const files = (a: AgentSection): string[] => a.files.map((f) => f.pattern);
const warnings = (doc: ClaimsDocument): string[] =>
  doc.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}: ${d.message}`);

describe('the seed sample (verbatim, mojibake and all)', () => {
  const doc = parseClaims(seed());

  it('finds both agents and nothing to complain about', () => {
    expect(doc.agents.map((a) => a.name)).toEqual(['Claude Code', 'ChatGPT Codex']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('ChatGPT Codex is working on TrackingModule with three files', () => {
    const codex = agent(doc, 'ChatGPT Codex');
    expect(codex.workingOn).toBe('TrackingModule schema alignment');
    expect(codex.module).toBe('TrackingModule');
    expect(codex.idle).toBe(false);
    expect(files(codex)).toEqual([
      'backend/src/api/tracking/services/tracking.service.ts',
      'backend/src/api/tracking/dto/create-tracking.dto.ts',
      'backend/src/app.module.ts'
    ]);
    expect(codex.files.map((f) => f.line)).toEqual([28, 29, 30]);
    expect(codex.lastCheckin).toEqual({
      start: iso('2025-12-03T15:00:00Z'),
      end: iso('2025-12-03T15:00:00Z'),
      text: '2025-12-03 15:00:00'
    });
    expect(codex.startedAt!.start).toBe(iso('2025-12-03T14:30:00Z'));
    expect(codex.expectedCompletion).toBe('2025-12-04 (estimate)');
    expect(codex.line).toBe(21);
    expect(codex.endLine).toBe(32);
    expect(codex.body.split('\n')[0]).toBe('## ChatGPT Codex Status');
    expect(codex.body.split('\n').at(-1)).toBe('**Last Checkin:** 2025-12-03 15:00:00');
  });

  it('Claude Code is idle', () => {
    const claude = agent(doc, 'Claude Code');
    expect(claude.idle).toBe(true);
    expect(claude.workingOn).toBeNull();
    expect(claude.module).toBeNull();
    expect(claude.startedAt).toBeNull();
    expect(claude.expectedCompletion).toBeNull();
    expect(claude.files).toEqual([]);
    expect(claude.lastCheckin!.start).toBe(iso('2025-12-04T00:00:00Z'));
    expect(claude.fields['last checkin']).toEqual({ value: '2025-12-04 00:00:00', line: 17 });
  });

  it('TrackingModule is claimed by ChatGPT Codex; the rest are available or complete', () => {
    expect(doc.moduleClaims).toEqual([{ module: 'TrackingModule', agent: 'ChatGPT Codex', line: 69 }]);
    const state = Object.fromEntries(doc.modules.map((m) => [m.module, m.state]));
    expect(state).toEqual({
      AuthModule: 'complete',
      UsersModule: 'complete',
      CompaniesModule: 'complete',
      ShipmentsModule: 'complete',
      CarriersModule: 'complete',
      BillingModule: 'complete',
      RoutesModule: 'available',
      TrackingModule: 'claimed',
      AnalyticsModule: 'available'
    });
  });

  it('the Emergency Override instructions are not override entries', () => {
    expect(doc.overrides).toEqual([]);
  });

  it('reads the same in another zone, shifted', () => {
    const kolkata = parseClaims(seed(), { timezone: 'Asia/Kolkata' });
    expect(agent(kolkata, 'ChatGPT Codex').lastCheckin!.start).toBe(iso('2025-12-03T09:30:00Z'));
  });
});

describe('headings and sections', () => {
  const doc = parseClaims(claims('emoji-notes.md'));

  it('strips emoji, mojibake, emphasis and trailing decoration from agent names', () => {
    expect(doc.agents.map((a) => a.name)).toEqual(['Gemini CLI', 'Cursor Agent', 'Aider']);
    expect(agent(doc, 'Cursor Agent').line).toBe(26);
  });

  it('sections end at --- rules and at headings of the same or a higher level', () => {
    const d = parseClaims(claims('many-agents.md'));
    expect(d.agents.map((a) => [a.name, a.line, a.endLine])).toEqual([
      ['Claude Code', 5, 9],
      ['ChatGPT Codex', 11, 15],
      ['Gemini CLI', 17, 22],
      ['Cursor Agent', 24, 28]
    ]);
    // A deeper heading stays inside the section.
    expect(agent(d, 'Gemini CLI').body).toContain('Sub-headings stay inside the section.');
    // "## Project Status" describes the document, not an agent.
    expect(d.agents.some((a) => a.name === 'Project')).toBe(false);
    expect(d.diagnostics).toEqual([]);
  });

  it('any number of agents, each with its own claims', () => {
    const d = parseClaims(claims('many-agents.md'));
    expect(d.agents).toHaveLength(4);
    expect(files(agent(d, 'Cursor Agent'))).toEqual(['docs/site/**/*.mdx']);
    expect(agent(d, 'Gemini CLI').idle).toBe(true);
    expect(agent(d, 'Claude Code').lastCheckin!.start).toBe(iso('2026-08-01T10:00:00Z'));
  });

  it('a second section for the same agent (any case) is an error and is ignored', () => {
    const d = parseClaims(claims('duplicates.md'));
    expect(d.agents.map((a) => a.name)).toEqual(['Claude Code', 'ChatGPT Codex']);
    expect(files(agent(d, 'Claude Code'))).toEqual(['cache/warm.ts']);
    const errors = d.diagnostics.filter((x) => x.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(23);
    expect(errors[0]!.message).toMatch(/second status section for agent "CLAUDE CODE".*line 3/);
  });

  it('headings that are not agent sections', () => {
    const d = parseClaims(
      [
        '## Status',
        '**Currently Working On:** nothing',
        '## 📋 Coordination Rules',
        '**Module:** X',
        '# Claude Code Status',
        '**Module:** level one is the title',
        '### Check Sync Status',
        '```bash',
        'grep Status AI_CURRENT_WORK.md',
        '```',
        '## Substatus',
        '**Module:** Y'
      ].join('\n')
    );
    expect(d.agents).toEqual([]);
    expect(d.diagnostics).toEqual([{ severity: 'warning', line: 0, message: expect.stringMatching(/no agent status sections found/) }]);
  });

  it('a trailing parenthetical on the heading is a note', () => {
    const d = parseClaims('## Codex Status (updated hourly)\n**Currently Working On:** Tests\n');
    expect(d.agents.map((a) => a.name)).toEqual(['Codex']);
  });

  it('body: the section lines as written, trailing blanks trimmed', () => {
    const d = parseClaims(claims('duplicates.md'));
    expect(agent(d, 'ChatGPT Codex').body).toBe(
      [
        '## ChatGPT Codex Status',
        '',
        '**Currently Working On:** None',
        '**Files Being Modified:**',
        '- None',
        '',
        '**Last Checkin:** 2026-04-04 12:30'
      ].join('\n')
    );
  });
});

describe('fields', () => {
  it('list-item fields, case variants, Check-in spellings, colon outside the bold, plain labels', () => {
    const d = parseClaims(claims('field-variants.md'));
    expect(d.agents.map((a) => a.name)).toEqual(['claude code', 'Devin', 'Copilot']);

    const claude = agent(d, 'claude code');
    expect(claude.workingOn).toBe('Invoice PDF layout');
    expect(claude.module).toBe('Invoicing');
    expect(claude.startedAt!.start).toBe(iso('2026-03-01T08:00:00Z'));
    expect(files(claude)).toEqual(['invoicing/pdf/layout.ts', 'invoicing/pdf/fonts.ts']);
    expect(claude.lastCheckin!.start).toBe(iso('2026-03-01T09:45:00Z'));
    expect(claude.fields['reviewer']).toEqual({ value: 'nobody yet', line: 12 });
    expect(Object.keys(claude.fields)).toEqual([
      'currently working on',
      'module',
      'started at',
      'files being modified',
      'last checkin',
      'reviewer'
    ]);

    const devin = agent(d, 'Devin');
    expect(devin.module).toBe('Search');
    expect(files(devin)).toEqual(['search/indexer.ts', 'search/schema.ts']);
    expect(devin.lastCheckin!.start).toBe(iso('2026-03-01T09:00:00Z'));
    expect(devin.status).toBe('blocked on credentials');

    const copilot = agent(d, 'Copilot');
    expect(copilot.idle).toBe(true);
    expect(copilot.module).toBeNull();
    expect(copilot.lastCheckin).toBeNull();
  });

  it('a repeated field keeps the first value and warns', () => {
    const d = parseClaims(claims('field-variants.md'));
    expect(warnings(d)).toEqual([expect.stringMatching(/^21: field "Last {2}CHECK IN" of Devin appears again \(first at line 19\)/)]);
  });

  it('labels that are Object.prototype names are plain fields', () => {
    const d = parseClaims('## A Status\n**Constructor:** x\n**toString:** y\n**Module:** M\n');
    expect(agent(d, 'A').fields['constructor']).toEqual({ value: 'x', line: 2 });
    expect(agent(d, 'A').fields['tostring']).toEqual({ value: 'y', line: 3 });
    expect(d.diagnostics).toEqual([]);
  });

  it('an unreadable time warns; N/A and never do not', () => {
    const d = parseClaims(claims('non-path.md'));
    const claude = agent(d, 'Claude Code');
    expect(claude.lastCheckin).toBeNull();
    expect(claude.startedAt).toBeNull();
    expect(warnings(d)).toContainEqual(expect.stringMatching(/^13: could not read "yesterday afternoon" as a time for Last Checkin — expected/));
    expect(warnings(d).some((w) => w.startsWith('14:'))).toBe(false);
  });

  it('date-only and "(now)" check-ins span the day; "(per …)" notes are dropped', () => {
    const d = parseClaims(claims('emoji-notes.md'));
    const gemini = agent(d, 'Gemini CLI');
    expect(gemini.lastCheckin).toEqual({
      start: iso('2026-01-12T00:00:00Z'),
      end: iso('2026-01-12T23:59:59.999Z'),
      text: '2026-01-12'
    });
    expect(gemini.startedAt!.end - gemini.startedAt!.start).toBe(86_400_000 - 1);
    const cursor = agent(d, 'Cursor Agent');
    expect(cursor.lastCheckin).toEqual({
      start: iso('2026-01-11T17:40:00Z'),
      end: iso('2026-01-11T17:40:00Z'),
      text: '2026-01-11 17:40:00'
    });
    expect(agent(d, 'Aider').lastCheckin!.text).toBe('2026-01-10 08:00 UTC');
  });

  it('module and working-on values: None/N/A/- are null, backticks stripped from the module', () => {
    const d = parseClaims(claims('emoji-notes.md'));
    expect(agent(d, 'Gemini CLI').module).toBe('LedgerModule');
    expect(agent(d, 'Aider').workingOn).toBeNull();
    expect(agent(d, 'Aider').idle).toBe(true);
  });
});

describe('Files Being Modified', () => {
  it('paths with notes, backticks, ./, directories, globs, bold, bare file names, any list marker', () => {
    const d = parseClaims(claims('emoji-notes.md'));
    expect(files(agent(d, 'Gemini CLI'))).toEqual([
      'services/ledger/src/export.ts',
      'services/ledger/src/export.test.ts',
      'services/ledger/README.md',
      'services/ledger/src/index.ts',
      'services/ledger/fixtures/',
      'services/ledger/src/**/*.sql',
      'services/ledger/package.json',
      'Makefile'
    ]);
    expect(agent(d, 'Gemini CLI').files[0]).toEqual({ pattern: 'services/ledger/src/export.ts', line: 13 });
    expect(files(agent(d, 'Cursor Agent'))).toEqual(['web/src/theme/tokens.ts', 'web/src/theme/toggle.tsx', 'web/src/app.css']);
    expect(d.diagnostics).toEqual([]);
  });

  it('"None." and "- None" mean nothing, but live entries after them count', () => {
    const d = parseClaims(claims('none-then-live.md'));
    expect(files(agent(d, 'Claude Code'))).toEqual(['workers/webhooks/retry.ts', 'workers/webhooks/backoff.ts']);
    const codex = agent(d, 'ChatGPT Codex');
    expect(files(codex)).toEqual(['api/routes/health.ts', 'api/routes/ready.ts']);
    expect(codex.workingOn).toBeNull();
    expect(codex.idle).toBe(false); // not working on anything, but files are listed
    expect(d.diagnostics).toEqual([]);
  });

  it('comma-separated values on the field line', () => {
    const d = parseClaims('## A Status\n**Files Being Modified:** `a.ts`, b/c.ts (note, with comma), d/\n');
    expect(files(agent(d, 'A'))).toEqual(['a.ts', 'b/c.ts', 'd/']);
  });

  it('text that is not a path is a warning with its line, and ignored', () => {
    const d = parseClaims(claims('non-path.md'));
    expect(files(agent(d, 'Claude Code'))).toEqual(['scripts/cleanup.sh', 'lib/util.ts', 'lib/strings.ts']);
    const w = warnings(d);
    expect(w).toContainEqual(expect.stringMatching(/^8: "Whatever the other AI leaves behind" under Files Being Modified of Claude Code does not look like a path; ignored — expected a path/));
    expect(w).toContainEqual(expect.stringMatching(/^9: "https:\/\/example.com\/some\/page"/));
    expect(w).toContainEqual(expect.stringMatching(/^10: "\[TBD\]"/));
  });

  it('the list ends at a blank line followed by prose, or at the next field', () => {
    const d = parseClaims(
      [
        '## A Status',
        '**Files Being Modified:**',
        '- a/one.ts',
        'a/two.ts',
        '',
        'Some prose after the list.',
        '- a/not-a-claim.ts',
        '**Module:** X',
        '- a/also-not.ts'
      ].join('\n')
    );
    expect(files(agent(d, 'A'))).toEqual(['a/one.ts', 'a/two.ts']);
  });

  it('glued notes and line references are cut; parentheses inside a path are kept', () => {
    const d = parseClaims(
      '## A Status\n**Files Being Modified:**\n- src/app.module.ts(re-enable)\n- web/app/(auth)/page.tsx\n- lib/x.ts:42\n- lib/y.ts#L3-L9\n'
    );
    expect(files(agent(d, 'A'))).toEqual(['src/app.module.ts', 'web/app/(auth)/page.tsx', 'lib/x.ts', 'lib/y.ts']);
  });

  it('duplicates are listed once; Windows separators and a leading / are normalised', () => {
    const d = parseClaims('## A Status\n**Files Being Modified:**\n- src\\a.ts\n- /src/a.ts\n- ./src/a.ts\n- src/b.ts\n');
    expect(files(agent(d, 'A'))).toEqual(['src/a.ts', 'src/b.ts']);
  });
});

describe('module lists', () => {
  const doc = parseClaims(claims('modules.md'));

  it('claims in both shapes: decorated name, bold name, em dash, backticks; agent without its notes', () => {
    expect(doc.moduleClaims).toEqual([
      { module: 'ReportsModule', agent: 'Claude Code', line: 15 },
      { module: 'InventoryModule', agent: 'ChatGPT Codex', line: 16 },
      { module: 'NotificationsModule', agent: 'Gemini CLI', line: 17 },
      { module: 'PricingModule', agent: 'Aider', line: 18 }
    ]);
  });

  it('available / complete listings, from markers or from a short heading', () => {
    expect(doc.modules.map((m) => [m.module, m.state, m.line])).toEqual([
      ['ReportsModule', 'claimed', 15],
      ['InventoryModule', 'claimed', 16],
      ['NotificationsModule', 'claimed', 17],
      ['PricingModule', 'claimed', 18],
      ['ExportsModule', 'available', 19],
      ['AccountsModule', 'complete', 20],
      ['LegacyModule', 'complete', 21],
      ['SchedulerModule', 'other', 22],
      ['BillingCore', 'complete', 26],
      ['SearchModule', 'available', 30]
    ]);
  });

  it('sentences are not modules ("do not touch anything claimed by the other agents")', () => {
    expect(doc.modules.some((m) => /touch|Keep|Email/.test(m.module))).toBe(false);
  });

  it('module lines inside agent sections are not listings', () => {
    const d = parseClaims('## A Status\n**Module:** X\n- FooModule - CLAIMED BY A\n');
    expect(d.moduleClaims).toEqual([]);
  });

  it('"X claimed by Y" without a separator only for a one-word name', () => {
    const d = parseClaims('- TrackingModule CLAIMED BY Codex\n- never edit files claimed by others\n');
    expect(d.moduleClaims).toEqual([{ module: 'TrackingModule', agent: 'Codex', line: 1 }]);
  });
});

describe('code fences and comments', () => {
  it('templates inside ``` and ~~~ fences (even nested ones) and HTML comments are never data', () => {
    const d = parseClaims(claims('templates-in-fences.md'));
    expect(d.agents.map((a) => a.name)).toEqual(['Gemini CLI']);
    expect(d.overrides).toEqual([]);
    // Only the claim written after a one-line comment counts.
    expect(d.moduleClaims).toEqual([{ module: 'VisibleModule', agent: 'Gemini CLI', line: 54 }]);
    expect(d.diagnostics).toEqual([]);
  });

  it('an unclosed fence is reported at its opening line; the sections it swallows are named and read as uncertain', () => {
    const d = parseClaims(claims('unclosed-fence.md'));
    expect(d.agents.map((a) => a.name)).toEqual(['Claude Code', 'ChatGPT Codex']);
    expect(d.agents[0]!.uncertain).toBeUndefined();
    expect(d.agents[1]!.uncertain).toBe('it is hidden by a comment or code fence left open at line 14');
    expect(d.agents[1]!.files.map((f) => f.pattern)).toEqual(['log/sink.ts']);
    expect(warnings(d)).toEqual([expect.stringMatching(/^14: code fence ``` opened here is never closed; the lines after it are read anyway/)]);
    expect(d.unreadable).toEqual([
      expect.objectContaining({ line: 14, hides: ['ChatGPT Codex'], expected: 'a closing ```', found: expect.stringContaining('it hides the claims of ChatGPT Codex') })
    ]);
  });

  it('an unclosed HTML comment too', () => {
    const d = parseClaims('## A Status\n**Module:** X\n<!-- begin\n## B Status\n**Module:** Y\n');
    expect(d.agents.map((a) => a.name)).toEqual(['A', 'B']);
    expect(warnings(d)).toEqual([expect.stringMatching(/^3: HTML comment <!-- opened here is never closed/)]);
    expect(d.unreadable?.map((u) => [u.line, u.hides])).toEqual([[3, ['B']]]);
  });

  it('a closing fence must use the same character and be at least as long', () => {
    const d = parseClaims('````\n```\n## A Status\n**Module:** X\n~~~~\n````\n## B Status\n**Module:** Y\n');
    expect(d.agents.map((a) => a.name)).toEqual(['B']);
  });

  it('inline code with triple backticks is not a fence', () => {
    const d = parseClaims('Use ```code``` inline.\n```js```\n## A Status\n**Module:** X\n');
    expect(d.agents.map((a) => a.name)).toEqual(['A']);
  });
});

describe('emergency overrides', () => {
  const doc = parseClaims(claims('overrides.md'));

  it('heading shape: date and name from the heading, fields below it', () => {
    expect(doc.overrides[0]).toEqual({
      line: 15,
      endLine: 19,
      date: { start: iso('2026-06-10T14:20:00Z'), end: iso('2026-06-10T14:20:00Z'), text: '2026-06-10 14:20 UTC' },
      by: 'ChatGPT Codex',
      module: 'CheckoutModule',
      originalOwner: 'Claude Code',
      reason: 'Production outage: totals rounded wrong',
      lines: [
        '### Emergency Override - 2026-06-10 14:20 UTC - ChatGPT Codex',
        '- **Module:** CheckoutModule',
        '- **Original Owner:** Claude Code',
        '- **Reason:** Production outage: totals rounded wrong',
        '- **Action Taken:** Patched shop/checkout/totals.ts only'
      ]
    });
  });

  it('an unfilled template heading is a warning, not an override', () => {
    expect(warnings(doc)).toEqual([expect.stringMatching(/^21: emergency override heading .*unfilled template/)]);
    expect(doc.overrides.some((o) => o.line === 21)).toBe(false);
  });

  it('list shape: dated items under an Emergency Override heading, with their sub-lines', () => {
    const [, second, third] = doc.overrides;
    expect(second).toEqual({
      line: 28,
      endLine: 30,
      date: { start: iso('2026-06-11T00:00:00Z'), end: iso('2026-06-11T23:59:59.999Z'), text: '2026-06-11' },
      by: 'Gemini CLI',
      module: 'CheckoutModule',
      originalOwner: 'Claude Code',
      reason: 'CheckoutModule hotfix in shop/checkout/tax.ts',
      lines: [
        '- 2026-06-11 Gemini CLI: CheckoutModule hotfix in shop/checkout/tax.ts',
        '  - **Original Owner:** Claude Code',
        '  - Reverted once the owner was back.'
      ]
    });
    expect(third).toMatchObject({
      line: 31,
      endLine: 31,
      by: 'Aider',
      module: null,
      reason: 'bumped shop/checkout/package.json for a CVE'
    });
  });

  it('undated advice under the heading is not an entry; an em-dash heading with a blank line is', () => {
    expect(doc.overrides).toHaveLength(4);
    expect(doc.overrides[3]).toMatchObject({
      line: 36,
      endLine: 39,
      by: 'Cursor Agent',
      module: 'BuildModule',
      reason: 'Broken build on main'
    });
    expect(doc.overrides[3]!.date!.text).toBe('2026-06-13');
  });

  it('the agent section before the overrides is unaffected', () => {
    expect(files(agent(doc, 'Claude Code'))).toEqual(['shop/checkout/']);
  });

  it('Date and By fields when the heading has no date', () => {
    const d = parseClaims('## Emergency Overrides\n### 2026-01-02 - Codex\n- **Module:** Billing\n- **Reason:** outage\n');
    expect(d.overrides).toHaveLength(1);
    expect(d.overrides[0]).toMatchObject({ by: 'Codex', module: 'Billing', reason: 'outage' });
    const e = parseClaims('### Emergency Override - urgent\n- **Date:** 2026-01-03\n- **By:** Claude Code\n');
    expect(e.overrides[0]).toMatchObject({ by: 'urgent' });
    expect(e.overrides[0]!.date!.text).toBe('2026-01-03');
  });
});

describe('line endings', () => {
  it('CRLF files read exactly like LF files, bodies normalised', () => {
    const lf = claims('many-agents.md');
    const crlf = lf.replace(/\r?\n/g, '\r\n');
    const cr = lf.replace(/\r?\n/g, '\r');
    expect(parseClaims(crlf)).toEqual(parseClaims(lf));
    expect(parseClaims(cr)).toEqual(parseClaims(lf));
    for (const a of parseClaims(crlf).agents) expect(a.body).not.toContain('\r');
  });

  it('the CRLF fixture', () => {
    const text = claims('crlf.md').replace(/\r?\n/g, '\r\n');
    const d = parseClaims(text);
    expect(files(agent(d, 'Claude Code'))).toEqual(['installer/setup.ps1', 'installer/README.md']);
    expect(agent(d, 'Claude Code').lastCheckin!.start).toBe(iso('2026-10-01T12:00:00Z'));
    expect(d.moduleClaims).toEqual([{ module: 'InstallerModule', agent: 'Claude Code', line: 16 }]);
    expect(d.diagnostics).toEqual([]);
  });
});

describe('garbage in', () => {
  it('no sections at all', () => {
    expect(parseClaims('').diagnostics).toEqual([
      { severity: 'warning', line: 0, message: expect.stringMatching(/no agent status sections found/) }
    ]);
    expect(parseClaims('just some text\n- and a list').agents).toEqual([]);
  });

  it('binary data with NUL bytes', () => {
    const bin = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const d = parseClaims(bin + '\n## A Status\n**Module:** X\n');
    expect(d.diagnostics.some((x) => /NUL/.test(x.message))).toBe(true);
    expect(d.agents.map((a) => a.name)).toEqual(['A']);
  });

  it('a 1 MB single line is skipped with a warning', () => {
    const d = parseClaims('x'.repeat(1_000_000));
    expect(warnings(d)).toContainEqual(expect.stringMatching(/^1: line is 1000000 characters long/));
  });

  it('long lines inside a section are skipped without losing the rest', () => {
    const d = parseClaims(`## A Status\n**Files Being Modified:**\n- ${'a/'.repeat(6000)}x.ts\n- b/ok.ts\n`);
    expect(files(agent(d, 'A'))).toEqual(['b/ok.ts']);
    expect(warnings(d)).toContainEqual(expect.stringMatching(/^3: line is \d+ characters long/));
  });

  it('an invalid time zone option is a warning and UTC is used', () => {
    const d = parseClaims('## A Status\n**Last Checkin:** 2026-01-01 10:00\n', { timezone: 'Nowhere/Land' });
    expect(d.diagnostics[0]).toMatchObject({ severity: 'warning', line: 0 });
    expect(agent(d, 'A').lastCheckin!.start).toBe(iso('2026-01-01T10:00:00Z'));
  });
});
