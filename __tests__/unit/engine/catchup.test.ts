// Catch up in the engine: other agents' commits since a check-in (attributed as the action attributes them, the
// agent's own left out, files it claims marked), claims taken and released by others, new overrides, the base the
// files are compared at, the cap, and an empty report when nothing changed.
import { describe, expect, it } from '@jest/globals';
import { baseOf, CATCH_UP_LIMIT, catchUp, isEmpty, othersLanded, type CatchUpCommit, type CatchUpInput } from '../../../src/engine/catchup/index.js';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { emptyCatchUp } from '../../helpers/catchup.js';
import { parseConfig } from '../../../src/engine/config/index.js';

const FILES = { claims: 'AI_CURRENT_WORK.md', status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' };
const CONFIG = parseConfig('modules:\n  TrackingModule: ["api/tracking/**"]\n', '.github/ai-sync.yml');
const T = (hhmm: string): number => Date.parse(`2025-12-04T${hhmm}:00Z`);
const CLAUDE = 'Claude Code';
const CODEX = 'ChatGPT Codex';

const section = (name: string, checkin: string, files: string[], extra: string[] = []): string =>
  [`## ${name} Status`, `**Currently Working On:** ${files.length > 0 ? 'work' : 'None'}`, ...extra, `**Last Checkin:** ${checkin}`, '**Files Being Modified:**', ...(files.length > 0 ? files.map((f) => `- ${f}`) : ['- None']), ''].join('\n');
const board = (...sections: string[]): string => ['# AI Current Work', '', ...sections].join('\n');
const doc = (text: string) => parseClaims(text, { timezone: 'UTC' });

const MINE = doc(board(section(CLAUDE, '2025-12-04 10:00:00', ['web/checkout/'], ['**Module:** TrackingModule']), section(CODEX, '2025-12-04 09:00:00', [])));

let n = 0;
function commit(by: string | { name: string; email: string }, at: string, files: string[], subject = 'feat: work', parents?: string[]): CatchUpCommit {
  n++;
  const sha = n.toString(16).padStart(40, '0');
  const person = typeof by === 'string' ? { name: 'Dev', email: 'dev@example.com' } : by;
  const message = typeof by === 'string' ? `${subject}\n\nAI-Agent: ${by}` : subject;
  return { sha, parents: parents ?? [(n + 1000).toString(16).padStart(40, '0')], time: T(at), author: person, committer: person, message, files };
}
/** Commits newest first, each the first parent of the one before it (a linear history ending at `root`). */
function chain(commits: CatchUpCommit[], root: string | null = 'f'.repeat(40)): CatchUpCommit[] {
  return commits.map((c, i) => ({ ...c, parents: commits[i + 1] ? [commits[i + 1]!.sha] : root ? [root] : [] }));
}

function input(over: Partial<CatchUpInput>): CatchUpInput {
  return {
    agent: CLAUDE,
    names: [CLAUDE],
    since: { at: T('10:00'), from: 'checkin' },
    ref: 'origin/HEAD',
    commits: [],
    limit: CATCH_UP_LIMIT,
    claims: null,
    handoff: null,
    mine: MINE,
    config: CONFIG,
    known: [CLAUDE, CODEX],
    files: FILES,
    timezone: 'UTC',
    now: T('12:00'),
    ...over
  };
}

describe('commits since the check-in', () => {
  it("lists other agents' commits with who, when and files, marks the files the agent claims, leaves its own out", () => {
    const commits = chain([
      commit(CODEX, '11:30', ['web/checkout/Cart.tsx', 'README.md'], 'feat: cart'),
      commit(CLAUDE, '11:00', ['web/checkout/Pay.tsx']),
      commit({ name: 'Alice Human', email: 'alice@example.com' }, '10:30', ['api/tracking/dto.ts', 'docs/x.md'], 'fix: dto'),
      commit(CODEX, '10:15', ['AI_CURRENT_WORK.md'], 'chore(ai-sync): claim')
    ]);
    const c = catchUp(input({ commits }));
    expect(c.commits.map((r) => [r.by, r.agent, r.at, r.subject, r.yours, r.bookkeeping])).toEqual([
      [CODEX, CODEX, '2025-12-04T11:30:00Z', 'feat: cart', ['web/checkout/Cart.tsx'], false],
      ['Alice Human', null, '2025-12-04T10:30:00Z', 'fix: dto', ['api/tracking/dto.ts'], false], // TrackingModule's configured paths
      [CODEX, CODEX, '2025-12-04T10:15:00Z', 'chore(ai-sync): claim', [], true]
    ]);
    expect(c.commits[0]?.files).toEqual(['web/checkout/Cart.tsx', 'README.md']);
    expect(c).toMatchObject({ agent: CLAUDE, since: '2025-12-04T10:00:00Z', basis: 'checkin', truncated: false, note: null });
    expect(isEmpty(c)).toBe(false);
  });

  it('an alias of the agent is the agent: its commits under another name are still its own', () => {
    const config = parseConfig('agents:\n  Claude Code:\n    aliases: ["claude-bot"]\n', '.github/ai-sync.yml');
    const commits = chain([commit({ name: 'claude-bot', email: 'bot@example.com' }, '11:00', ['a.ts']), commit(CODEX, '10:30', ['b.ts'])]);
    const c = catchUp(input({ commits, config, names: [CLAUDE, 'claude-bot'] }));
    expect(c.commits.map((r) => r.by)).toEqual([CODEX]);
    expect(othersLanded(commits.slice(0, 1), [CLAUDE], config, [CLAUDE, CODEX])).toBe(false);
    expect(othersLanded(commits, [CLAUDE], config, [CLAUDE, CODEX])).toBe(true);
  });

  it('a merge is listed as a merge, without files', () => {
    const merge = commit({ name: 'GitHub', email: 'noreply@github.com' }, '11:00', [], "Merge pull request #3 from codex/x", ['a'.repeat(40), 'b'.repeat(40)]);
    const c = catchUp(input({ commits: [merge] }));
    expect(c.commits).toEqual([expect.objectContaining({ merge: true, files: [], yours: [], bookkeeping: false, by: 'GitHub' })]);
  });

  it('commits older than the check-in are not news (git --since is the filter; the engine holds to it too)', () => {
    const c = catchUp(input({ commits: chain([commit(CODEX, '09:59', ['x.ts'])]) }));
    expect(c.commits).toEqual([]);
    expect(isEmpty(c)).toBe(true);
  });

  it('beyond the cap: the newest `limit` commits, truncated, and a note that says so', () => {
    const many = chain(Array.from({ length: 6 }, (_, i) => commit(CODEX, `11:${String(50 - i).padStart(2, '0')}`, [`f${i}.ts`])));
    const c = catchUp(input({ commits: many, limit: 5 }));
    expect(c.commits).toHaveLength(5);
    expect(c.commits.map((r) => r.files[0])).toEqual(['f0.ts', 'f1.ts', 'f2.ts', 'f3.ts', 'f4.ts']);
    expect(c.truncated).toBe(true);
    expect(c.note).toBe('more than 5 commits landed since then: the newest 5 were read, and claims are compared over them only');
    expect(catchUp(input({ commits: many.slice(0, 5), limit: 5 })).truncated).toBe(false);
  });
});

describe('nothing changed', () => {
  it('no commits, no files read: an empty report', () => {
    const c = catchUp(input({}));
    expect(c).toEqual(emptyCatchUp({ agent: CLAUDE, since: '2025-12-04T10:00:00Z' }));
    expect(isEmpty(c)).toBe(true);
  });

  it('only the agent itself committed, or others only checked in: nothing to say', () => {
    const same = board(section(CLAUDE, '2025-12-04 10:00:00', ['web/checkout/']), section(CODEX, '2025-12-04 09:00:00', ['api/x.ts']));
    const checkedIn = board(section(CLAUDE, '2025-12-04 10:00:00', ['web/checkout/']), section(CODEX, '2025-12-04 11:00:00', ['api/x.ts']));
    const c = catchUp(input({ claims: { before: doc(same), after: doc(checkedIn) } }));
    expect(c.claims).toEqual([]);
    expect(isEmpty(c)).toBe(true);
  });
});

describe('claims taken and released by others', () => {
  it('files and modules each other agent took or released; the agent’s own section is left out', () => {
    const before = board(
      section(CLAUDE, '2025-12-04 09:00:00', []),
      section(CODEX, '2025-12-04 09:00:00', ['api/old.ts', 'api/keep.ts']),
      section('Gemini', '2025-12-04 09:00:00', ['docs/']),
      '## Available Modules\n\n- 🔴 RoutesModule - Available\n- ✅ AuthModule - Complete\n'
    );
    const after = board(
      section(CLAUDE, '2025-12-04 10:00:00', ['web/checkout/']),
      section(CODEX, '2025-12-04 11:00:00', ['api/keep.ts', 'web/checkout/Cart.tsx'], ['**Module:** RoutesModule']),
      section('Gemini', '2025-12-04 11:00:00', []),
      '## Available Modules\n\n- ⚠️ RoutesModule - CLAIMED BY ChatGPT Codex\n- 🔴 AuthModule - Available\n'
    );
    const c = catchUp(input({ claims: { before: doc(before), after: doc(after) } }));
    expect(c.claims).toEqual([
      { agent: CODEX, taken: ['web/checkout/Cart.tsx'], released: ['api/old.ts'], modulesTaken: ['RoutesModule'], modulesReleased: [], workingOn: 'work' },
      { agent: 'Gemini', taken: [], released: ['docs/'], modulesTaken: [], modulesReleased: [], workingOn: null }
    ]);
    // A module's change to "claimed" is the claim above; other state changes are listed.
    expect(c.modules).toEqual([{ module: 'AuthModule', before: 'complete', after: 'available' }]);
  });

  it('a new emergency override is listed, marked when it is over the agent', () => {
    const base = board(section(CLAUDE, '2025-12-04 10:00:00', ['web/checkout/']), section(CODEX, '2025-12-04 09:00:00', []));
    const withOverride = `${base}\n## Emergency Overrides\n\n### Emergency Override - 2025-12-04 11:00 - ChatGPT Codex\n- **Reason:** prod down\n- **Module:** N/A\n- **Original Owner:** Claude Code\n- **Action Taken:** hotfix\n`;
    const c = catchUp(input({ claims: { before: doc(base), after: doc(withOverride) } }));
    expect(c.overrides).toEqual([expect.objectContaining({ by: CODEX, originalOwner: CLAUDE, reason: 'prod down', yours: true })]);
    expect(catchUp(input({ claims: { before: doc(withOverride), after: doc(withOverride) } })).overrides).toEqual([]);
  });
});

describe('without a readable check-in', () => {
  it('says why and shows the newest commits and handoff notes instead', () => {
    const commits = chain([commit(CODEX, '08:00', ['a.ts']), commit(CODEX, '07:00', ['b.ts'])]);
    const handoff = '# H\n\n## Recent Changes (Latest First)\n\n### 2025-12-04 08:00:00 - ChatGPT Codex\nA\n\n### 2025-12-03 - Claude Code\nmine\n\n### 2025-12-02 - Gemini\nB\n';
    const c = catchUp(input({ since: null, why: 'no check-in for "Claude Code" in AI_CURRENT_WORK.md', commits, limit: 10, handoff: { before: null, after: handoff } }));
    expect(c.basis).toBe('none');
    expect(c.since).toBeNull();
    expect(c.note).toBe('no check-in for "Claude Code" in AI_CURRENT_WORK.md; showing the newest commits on origin/HEAD (the last 10) and handoff notes instead');
    expect(c.commits.map((r) => r.files[0])).toEqual(['a.ts', 'b.ts']);
    expect(c.handoff.map((h) => h.agent)).toEqual([CODEX, 'Gemini']);
    expect(c.truncated).toBe(false);
    expect(isEmpty(c)).toBe(false);
  });
});

describe('the base the files are compared at', () => {
  it('the first parent of the oldest listed commit on the tip’s first-parent chain', () => {
    const linear = chain([commit(CODEX, '11:00', []), commit(CODEX, '10:30', [])], 'e'.repeat(40));
    expect(baseOf(linear)).toBe('e'.repeat(40));
    expect(baseOf([])).toBeUndefined();
    expect(baseOf(chain([commit(CODEX, '11:00', [])], null))).toBeNull(); // a root commit: nothing before
    // A merge whose second parent (the branch) is listed too: the chain follows first parents only.
    const side = commit(CODEX, '10:40', []);
    const mainline = commit(CODEX, '10:20', [], 'x', ['d'.repeat(40)]);
    const merge = { ...commit(CODEX, '11:00', []), parents: [mainline.sha, side.sha] };
    expect(baseOf([merge, side, mainline])).toBe('d'.repeat(40));
  });
});
