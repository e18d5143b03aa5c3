// The "In flight" table in the job summary and the PR comment: rows capped (the rest counted), the note shown,
// hostile titles, branches and agent names escaped, and the summary still within its byte budget.
import { describe, expect, it } from '@jest/globals';
import type { Evaluation, InFlightRow } from '../../../src/engine/model.js';
import { COMMENT_MAX_CHARS, renderComment } from '../../../src/report/comment.js';
import { utf8Length } from '../../../src/report/markdown.js';
import { renderSummary } from '../../../src/report/summary.js';
import { CONTEXT, entry, finding } from '../../helpers/corpus.js';
import { markdownProblems, tableShapes } from '../../helpers/md-check.js';

const row = (i: number, over: Partial<InFlightRow> = {}): InFlightRow => ({
  pullRequest: 100 + i,
  branch: `codex/task-${i}`,
  title: `Task ${i}`,
  agent: 'ChatGPT Codex',
  draft: i % 2 === 0,
  sharedFiles: [`src/f${i}.ts`],
  claims: ['ChatGPT Codex'],
  ...over
});

const HOSTILE = row(0, {
  title: 'Fix <img src=x onerror=alert(1)> | @octocat #12 [x](http://evil.example) `tick',
  branch: 'evil/x|<script>@admin#1`',
  agent: 'Mallory <b>@admin</b> | x',
  sharedFiles: ['a|b.ts', '`weird`.md'],
  claims: ['Mallory <b>@admin</b> | x']
});

const ev = (rows: InFlightRow[], note: string | null = null): Evaluation => ({ verdict: 'warn', findings: [finding({ severity: 'warning' })], board: [entry()], inFlight: { rows, note } });

describe('the In flight table', () => {
  it('summary: PR, title, draft, agent, branch, shared files and claims; the note; every cell escaped', () => {
    const md = renderSummary(ev([HOSTILE, row(1)], '100 of 150 open pull requests read (max-pull-requests: 100)'), CONTEXT);
    expect(md).toContain('### In flight (2 open pull requests)');
    expect(md).toContain('> 100 of 150 open pull requests read \\(max-pull-requests: 100\\)');
    expect(md).toContain('| `#101` | Task 1 | — | `ChatGPT Codex` | `codex/task-1` | `src/f1.ts` | `ChatGPT Codex` |');
    expect(md).toContain('Fix &lt;img src=x onerror=alert\\(1\\)&gt; \\\\| ＠octocat ＃12');
    expect(markdownProblems(md)).toEqual([]);
    for (const t of tableShapes(md)) expect(new Set(t).size).toBe(1);
  });

  it('is left out when the radar did not run, and says so when nothing is in flight', () => {
    expect(renderSummary({ verdict: 'pass', findings: [], board: [] }, CONTEXT)).not.toContain('In flight');
    expect(renderSummary(ev([]), CONTEXT)).toContain('### In flight (none)\n\nNo other open pull request changes these files');
  });

  it('caps the rows: 50 in the summary, 10 in the comment, the rest counted', () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(i + 1));
    const summary = renderSummary(ev(rows), CONTEXT);
    expect(summary.match(/^\| `#\d+` \|/gm)).toHaveLength(50);
    expect(summary).toContain('> 10 more open pull requests: not shown.');
    const comment = renderComment(ev(rows), CONTEXT);
    expect(comment).toContain('#### In flight (60 open pull requests)');
    expect(comment.match(/^\| `#\d+` \|/gm)).toHaveLength(10);
    expect(comment).toContain('> 50 more open pull requests: see the job summary.');
    expect(markdownProblems(comment, { marker: true })).toEqual([]);
  });

  it('the summary and the comment stay within their budgets with long rows and many findings', () => {
    const long = Array.from({ length: 60 }, (_, i) => row(i, { title: '<&>'.repeat(200), branch: 'b/'.repeat(100), sharedFiles: Array.from({ length: 30 }, (_, j) => `${'d/'.repeat(60)}f${j}.ts`) }));
    const many = Array.from({ length: 2000 }, (_, i) => finding({ file: `src/file-${i}.ts`, message: 'x'.repeat(300) }));
    const md = renderSummary({ ...ev(long), findings: many }, CONTEXT, { maxBytes: 200_000 });
    expect(utf8Length(md)).toBeLessThanOrEqual(200_000);
    expect(md).toContain('### In flight (60 open pull requests)');
    expect(renderComment({ ...ev(long), findings: many }, CONTEXT).length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
  });
});
