import type { Evaluation, Finding } from '../../../src/engine/model.js';
import {
  COMMENT_MARKER,
  isOwnComment,
  renderComment,
  renderResolvedComment
} from '../../../src/report/comment.js';
import { CONTEXT, entry, finding, hostileEntry } from '../../helpers/corpus.js';
import { markdownProblems, tableShapes } from '../../helpers/md-check.js';

describe('renderComment', () => {
  const ev: Evaluation = {
    verdict: 'fail',
    findings: [finding(), finding({ kind: 'stale-claim', severity: 'notice', claimedBy: 'Gemini', file: 'x.md' })],
    board: [entry(), entry({ name: 'Gemini', state: 'stale' }), entry({ name: 'Unrelated' })]
  };

  it('starts with the marker and shows verdict, findings, involved agents and next steps', () => {
    const md = renderComment(ev, CONTEXT);
    expect(md.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(md).toContain('❌ ai-sync: fail');
    expect(md).toContain('| ❌ error | `claimed-by-other` | `src/a.ts` | `Claude` | `ChatGPT Codex` |');
    expect(md).toContain('<summary>Agents involved (2)</summary>');
    expect(md).toContain('| `Gemini` | ⚪ stale |');
    expect(md).not.toContain('Unrelated');
    expect(md).toContain('#### What to do next');
    expect(markdownProblems(md, { marker: true })).toEqual([]);
  });

  it('stays within 65,536 characters with 5,000 findings and says how many are left out', () => {
    const findings: Finding[] = Array.from({ length: 5000 }, (_, i) =>
      finding({ file: `src/${'deep/'.repeat(40)}${i}.ts`, message: `${i} ` + '@x <b> | `'.repeat(100) })
    );
    const board = Array.from({ length: 50 }, (_, i) => hostileEntry(`Agent ${i} ${'`|<@'.repeat(100)}`));
    const md = renderComment({ verdict: 'fail', findings, board }, { ...CONTEXT, notes: Array(50).fill('n'.repeat(5000)) });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toMatch(/> \d+ more findings: see the job summary or the `findings-json` output\./);
    const shown = (md.match(/^\| ❌ error \|/gm) ?? []).length;
    const hidden = Number(/> (\d+) more findings/.exec(md)?.[1]);
    expect(shown + hidden).toBe(5000);
    expect(shown).toBeGreaterThan(20);
    expect(markdownProblems(md, { marker: true })).toEqual([]);
    for (const shape of tableShapes(md)) expect(new Set(shape).size).toBe(1);
  });

  it('stays within the limit whatever the sizes (worst case values everywhere)', () => {
    const huge = '`'.repeat(10_000) + '\u202E'.repeat(10_000);
    const findings = Array.from({ length: 2000 }, () =>
      finding({ file: huge, agent: huge, claimedBy: huge, module: huge, message: huge, commit: huge })
    );
    const board = Array.from({ length: 100 }, () => hostileEntry(huge));
    const md = renderComment({ verdict: 'fail', findings, board }, { ...CONTEXT, agent: huge, ref: huge, notes: [huge] });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(markdownProblems(md, { marker: true })).toEqual([]);
  });
});

describe('renderResolvedComment', () => {
  it('is the marker and a short resolved note with the sha and time', () => {
    const md = renderResolvedComment({ ...CONTEXT, sha: '89abcdef0123', previousFindings: 4 });
    expect(md.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(md).toContain('✅ ai-sync: resolved');
    expect(md).toContain('`89abcde`');
    expect(md).toContain('2025-01-31 14:05 UTC');
    expect(md).toContain('The 4 findings reported earlier are resolved.');
    expect(markdownProblems(md, { marker: true })).toEqual([]);
  });

  it('works without a sha or previous count', () => {
    const md = renderResolvedComment(CONTEXT);
    expect(md).toContain('as of `refs/heads/main`');
    expect(md).not.toContain('reported earlier');
    expect(renderResolvedComment({ ...CONTEXT, previousFindings: 1 })).toContain('The 1 finding reported earlier is resolved.');
  });
});

describe('isOwnComment', () => {
  const body = renderComment({ verdict: 'pass', findings: [], board: [] }, CONTEXT);
  const bot = { login: 'github-actions[bot]' };

  it.each([
    ['our body, bot login, same viewer', { body, user: bot }, 'github-actions[bot]', true],
    ['bot login vs github-actions viewer', { body, user: bot }, 'github-actions', true],
    ['case differs', { body, user: { login: 'GitHub-Actions[bot]' } }, 'github-actions', true],
    ['an app bot', { body, user: { login: 'my-sync-app[bot]' } }, 'my-sync-app', true],
    ['a PAT user', { body, user: { login: 'ci-user' } }, 'ci-user', true],
    ['another bot with the marker', { body, user: { login: 'dependabot[bot]' } }, 'github-actions[bot]', false],
    ['a human with the marker', { body, user: { login: 'octocat' } }, 'github-actions[bot]', false],
    ['marker quoted by a user', { body: `> ${COMMENT_MARKER}\n> old report`, user: bot }, 'github-actions[bot]', false],
    ['marker mid-body', { body: `Look at this:\n${COMMENT_MARKER}`, user: bot }, 'github-actions[bot]', false],
    ['marker after a space', { body: ` ${COMMENT_MARKER}`, user: bot }, 'github-actions[bot]', false],
    ['similar marker', { body: '<!-- ai-sync:report-old -->', user: bot }, 'github-actions[bot]', false],
    ['no body', { body: null, user: bot }, 'github-actions[bot]', false],
    ['undefined body', { user: bot }, 'github-actions[bot]', false],
    ['no user', { body, user: null }, 'github-actions[bot]', false],
    ['empty viewer', { body, user: { login: '[bot]' } }, '', false]
  ])('%s', (_label, comment, viewer, expected) => {
    expect(isOwnComment(comment, viewer)).toBe(expected);
  });
});
