import { describe, expect, it } from '@jest/globals';
import { evaluate, buildBoard } from '../../../src/engine/judge/evaluate.js';
import { defaultConfig } from '../../../src/engine/config/index.js';
import type {
  AgentSection,
  ChangeCommit,
  ChangedFile,
  ClaimsDocument,
  Config,
  EmergencyOverride,
  EvaluationInput,
  FindingKind,
  TimeInterval
} from '../../../src/engine/model.js';

// Claims documents are built by hand here so the evaluation is tested apart from the parser.
const T0 = Date.parse('2025-12-03T15:00:00Z');
const H = 3_600_000;
const exact = (ms: number): TimeInterval => ({ start: ms, end: ms, text: new Date(ms).toISOString() });
const day = (date: string): TimeInterval => ({
  start: Date.parse(`${date}T00:00:00Z`),
  end: Date.parse(`${date}T23:59:59.999Z`),
  text: date
});

interface SectionSpec {
  files?: string[];
  module?: string | null;
  checkin?: TimeInterval | null;
  idle?: boolean;
  body?: string;
}
function section(name: string, spec: SectionSpec = {}): AgentSection {
  const idle = spec.idle ?? (!spec.files?.length && !spec.module);
  return {
    name,
    line: 1,
    endLine: 10,
    body: spec.body ?? `## ${name} Status\n${(spec.files ?? []).join('\n')}`,
    workingOn: idle ? null : 'work',
    module: spec.module ?? null,
    startedAt: null,
    expectedCompletion: null,
    lastCheckin: spec.checkin === undefined ? exact(T0) : spec.checkin,
    status: null,
    files: (spec.files ?? []).map((pattern, i) => ({ pattern, line: 5 + i })),
    fields: {},
    idle
  };
}
function doc(agents: AgentSection[], extra: Partial<ClaimsDocument> = {}): ClaimsDocument {
  return { agents, moduleClaims: [], modules: [], overrides: [], diagnostics: [], ...extra };
}
const modified = (path: string): ChangedFile => ({ path, status: 'modified' });
function commit(agent: string | null, files: ChangedFile[], message = 'feat: work', sha = 'c1'): ChangeCommit {
  return {
    sha,
    message,
    identity: agent ? { agent, rule: 'trailer', evidence: `AI-Agent: ${agent}` } : { agent: null, rule: 'unknown', evidence: '' },
    files
  };
}
function input(over: Partial<EvaluationInput> & { claimsAfter: ClaimsDocument }): EvaluationInput {
  return {
    commits: [],
    claimsBefore: over.claimsAfter,
    config: defaultConfig(),
    now: T0 + H,
    lastSeen: {},
    files: { claims: 'AI_CURRENT_WORK.md', status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' },
    ...over
  };
}
const codexClaims = (spec: SectionSpec = {}): ClaimsDocument =>
  doc([section('Claude Code', { idle: true }), section('ChatGPT Codex', { files: ['backend/src/app.module.ts'], module: 'TrackingModule', ...spec })]);
const config = (over: Partial<Config>): Config => ({ ...defaultConfig(), ...over });

describe('age thresholds', () => {
  const cases: [string, number, FindingKind, string][] = [
    ['1 h → active', 1 * H, 'claimed-by-other', 'error'],
    ['just under 2 h → active', 2 * H - 1, 'claimed-by-other', 'error'],
    ['exactly 2 h → caution', 2 * H, 'claim-caution', 'warning'],
    ['3 h → caution', 3 * H, 'claim-caution', 'warning'],
    ['just under 4 h → caution', 4 * H - 1, 'claim-caution', 'warning'],
    ['exactly 4 h → stale', 4 * H, 'stale-claim', 'notice'],
    ['5 h → stale', 5 * H, 'stale-claim', 'notice']
  ];
  it.each(cases)('%s', (_name, age, kind, severity) => {
    const claims = codexClaims();
    const ev = evaluate(input({ claimsAfter: claims, now: T0 + age, commits: [commit('Claude Code', [modified('backend/src/app.module.ts')])] }));
    expect(ev.findings).toHaveLength(1);
    expect(ev.findings[0]).toMatchObject({ kind, severity, file: 'backend/src/app.module.ts', agent: 'Claude Code', claimedBy: 'ChatGPT Codex', commit: 'c1' });
    expect(ev.verdict).toBe(severity === 'error' ? 'fail' : severity === 'warning' ? 'warn' : 'pass');
    expect(ev.findings[0]?.staleAt).toBe('2025-12-03T19:00:00Z');
    expect(ev.findings[0]?.age).toBeCloseTo(age / H, 2);
  });

  it('honours configured thresholds', () => {
    const ev = evaluate(input({ claimsAfter: codexClaims(), now: T0 + 3 * H, config: config({ activeHours: 6, staleHours: 8 }), commits: [commit('Claude Code', [modified('backend/src/app.module.ts')])] }));
    expect(ev.findings[0]?.kind).toBe('claimed-by-other');
  });
});

describe('intervals and liveness', () => {
  it('a date-only check-in that straddles a threshold is uncertain', () => {
    // 2025-12-03 (whole day) judged at 2025-12-04 01:00: between 1 h and 25 h ago.
    const claims = codexClaims({ checkin: day('2025-12-03') });
    const ev = evaluate(input({ claimsAfter: claims, now: Date.parse('2025-12-04T01:00:00Z'), commits: [commit('Claude Code', [modified('backend/src/app.module.ts')])] }));
    expect(ev.findings[0]).toMatchObject({ kind: 'uncertain-claim', severity: 'warning' });
    expect(ev.verdict).toBe('warn');
  });
  it('a date-only check-in wholly older than stale-hours is stale', () => {
    const claims = codexClaims({ checkin: day('2025-12-01') });
    const ev = evaluate(input({ claimsAfter: claims, now: Date.parse('2025-12-04T01:00:00Z'), commits: [commit('Claude Code', [modified('backend/src/app.module.ts')])] }));
    expect(ev.findings[0]).toMatchObject({ kind: 'stale-claim', severity: 'notice' });
  });
  it('no check-in and no activity is uncertain', () => {
    const ev = evaluate(input({ claimsAfter: codexClaims({ checkin: null }), commits: [commit('Claude Code', [modified('backend/src/app.module.ts')])] }));
    expect(ev.findings[0]).toMatchObject({ kind: 'uncertain-claim', staleAt: null, age: null });
  });
  it('observed activity later than the check-in keeps a claim active', () => {
    const ev = evaluate(input({
      claimsAfter: codexClaims(),
      now: T0 + 5 * H,
      lastSeen: { 'chatgpt codex': new Date(T0 + 4 * H).toISOString() },
      commits: [commit('Claude Code', [modified('backend/src/app.module.ts')])]
    }));
    expect(ev.findings[0]).toMatchObject({ kind: 'claimed-by-other', age: 1 });
  });
  it('observed activity rescues a claim with no readable check-in', () => {
    const ev = evaluate(input({
      claimsAfter: codexClaims({ checkin: null }),
      lastSeen: { 'ChatGPT Codex': new Date(T0).toISOString() },
      commits: [commit('Claude Code', [modified('backend/src/app.module.ts')])]
    }));
    expect(ev.findings[0]?.kind).toBe('claimed-by-other');
  });
});

describe('which claims count', () => {
  it('touching your own or unclaimed files is fine', () => {
    const ev = evaluate(input({ claimsAfter: codexClaims(), commits: [commit('ChatGPT Codex', [modified('backend/src/app.module.ts')]), commit('Claude Code', [modified('README.md')], 'docs', 'c2')] }));
    expect(ev.findings).toEqual([]);
    expect(ev.verdict).toBe('pass');
  });
  it('your own claim does not shield a file another agent also claims', () => {
    const claims = doc([section('Claude Code', { files: ['shared.ts'] }), section('ChatGPT Codex', { files: ['shared.ts'] })]);
    const ev = evaluate(input({ claimsAfter: claims, commits: [commit('Claude Code', [modified('shared.ts')])] }));
    expect(ev.findings.map((f) => [f.kind, f.claimedBy])).toEqual([
      ['claimed-by-other', 'ChatGPT Codex'],
      ['overlapping-claims', 'Claude Code, ChatGPT Codex']
    ]);
  });
  it('renames check both paths and deletions count', () => {
    const claims = doc([section('ChatGPT Codex', { files: ['old/name.ts', 'gone.ts'] })]);
    const ev = evaluate(input({
      claimsAfter: claims,
      commits: [commit('Claude Code', [{ path: 'new/name.ts', previousPath: 'old/name.ts', status: 'renamed' }, { path: 'gone.ts', status: 'removed' }])]
    }));
    expect(ev.findings.map((f) => f.file).sort()).toEqual(['gone.ts', 'old/name.ts']);
  });
  it('directories and globs claim what is below them', () => {
    const claims = doc([section('ChatGPT Codex', { files: ['backend/src/api/tracking/', 'src/**/*.ts'] })]);
    const ev = evaluate(input({ claimsAfter: claims, commits: [commit('Claude Code', [modified('backend/src/api/tracking/dto/x.ts'), modified('src/a/b.ts'), modified('src/a/b.js')])] }));
    expect(ev.findings.map((f) => f.file).sort()).toEqual(['backend/src/api/tracking/dto/x.ts', 'src/a/b.ts']);
  });
  it('others’ claims come from before the change: un-claiming in the same push does not slip through', () => {
    const before = codexClaims();
    const after = doc([section('Claude Code', { idle: true }), section('ChatGPT Codex', { idle: true, body: 'released' })]);
    const ev = evaluate(input({ claimsBefore: before, claimsAfter: after, commits: [commit('Claude Code', [modified('backend/src/app.module.ts'), modified('AI_CURRENT_WORK.md')])] }));
    expect(ev.findings.map((f) => f.kind).sort()).toEqual(['claim-tampered', 'claimed-by-other']);
  });
  it('without a before, the after claims are used', () => {
    const ev = evaluate(input({ claimsBefore: null, claimsAfter: codexClaims(), commits: [commit('Claude Code', [modified('backend/src/app.module.ts')])] }));
    expect(ev.findings[0]?.kind).toBe('claimed-by-other');
  });
  it('module claims via config cover the module’s globs, also from module list lines', () => {
    const claims = doc([section('ChatGPT Codex', { idle: true }), section('Gemini', { files: [], module: 'Billing' })], {
      moduleClaims: [{ module: 'TrackingModule', agent: 'ChatGPT Codex', line: 40 }]
    });
    const cfg = config({ modules: { TrackingModule: ['backend/src/api/tracking/**'], billing: ['billing/'] } });
    const ev = evaluate(input({ claimsAfter: claims, config: cfg, commits: [commit('Claude Code', [modified('backend/src/api/tracking/a.ts'), modified('billing/x.ts')])] }));
    expect(ev.findings.map((f) => [f.file, f.claimedBy, f.module])).toEqual([
      ['backend/src/api/tracking/a.ts', 'ChatGPT Codex', 'TrackingModule'],
      ['billing/x.ts', 'Gemini', 'Billing']
    ]);
  });
  it('ignored files and the coordination files are never claim hits', () => {
    const claims = doc([section('ChatGPT Codex', { files: ['docs/', 'AI_HANDOFF.md'] })]);
    const ev = evaluate(input({ claimsAfter: claims, config: config({ ignore: ['docs/**'] }), commits: [commit('Claude Code', [modified('docs/a.md'), modified('AI_HANDOFF.md')])] }));
    expect(ev.findings).toEqual([]);
  });
  it('multi-commit changes by different agents are judged per commit', () => {
    const claims = doc([section('Claude Code', { files: ['claude.ts'] }), section('ChatGPT Codex', { files: ['codex.ts'] })]);
    const ev = evaluate(input({
      claimsAfter: claims,
      commits: [
        commit('Claude Code', [modified('claude.ts'), modified('codex.ts')], 'one', 'a1'),
        commit('ChatGPT Codex', [modified('codex.ts')], 'two', 'a2'),
        commit('ChatGPT Codex', [modified('claude.ts')], 'three', 'a3')
      ]
    }));
    expect(ev.findings.map((f) => [f.commit, f.file, f.agent, f.claimedBy])).toEqual([
      ['a1', 'codex.ts', 'Claude Code', 'ChatGPT Codex'],
      ['a3', 'claude.ts', 'ChatGPT Codex', 'Claude Code']
    ]);
  });
  it('one finding per file and holder even when several commits touch it', () => {
    const ev = evaluate(input({ claimsAfter: codexClaims(), commits: ['x1', 'x2', 'x3'].map((sha) => commit('Claude Code', [modified('backend/src/app.module.ts')], 'm', sha)) }));
    expect(ev.findings).toHaveLength(1);
    expect(ev.findings[0]?.commit).toBe('x1');
  });
});

describe('unknown authors', () => {
  const run = (policy: Config['policy']['unknownAuthor'], age = H) =>
    evaluate(input({ claimsAfter: codexClaims(), now: T0 + age, config: config({ policy: { unknownAuthor: policy, requireHandoff: false } }), commits: [commit(null, [modified('backend/src/app.module.ts')])] }));
  it.each([
    ['error', 'error', 'fail'],
    ['warning', 'warning', 'warn']
  ] as const)('policy %s → active hit is %s', (policy, severity, verdict) => {
    const ev = run(policy);
    expect(ev.findings[0]).toMatchObject({ kind: 'claimed-by-other', severity, agent: null });
    expect(ev.verdict).toBe(verdict);
  });
  it('policy ignore → no finding', () => {
    expect(run('ignore').findings).toEqual([]);
  });
  it('the default policy is warning', () => {
    expect(defaultConfig().policy.unknownAuthor).toBe('warning');
  });
});

describe('emergency overrides', () => {
  const override = (spec: Partial<EmergencyOverride>): EmergencyOverride => ({
    line: 60,
    endLine: 64,
    date: day('2025-12-03'),
    by: 'Claude Code',
    module: 'TrackingModule',
    originalOwner: 'ChatGPT Codex',
    reason: 'prod down',
    lines: ['### Emergency Override - 2025-12-03 - Claude Code', '- **Module:** TrackingModule'],
    ...spec
  });
  const emergency = commit('Claude Code', [modified('backend/src/app.module.ts')], 'EMERGENCY: fix crash in TrackingModule');
  it('an EMERGENCY commit covered by an entry is downgraded to a warning', () => {
    const after = doc(codexClaims().agents, { overrides: [override({})] });
    const ev = evaluate(input({ claimsBefore: codexClaims(), claimsAfter: after, commits: [emergency] }));
    expect(ev.findings).toHaveLength(1);
    expect(ev.findings[0]).toMatchObject({ kind: 'emergency-override', severity: 'warning' });
    expect(ev.findings[0]?.message).toContain('line 60');
  });
  it('an entry naming a parent directory covers the file', () => {
    const after = doc(codexClaims().agents, { overrides: [override({ module: null, lines: ['- 2025-12-03 Claude Code: hotfix in backend/src/'] })] });
    const ev = evaluate(input({ claimsBefore: codexClaims(), claimsAfter: after, commits: [emergency] }));
    expect(ev.findings[0]?.kind).toBe('emergency-override');
  });
  it('without an entry it stays an error that says what is missing', () => {
    const ev = evaluate(input({ claimsAfter: codexClaims(), commits: [emergency] }));
    expect(ev.findings[0]).toMatchObject({ kind: 'claimed-by-other', severity: 'error' });
    expect(ev.findings[0]?.message).toMatch(/no Emergency Override entry/);
    expect(ev.findings[0]?.message).toContain('### Emergency Override');
  });
  it('an entry older than 24 h does not cover', () => {
    const after = doc(codexClaims().agents, { overrides: [override({ date: day('2025-11-30') })] });
    const ev = evaluate(input({ claimsBefore: codexClaims(), claimsAfter: after, commits: [emergency] }));
    expect(ev.findings[0]).toMatchObject({ kind: 'claimed-by-other', severity: 'error' });
    expect(ev.findings[0]?.message).toMatch(/older than 24 h/);
  });
  it('an ordinary commit is not excused by an entry', () => {
    const after = doc(codexClaims().agents, { overrides: [override({})] });
    const ev = evaluate(input({ claimsBefore: codexClaims(), claimsAfter: after, commits: [commit('Claude Code', [modified('backend/src/app.module.ts')])] }));
    expect(ev.findings[0]?.kind).toBe('claimed-by-other');
  });
});

describe('tampering', () => {
  const claimsFile = modified('AI_CURRENT_WORK.md');
  const before = codexClaims();
  const edited = doc([section('Claude Code', { idle: true }), section('ChatGPT Codex', { files: ['x.ts'], body: 'changed by someone' })]);
  it('editing another agent’s section is an error', () => {
    const ev = evaluate(input({ claimsBefore: before, claimsAfter: edited, commits: [commit('Claude Code', [claimsFile])] }));
    expect(ev.findings).toEqual([expect.objectContaining({ kind: 'claim-tampered', severity: 'error', claimedBy: 'ChatGPT Codex', agent: 'Claude Code' })]);
  });
  it('editing your own section is fine', () => {
    const ev = evaluate(input({ claimsBefore: before, claimsAfter: edited, commits: [commit('ChatGPT Codex', [claimsFile])] }));
    expect(ev.findings).toEqual([]);
  });
  it('per-commit snapshots blame the exact commit', () => {
    const c1 = { ...commit('ChatGPT Codex', [claimsFile], 'checkin', 'k1'), claimsAfter: edited };
    const c2 = { ...commit('Claude Code', [claimsFile], 'claim', 'k2'), claimsAfter: doc([section('Claude Code', { files: ['y.ts'] }), edited.agents[1] as AgentSection]) };
    const ev = evaluate(input({ claimsBefore: before, claimsAfter: c2.claimsAfter, commits: [c1, c2] }));
    expect(ev.findings.filter((f) => f.kind === 'claim-tampered')).toEqual([]);
    const c3 = { ...commit('Claude Code', [claimsFile], 'sneaky', 'k3'), claimsAfter: before };
    const ev2 = evaluate(input({ claimsBefore: before, claimsAfter: before, commits: [c1, c3] }));
    expect(ev2.findings.filter((f) => f.kind === 'claim-tampered').map((f) => f.commit)).toEqual(['k3']);
  });
  it('removing another agent’s module claim line is tampering', () => {
    const withLine = doc(before.agents, { moduleClaims: [{ module: 'TrackingModule', agent: 'ChatGPT Codex', line: 30 }] });
    const ev = evaluate(input({ claimsBefore: withLine, claimsAfter: before, commits: [commit('Claude Code', [claimsFile])] }));
    expect(ev.findings[0]).toMatchObject({ kind: 'claim-tampered', claimedBy: 'ChatGPT Codex' });
  });
});

describe('overlaps, handoff, claims file errors', () => {
  it('two working agents claiming one path or module → overlapping-claims warning', () => {
    const claims = doc([
      section('Claude Code', { files: ['backend/src/app.module.ts', 'backend/src/api/routes/'], module: 'RoutesModule' }),
      section('ChatGPT Codex', { files: ['backend/src/api/routes/x.ts'], module: 'RoutesModule' })
    ]);
    const ev = evaluate(input({ claimsAfter: claims }));
    expect(ev.findings.map((f) => [f.kind, f.severity, f.module])).toEqual([
      ['overlapping-claims', 'warning', 'RoutesModule'],
      ['overlapping-claims', 'warning', null]
    ]);
  });
  it('an overlap with a stale claim is only a notice', () => {
    const claims = doc([section('Claude Code', { files: ['a.ts'] }), section('ChatGPT Codex', { files: ['a.ts'], checkin: exact(T0 - 30 * H) })]);
    const ev = evaluate(input({ claimsAfter: claims }));
    expect(ev.findings.map((f) => f.severity)).toEqual(['notice']);
    expect(ev.verdict).toBe('pass');
  });
  it('require-handoff: a change without the handoff file is an error', () => {
    const cfg = config({ policy: { unknownAuthor: 'warning', requireHandoff: true } });
    const claims = doc([]);
    const without = evaluate(input({ claimsAfter: claims, config: cfg, commits: [commit('Claude Code', [modified('src/a.ts')])] }));
    expect(without.findings).toEqual([expect.objectContaining({ kind: 'missing-handoff', severity: 'error' })]);
    const withHandoff = evaluate(input({ claimsAfter: claims, config: cfg, commits: [commit('Claude Code', [modified('src/a.ts'), modified('AI_HANDOFF.md')])] }));
    expect(withHandoff.findings).toEqual([]);
    const onlyStatus = evaluate(input({ claimsAfter: claims, config: cfg, commits: [commit(null, [modified('AI_SYNC_STATUS.json')])] }));
    expect(onlyStatus.findings).toEqual([]);
  });
  it('error diagnostics in the claims file become warnings with file:line', () => {
    const claims = doc([], { diagnostics: [{ severity: 'error', line: 12, message: 'duplicate section for Claude Code' }] });
    const ev = evaluate(input({ claimsAfter: claims }));
    expect(ev.findings[0]).toMatchObject({ kind: 'invalid-claims-file', severity: 'warning' });
    expect(ev.findings[0]?.message).toBe('AI_CURRENT_WORK.md:12: duplicate section for Claude Code');
  });
});

describe('board', () => {
  it('lists every agent with state and stale time', () => {
    const claims = doc([
      section('Claude Code', { idle: true }),
      section('ChatGPT Codex', { files: ['a.ts'], module: 'TrackingModule' }),
      section('Gemini', { files: ['b.ts'], checkin: exact(T0 - 2.5 * H) }),
      section('Copilot', { files: ['c.ts'], checkin: exact(T0 - 10 * H) }),
      section('Devin', { files: ['d.ts'], checkin: null })
    ]);
    const board = buildBoard(claims, defaultConfig(), T0 + 0.5 * H, {});
    expect(board.map((b) => [b.name, b.state])).toEqual([
      ['Claude Code', 'idle'],
      ['ChatGPT Codex', 'active'],
      ['Gemini', 'caution'],
      ['Copilot', 'stale'],
      ['Devin', 'uncertain']
    ]);
    expect(board[1]).toMatchObject({ module: 'TrackingModule', files: ['a.ts'], lastCheckin: '2025-12-03T15:00:00Z', staleAt: '2025-12-03T19:00:00Z' });
    expect(board[0]?.staleAt).toBeNull();
  });
  it('the acting agent is seen at now after the change', () => {
    const ev = evaluate(input({ claimsAfter: codexClaims(), commits: [commit('Claude Code', [modified('README.md')])] }));
    expect(ev.board.find((b) => b.name === 'Claude Code')?.lastSeenAt).toBe('2025-12-03T16:00:00Z');
    expect(ev.board.find((b) => b.name === 'ChatGPT Codex')?.lastSeenAt).toBeNull();
  });
});
