import type { Evaluation, Finding } from '../../../src/engine/model.js';
import { utf8Length } from '../../../src/report/markdown.js';
import { renderSummary } from '../../../src/report/summary.js';
import { CONTEXT, entry, finding } from '../../helpers/corpus.js';
import { markdownProblems, tableShapes } from '../../helpers/md-check.js';

function manyFindings(n: number, message = (i: number) => `file-${i}.ts is claimed by Codex`): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    finding({
      file: `src/file-${i}.ts`,
      severity: (['error', 'warning', 'notice'] as const)[i % 3],
      message: message(i)
    })
  );
}

describe('renderSummary', () => {
  it('shows the verdict, the context, every finding, the board and next steps', () => {
    const ev: Evaluation = { verdict: 'fail', findings: [finding()], board: [entry()] };
    const md = renderSummary(ev, { ...CONTEXT, notes: ['AI_SYNC_STATUS.json committed as abc123'], sha: 'abcdef1234567' });
    expect(md).toMatch(/^## ❌ ai-sync: fail/);
    expect(md).toContain('**Event:** `push`');
    expect(md).toContain('**Ref:** `refs/heads/main`');
    expect(md).toContain('**Commit:** `abcdef1`');
    expect(md).toContain('**Agent:** `Claude`');
    expect(md).toContain('**Changed files:** 2');
    expect(md).toContain('2025-01-31 14:05 UTC');
    expect(md).toContain('AI\\_SYNC\\_STATUS.json committed as abc123');
    expect(md).toContain('| ❌ error | `claimed-by-other` | `src/a.ts` | `Claude` | `ChatGPT Codex` | `TrackingModule` | `0123456` |');
    expect(md).toContain('| `ChatGPT Codex` | 🟢 active | Tracking | `TrackingModule` | `src/a.ts` | 2025-01-31 12:00 UTC |');
    expect(md).toContain('### What to do next');
    expect(md).toContain('2025-01-31 18:00 UTC'); // wait until staleAt
    expect(md).toContain('`EMERGENCY:`');
    expect(md).toContain('**Emergency Override**');
    expect(md.endsWith('\n')).toBe(true);
    expect(markdownProblems(md)).toEqual([]);
  });

  it.each([
    ['pass', '✅'],
    ['warn', '⚠️'],
    ['fail', '❌']
  ] as const)('heading for %s', (verdict, icon) => {
    const md = renderSummary({ verdict, findings: [], board: [] }, CONTEXT);
    expect(md.startsWith(`## ${icon} ai-sync: ${verdict}`)).toBe(true);
  });

  it('says there is nothing to do when there are no findings', () => {
    const md = renderSummary({ verdict: 'pass', findings: [], board: [entry()] }, CONTEXT);
    expect(md).toContain('No findings.');
    expect(md).toContain('Nothing to do');
  });

  it('lists every finding, most severe first', () => {
    const findings = manyFindings(800);
    const md = renderSummary({ verdict: 'fail', findings, board: [] }, CONTEXT);
    for (let i = 0; i < findings.length; i++) expect(md).toContain(`\`src/file-${i}.ts\``);
    expect(tableShapes(md)[0]).toHaveLength(802);
    const firstWarning = md.indexOf('⚠️ warning |');
    const lastError = md.lastIndexOf('❌ error |');
    const firstNotice = md.indexOf('ℹ️ notice |');
    expect(lastError).toBeLessThan(firstWarning);
    expect(md.lastIndexOf('⚠️ warning |')).toBeLessThan(firstNotice);
    expect(md).not.toContain('findings-json');
  });

  it('truncates under the 1 MiB limit with a note pointing to findings-json', () => {
    const findings = manyFindings(5000, (i) => `${i}: ` + '<@x|`'.repeat(200));
    const board = Array.from({ length: 300 }, (_, i) => entry({ name: `Agent ${i}`, files: Array.from({ length: 30 }, (_, k) => `${'d/'.repeat(60)}${k}`) }));
    const md = renderSummary({ verdict: 'fail', findings, board }, CONTEXT);
    expect(utf8Length(md)).toBeLessThanOrEqual(1_000_000);
    expect(md).toMatch(/> ⚠️ \d+ more findings are not shown here .*`findings-json`/);
    expect(md).toContain('### What to do next');
    expect(md).toContain('### Claims board');
    expect(markdownProblems(md)).toEqual([]);
    const shown = (md.match(/^\| (❌|⚠️|ℹ️) /gm) ?? []).length;
    const hidden = Number(/(\d+) more findings are not shown/.exec(md)?.[1]);
    expect(shown + hidden).toBe(5000);
    expect(shown).toBeGreaterThan(100);
  });

  it('honours a smaller byte budget', () => {
    const md = renderSummary({ verdict: 'fail', findings: manyFindings(500), board: [entry()] }, CONTEXT, { maxBytes: 20_000 });
    expect(utf8Length(md)).toBeLessThanOrEqual(20_000);
    expect(md).toContain('more findings are not shown');
    expect(md).toContain('`ChatGPT Codex`');
  });

  it('groups next steps by holder and mentions the handoff file', () => {
    const ev: Evaluation = {
      verdict: 'fail',
      findings: [
        finding({ file: 'a.ts' }),
        finding({ file: 'b.ts' }),
        finding({ kind: 'missing-handoff', severity: 'warning', file: null, claimedBy: null }),
        finding({ kind: 'uncertain-claim', severity: 'warning', claimedBy: 'Gemini', file: 'c.ts' }),
        finding({ kind: 'overlapping-claims', severity: 'warning', agent: 'Gemini', claimedBy: 'Codex', file: 'd.ts' })
      ],
      board: []
    };
    const md = renderSummary(ev, { ...CONTEXT, handoffFile: 'HANDOFF.md' });
    const steps = md.slice(md.indexOf('### What to do next')).split('\n').filter((l) => l.startsWith('- '));
    expect(steps.filter((s) => s.startsWith('- Claimed by `ChatGPT Codex`'))).toHaveLength(1);
    expect(steps.some((s) => s.includes('`a.ts`, `b.ts`'))).toBe(true);
    expect(steps.some((s) => s.includes('Add `HANDOFF.md`'))).toBe(true);
    expect(steps.some((s) => s.includes('full timestamp'))).toBe(true);
    expect(steps.some((s) => s.includes('`Gemini` and `Codex` claim `d.ts`'))).toBe(true);
  });

  it('shows non-ISO times as code and unknown agents in italics', () => {
    const md = renderSummary(
      { verdict: 'warn', findings: [finding({ agent: null, severity: 'warning' })], board: [entry({ lastCheckin: 'yesterday 22:XX' })] },
      { ...CONTEXT, agent: null, ref: null }
    );
    expect(md).toContain('**Agent:** *unknown*');
    expect(md).toContain('**Ref:** —');
    expect(md).toContain('`yesterday 22:XX`');
    expect(md).toContain('| *unknown* |');
  });
});
