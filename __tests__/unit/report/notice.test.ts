// The webhook notice: notify-on's vocabulary, the body (untrusted names made inert for Slack and Mattermost, exact
// values kept in `findings`), the run URL, the mentions the PR comment may write, and the docs' example payload.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { AgentConfig, Finding } from '../../../src/engine/model.js';
import { FINDING_KINDS } from '../../../src/engine/model.js';
import {
  NOTICE_MAX_FINDINGS,
  NOTICE_TEXT_FINDINGS,
  NOTIFY_ON_DEFAULT,
  buildNotice,
  chatCode,
  holderMentions,
  parseNotifyOn,
  runUrl,
  selects,
  type NoticeInput
} from '../../../src/report/notice.js';
import { CORPUS, entry, finding } from '../../helpers/corpus.js';

const input = (over: Partial<NoticeInput> = {}): NoticeInput => ({
  findings: [finding()],
  repository: 'acme/shop',
  ref: 'refs/heads/main',
  commit: '0123456789abcdef0123456789abcdef01234567',
  pullRequest: null,
  runUrl: 'https://github.com/acme/shop/actions/runs/1/attempts/1',
  verdict: 'fail',
  claimsFile: 'AI_CURRENT_WORK.md',
  board: [entry({ line: 12 })],
  ...over
});

/** What a chat client could read as live: Slack's `<…>` controls, a raw `&`, any `@`, a line break. */
function liveProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[<>]/.test(text)) problems.push('< or >');
  if (/&(?!(?:amp|lt|gt);)/.test(text)) problems.push('raw &');
  if (text.includes('@')) problems.push('@');
  return problems;
}

describe('notify-on', () => {
  it('empty is the default: errors and emergency overrides', () => {
    expect(parseNotifyOn('')).toEqual({ on: NOTIFY_ON_DEFAULT });
    expect(parseNotifyOn(' \n , ')).toEqual({ on: ['error', 'emergency-override'] });
  });

  it('takes severities and kinds, any case, separated by commas or newlines, each once', () => {
    expect(parseNotifyOn('Warning,\n CLAIM-TAMPERED , warning')).toEqual({ on: ['warning', 'claim-tampered'] });
    for (const kind of FINDING_KINDS) expect(parseNotifyOn(kind)).toEqual({ on: [kind] });
  });

  it('none selects nothing, and only alone', () => {
    expect(parseNotifyOn('none')).toEqual({ on: [] });
    expect(parseNotifyOn('NONE, none')).toEqual({ on: [] });
    expect(parseNotifyOn('none, error')).toEqual({ noneWithOthers: true });
  });

  it('names the first unknown word', () => {
    expect(parseNotifyOn('error, errors, bogus')).toEqual({ unknown: 'errors' });
    expect(parseNotifyOn('all')).toEqual({ unknown: 'all' });
  });

  it('selects by severity or by kind', () => {
    const override = finding({ kind: 'emergency-override', severity: 'warning' });
    const caution = finding({ kind: 'claim-caution', severity: 'warning' });
    expect(selects(NOTIFY_ON_DEFAULT, finding())).toBe(true);
    expect(selects(NOTIFY_ON_DEFAULT, override)).toBe(true);
    expect(selects(NOTIFY_ON_DEFAULT, caution)).toBe(false);
    expect(selects(['warning'], caution)).toBe(true);
    expect(selects([], finding())).toBe(false);
  });
});

describe('chatCode: untrusted text for Slack and Mattermost', () => {
  it.each(CORPUS.map((s) => [s.slice(0, 40), s]))('%j stays one inert code span', (_label, s) => {
    const out = chatCode(s);
    expect(out.startsWith('`') && out.endsWith('`')).toBe(true);
    const inner = out.slice(1, -1);
    expect(inner).not.toContain('`');
    expect(inner).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(liveProblems(inner)).toEqual([]);
    expect(inner.length).toBeLessThanOrEqual(120 * 6); // capped, whatever the escapes add
  });

  it('neutralises every mention form', () => {
    expect(chatCode('@channel <!here> <@U123> <!subteam^S1> @here & a')).toBe('`＠channel &lt;!here&gt; &lt;＠U123&gt; &lt;!subteam^S1&gt; ＠here &amp; a`');
    expect(chatCode(null)).toBe('(none)');
    expect(chatCode('')).toBe('(none)');
  });
});

describe('buildNotice', () => {
  it('lists the finding in text and keeps its exact values in findings, with where to look', () => {
    const body = buildNotice(input());
    expect(body.text.split('\n')).toEqual([
      'ai-sync: 1 new finding on `refs/heads/main` of `acme/shop` at `0123456` — verdict fail',
      '• ❌ error `claimed-by-other`: `src/a.ts` changed by `Claude`, claimed by `ChatGPT Codex` (`AI_CURRENT_WORK.md` line 12), commit `0123456`',
      'Run: https://github.com/acme/shop/actions/runs/1/attempts/1'
    ]);
    expect(body.findings).toEqual([
      {
        kind: 'claimed-by-other',
        severity: 'error',
        file: 'src/a.ts',
        agent: 'Claude',
        claimedBy: 'ChatGPT Codex',
        module: 'TrackingModule',
        where: { commit: '0123456789abcdef0123456789abcdef01234567', claimsFile: 'AI_CURRENT_WORK.md', line: 12, pullRequest: null, branch: null }
      }
    ]);
    expect(body).toMatchObject({ repository: 'acme/shop', ref: 'refs/heads/main', pullRequest: null, verdict: 'fail' });
  });

  it('names the pull request, an in-flight claim and an unidentified author', () => {
    const inFlight = finding({ agent: null, pullRequest: 7, branch: 'codex/x' });
    const body = buildNotice(input({ pullRequest: 12, findings: [inFlight], board: [entry({ line: 3 }), entry({ line: 30, branch: 'codex/x', pullRequest: 7 })] }));
    expect(body.text).toContain('on pull request #12 of `acme/shop`');
    expect(body.text).toContain('changed by an unidentified author, claimed by `ChatGPT Codex` (`AI_CURRENT_WORK.md` line 30), on pull request #7');
    expect(body.findings[0]?.where).toMatchObject({ line: 30, pullRequest: 7, branch: 'codex/x' });
  });

  it('no hostile name, path, ref or repository makes anything live in text; findings keep them as they are', () => {
    for (const s of CORPUS) {
      const f = finding({ file: s, agent: s, claimedBy: s, module: s, commit: s, branch: s });
      const body = buildNotice(input({ findings: [f], ref: s, repository: s, board: [entry({ name: s, line: 4 })] }));
      const lines = body.text.split('\n');
      expect(lines).toHaveLength(3);
      // Outside the code spans only our own words; inside, nothing live.
      for (const line of lines.slice(0, 2)) {
        const spans = line.split('`');
        expect(spans.length % 2).toBe(1);
        for (const span of spans) expect(liveProblems(span)).toEqual([]);
      }
      expect(body.findings[0]).toMatchObject({ file: s, agent: s, claimedBy: s, where: { branch: s } });
    }
  });

  it('at most 50 findings, most important first; text lists 10 and says how many more', () => {
    const many: Finding[] = Array.from({ length: 70 }, (_, i) => finding({ file: `f${String(i).padStart(2, '0')}.ts`, severity: i === 69 ? 'error' : 'warning', kind: i === 69 ? 'claimed-by-other' : 'claim-caution' }));
    const body = buildNotice(input({ findings: many }));
    expect(body.findings).toHaveLength(NOTICE_MAX_FINDINGS);
    expect(body.findings[0]?.file).toBe('f69.ts');
    const listed = body.text.split('\n').filter((l) => l.startsWith('• '));
    expect(listed).toHaveLength(NOTICE_TEXT_FINDINGS);
    expect(body.text).toContain(`…and ${NOTICE_MAX_FINDINGS - NOTICE_TEXT_FINDINGS} more in \`findings\` and the run.`);
  });
});

describe('runUrl', () => {
  it('builds the run page with its attempt', () => {
    expect(runUrl('https://github.com', 'acme/shop', '42', '3')).toBe('https://github.com/acme/shop/actions/runs/42/attempts/3');
    expect(runUrl('https://ghe.example.com/', 'acme/shop', '42', undefined)).toBe('https://ghe.example.com/acme/shop/actions/runs/42');
  });

  it.each([
    [undefined, 'acme/shop', '42'],
    ['javascript:alert(1)', 'acme/shop', '42'],
    ['https://u:p@github.com', 'acme/shop', '42'],
    ['https://github.com', 'acme/shop', '42<script>'],
    ['https://github.com', 'acme/shop/../x y', '42'],
    ['not a url', 'acme/shop', '42']
  ])('is null for %j %j %j', (server, repo, id) => {
    expect(runUrl(server, repo, id, '1')).toBeNull();
  });
});

describe('holderMentions', () => {
  const agents: Record<string, AgentConfig> = {
    'ChatGPT Codex': { aliases: [], branches: [], github: 'codex-owner' },
    Gemini: { aliases: [], branches: [] },
    Broken: { aliases: [], branches: [], github: 'bad login' }
  };

  it('mentions the mapped holder of a selected finding, once, matched as agent names are', () => {
    const findings = [finding(), finding({ file: 'b.ts', claimedBy: 'chatgpt  codex (backend)' }), finding({ claimedBy: 'Gemini' })];
    expect(holderMentions(findings, agents, NOTIFY_ON_DEFAULT)).toEqual([{ agent: 'ChatGPT Codex', login: 'codex-owner' }]);
  });

  it('nothing for an unselected finding, an unmapped holder, an invalid login or notify-on none', () => {
    expect(holderMentions([finding({ severity: 'warning', kind: 'claim-caution' })], agents, NOTIFY_ON_DEFAULT)).toEqual([]);
    expect(holderMentions([finding({ claimedBy: 'Gemini' })], agents, NOTIFY_ON_DEFAULT)).toEqual([]);
    expect(holderMentions([finding({ claimedBy: 'Broken' })], agents, NOTIFY_ON_DEFAULT)).toEqual([]);
    expect(holderMentions([finding({ claimedBy: '@codex-owner' })], agents, NOTIFY_ON_DEFAULT)).toEqual([]);
    expect(holderMentions([finding()], agents, [])).toEqual([]);
  });
});

describe('docs/notifications.md', () => {
  it('shows the payload buildNotice writes', () => {
    const doc = readFileSync(new URL('../../../docs/notifications.md', import.meta.url), 'utf8');
    const json = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    const shown = JSON.parse(json ?? 'null') as { findings: { file: string; kind: string; severity: string; agent: string; claimedBy: string; module: string; where: { commit: string; line: number } }[] };
    const commit = 'dec68f5cb40179d7f21fb6cc3490ffb063f5660e';
    const findings = shown.findings.map((f) => finding({ kind: f.kind as Finding['kind'], severity: f.severity as Finding['severity'], file: f.file, agent: f.agent, claimedBy: f.claimedBy, module: f.module, commit }));
    const built = buildNotice({
      findings,
      repository: 'acme/shop',
      ref: 'refs/heads/main',
      commit,
      pullRequest: null,
      runUrl: runUrl('https://github.com', 'acme/shop', '4242424242', '1'),
      verdict: 'fail',
      claimsFile: 'AI_CURRENT_WORK.md',
      board: [entry({ line: 21 })]
    });
    expect(shown).toEqual(JSON.parse(JSON.stringify(built)));
  });
});
