// Hostile strings for names, paths, messages, branches and titles.

import type { BoardEntry, Evaluation, Finding, FindingKind, Severity } from '../../src/engine/model.js';
import type { ReportContext } from '../../src/report/context.js';
import type { StatusInput } from '../../src/report/status-file.js';

export const CORPUS: string[] = [
  '`',
  '``',
  '```',
  '```js',
  'a`b',
  '` leading',
  'trailing `',
  ' `` ',
  ' both ',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details><script>x</script><details>',
  '</summary>',
  '<!-- ai-sync:report -->',
  '<!--',
  '&lt;script&gt;',
  '&#64;octocat',
  '&#x40;octocat',
  '@octocat',
  '@org/team',
  'hi @octocat and @org/team, cc @github/security',
  'mail@example.com',
  '|',
  'a|b|c',
  '\\|',
  'a\\',
  '\\',
  '\\`',
  'line1\nline2',
  'line1\r\nline2\rline3',
  '\n\n# Heading\n\n- item\n\n| a | b |\n| - | - |',
  'tab\tsep',
  '[link](javascript:alert(1))',
  '![img](http://x)',
  '[ref]: http://evil.example',
  '<http://evil.example>',
  'https://evil.example/x',
  'www.evil.example',
  '${{ secrets.X }}',
  '$x$',
  '$$\\href{x}{y}$$',
  '$`x`$',
  'evil\u202Etxt.exe',
  '\u2066iso\u2069',
  'nul\u0000byte',
  '\u0007bell\u001b[31mred',
  '\u200E\u200F',
  '\u0085next\u2028line\u2029para',
  '\uD800 lone high',
  'lone low \uDC00',
  '👩‍💻 Agent 🤖',
  '#1',
  'org/repo#123',
  'GH-1',
  '**bold**',
  '_em_',
  '~~strike~~',
  '> quote',
  '> [!WARNING]',
  '- list',
  '+ list',
  '1. item',
  '1) item',
  '---',
  '===',
  '    indented',
  '[^1]',
  ':+1:',
  'x'.repeat(10_000),
  '`'.repeat(10_000),
  '@a'.repeat(5_000),
  '<b>'.repeat(3_000),
  '|'.repeat(10_000),
  '\u202E'.repeat(10_000),
  '\u0000'.repeat(10_000),
  'a`'.repeat(5_000)
];

/** Every finding kind. */
export const KINDS: FindingKind[] = [
  'claim-tampered',
  'invalid-claims-file',
  'claimed-by-other',
  'emergency-override',
  'missing-handoff',
  'claim-caution',
  'uncertain-claim',
  'overlapping-claims',
  'stale-claim',
  'incomplete-changes'
];
const SEVERITIES: Severity[] = ['error', 'warning', 'notice'];

export function hostileFinding(s: string, i = 0): Finding {
  return {
    kind: KINDS[i % KINDS.length] as FindingKind,
    severity: SEVERITIES[i % SEVERITIES.length] as Severity,
    file: s,
    agent: s,
    claimedBy: s,
    module: s,
    commit: s,
    checkin: s,
    age: 3,
    staleAt: i % 2 === 0 ? s : '2025-02-01T12:00:00.000Z',
    message: `${s} is claimed by ${s}`
  };
}

export function hostileEntry(s: string): BoardEntry {
  return {
    name: s,
    workingOn: s,
    module: s,
    files: [s, `${s}/x`, 'src/a.ts', ...Array.from({ length: 20 }, (_, k) => `${s}-${k}`)],
    startedAt: s,
    lastCheckin: s,
    lastSeenAt: s,
    state: 'active',
    staleAt: s
  };
}

export function hostileEvaluation(s: string): Evaluation {
  return {
    verdict: 'fail',
    findings: KINDS.map((_, i) => hostileFinding(s, i)),
    board: [hostileEntry(s), { ...hostileEntry(`${s}2`), state: 'stale' }]
  };
}

export function hostileContext(s: string): ReportContext {
  return {
    eventName: s,
    ref: s,
    agent: s,
    changedFiles: 3,
    now: '2025-01-31T14:05:00.000Z',
    claimsFile: s,
    notes: [s, `status file committed as ${s}`],
    sha: s,
    handoffFile: s
  };
}

export const CONTEXT: ReportContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  agent: 'Claude',
  changedFiles: 2,
  now: '2025-01-31T14:05:00.000Z',
  claimsFile: 'AI_CURRENT_WORK.md'
};

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    kind: 'claimed-by-other',
    severity: 'error',
    file: 'src/a.ts',
    agent: 'Claude',
    claimedBy: 'ChatGPT Codex',
    module: 'TrackingModule',
    commit: '0123456789abcdef0123456789abcdef01234567',
    checkin: '2025-01-31T12:00:00.000Z',
    age: 2,
    staleAt: '2025-01-31T18:00:00.000Z',
    message: 'src/a.ts is claimed by ChatGPT Codex',
    ...over
  };
}

export function entry(over: Partial<BoardEntry> = {}): BoardEntry {
  return {
    name: 'ChatGPT Codex',
    workingOn: 'Tracking',
    module: 'TrackingModule',
    files: ['src/a.ts'],
    startedAt: '2025-01-31T10:00:00.000Z',
    lastCheckin: '2025-01-31T12:00:00.000Z',
    lastSeenAt: '2025-01-31T12:30:00.000Z',
    state: 'active',
    staleAt: '2025-01-31T18:00:00.000Z',
    ...over
  };
}

/** A status-file input with one finding and one board entry (the base the status-file tests vary). */
export const statusInput = (over: Partial<StatusInput> = {}): StatusInput => ({
  now: '2025-01-31T14:05:00.000Z',
  lastAuthor: 'Claude',
  lastAgent: 'Claude',
  lastCommitMessage: 'feat: tracking\n\nLonger body\nAI-Agent: Claude',
  lastCommit: '0123456789abcdef0123456789abcdef01234567',
  ref: 'refs/heads/main',
  modifiedFiles: ['src/b.ts', 'src/a.ts', 'src/b.ts'],
  result: 'fail',
  findings: [finding()],
  agents: [entry()],
  ...over
});
