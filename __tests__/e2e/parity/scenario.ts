// Scenarios for the action-vs-verify parity property: fast-check arbitraries for a base repository (claims, config, status) and a push, resolved into concrete files and commits.
import fc from 'fast-check';
import { buildStatus, serializeStatus } from '../../../src/report/status-file.js';
import type { BoardEntry } from '../../../src/engine/model.js';

const H = 3_600_000;
/** The push instant: the action's clock (payload pushed_at) and the CLI's (AI_SYNC_NOW). Whole seconds. */
export const PUSH_AT = Date.parse('2025-12-04T12:00:00Z');
export const CLAIMS = 'AI_CURRENT_WORK.md';
export const STATUS = 'AI_SYNC_STATUS.json';
export const HANDOFF = 'AI_HANDOFF.md';
export const CONFIG = '.github/ai-sync.yml';

export const AGENTS = ['Claude Code', 'ChatGPT Codex', 'Gemini CLI', 'Cursor Agent'] as const;
const BASE_FILES = ['src/app/main.ts', 'src/app/view.ts', 'src/lib/util.ts', 'src/lib/math.js', 'docs/guide.md', 'docs/api.md', 'web/index.html', 'web/style.css', 'test/app.test.ts', 'README.md'];
/** Claimed paths: files, directories (`dir/`), globs (brace, `**`, basename-only). */
const PATTERNS = ['src/app/main.ts', 'src/lib/util.ts', 'web/index.html', 'docs/guide.md', 'src/app/', 'docs/', 'web/', 'src/**/*.ts', '*.md', 'test/*.ts', 'src/lib/*.{ts,js}', '**/*.css'];
/** Directories new and renamed files land in (with the extension added files get). */
const DIRS: [string, string][] = [['src/app', '.ts'], ['src/lib', '.js'], ['docs', '.md'], ['web', '.css'], ['test', '.ts'], ['misc', '.txt']];
/** Ages of check-ins and of status `lastSeenAt`, in hours before the push: active, caution, stale (defaults 2/4). */
const HOURS = [0.25, 1, 1.5, 2.5, 3.5, 5, 12, 48];

/** Commit authors. Never the status committer (github-actions[bot]): the action skips its own status commits. */
export const PEOPLE = [
  { name: 'Dana Dev', email: 'dana@example.com' },
  { name: 'Sam Lee', email: 'sam@example.com' },
  { name: 'Codex', email: 'codex@openai.com' },
  { name: 'Claude', email: 'noreply@anthropic.com' }
];
export const TRAILERS = {
  none: '',
  claude: 'Co-Authored-By: Claude <noreply@anthropic.com>',
  codex: 'AI-Agent: ChatGPT Codex',
  gemini: 'AI-Agent: Gemini CLI',
  cursor: 'AI-Agent: Cursor Agent',
  conflict: 'Co-Authored-By: Claude <noreply@anthropic.com>\nAI-Agent: ChatGPT Codex'
} as const;

export type Checkin = { at: 'utc' | 'la' | 'ist'; hours: number } | { at: 'future' | 'none' };
export interface Section {
  agent: string;
  working: boolean;
  files: string[];
  module: boolean;
  checkin: Checkin;
}
export interface ConfigSpec {
  hours: [number, number] | null;
  aliases: boolean;
  ignore: boolean;
  handoff: boolean;
  unknownAuthor: 'error' | 'ignore' | null;
  modules: boolean;
  timezone: boolean;
}
export type StatusSpec = null | 'garbage' | { agent: string; hours: number }[];
export type OpSpec =
  | { t: 'modify'; pick: number }
  | { t: 'delete'; pick: number }
  | { t: 'add'; dir: number }
  | { t: 'rename'; pick: number; dir: number }
  | { t: 'claims'; section: number; change: 'checkin' | 'claim-more' | 'release' | 'drop' | 'remove-file' }
  | { t: 'status' }
  | { t: 'handoff' };
export interface CommitSpec {
  person: number;
  trailer: keyof typeof TRAILERS;
  emergency: boolean;
  ops: OpSpec[];
}
export interface ScenarioSpec {
  /** null: a push to main; else a new branch created from main (the action then compares against main). */
  branch: string | null;
  /** The first `side` commits are made on a side branch and merged (--no-ff, by PEOPLE[by]) before the rest. */
  merge: { side: number; by: number } | null;
  sections: Section[];
  config: ConfigSpec | null;
  status: StatusSpec;
  commits: CommitSpec[];
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

const checkin: fc.Arbitrary<Checkin> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ at: fc.constant('utc' as const), hours: fc.constantFrom(...HOURS) }) },
  { weight: 1, arbitrary: fc.record({ at: fc.constant('la' as const), hours: fc.constantFrom(...HOURS) }) },
  { weight: 1, arbitrary: fc.record({ at: fc.constant('ist' as const), hours: fc.constantFrom(...HOURS) }) },
  { weight: 1, arbitrary: fc.record({ at: fc.constantFrom('future' as const, 'none' as const) }) }
);
const body = fc.record({
  working: fc.constantFrom(true, true, true, false),
  files: fc.uniqueArray(fc.constantFrom(...PATTERNS), { minLength: 1, maxLength: 3 }),
  module: fc.constantFrom(false, false, false, true),
  checkin
});
const sections: fc.Arbitrary<Section[]> = fc
  .tuple(fc.shuffledSubarray([...AGENTS], { minLength: 1, maxLength: 3 }), fc.array(body, { minLength: 3, maxLength: 3 }))
  .map(([names, bodies]) => names.map((agent, i) => {
    const b = bodies[i] as (typeof bodies)[number];
    return b.working ? { agent, ...b } : { agent, ...b, files: [], module: false };
  }));
const config: fc.Arbitrary<ConfigSpec | null> = fc.option(
  fc.record({
    hours: fc.option(fc.constantFrom<[number, number]>([1, 3], [2, 6], [0.5, 8]), { freq: 2 }),
    aliases: fc.boolean(),
    ignore: fc.boolean(),
    handoff: fc.constantFrom(false, false, true),
    unknownAuthor: fc.constantFrom(null, null, 'error' as const, 'ignore' as const),
    modules: fc.boolean(),
    timezone: fc.constantFrom(false, false, false, true)
  }),
  { freq: 3 }
);
const status: fc.Arbitrary<StatusSpec> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.array(fc.record({ agent: fc.constantFrom(...AGENTS), hours: fc.constantFrom(...HOURS) }), { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant('garbage' as const) }
);
const pick = fc.nat(99);
const op: fc.Arbitrary<OpSpec> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('modify' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('add' as const), dir: fc.nat(DIRS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('delete' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('rename' as const), pick, dir: fc.nat(DIRS.length - 1) }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('claims' as const), section: fc.nat(2), change: fc.constantFrom('checkin' as const, 'claim-more' as const, 'release' as const, 'drop' as const, 'checkin' as const, 'remove-file' as const) })
  },
  { weight: 1, arbitrary: fc.constantFrom({ t: 'status' as const }, { t: 'handoff' as const }) }
);
const commit: fc.Arbitrary<CommitSpec> = fc.record({
  person: fc.nat(PEOPLE.length - 1),
  trailer: fc.constantFrom(...(Object.keys(TRAILERS) as (keyof typeof TRAILERS)[])),
  emergency: fc.constantFrom(false, false, false, false, true),
  ops: fc.array(op, { minLength: 1, maxLength: 3 })
});
const MERGE_MESSAGE = "Merge branch 'side'";

export const scenarioArb: fc.Arbitrary<ScenarioSpec> = fc
  .record({
    branch: fc.constantFrom(null, null, null, 'feature/work', 'claude/fix'),
    merge: fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.record({ side: fc.integer({ min: 1, max: 5 }), by: fc.nat(PEOPLE.length - 1) }) }
    ),
    // One agent pushing several commits: every commit by the first commit's author, with its trailers.
    oneAuthor: fc.boolean(),
    sections,
    config,
    status,
    commits: fc.array(commit, { minLength: 1, maxLength: 5 })
  })
  .map(({ oneAuthor, merge, ...rest }): ScenarioSpec => {
    const first = rest.commits[0] as CommitSpec;
    const commits = oneAuthor ? rest.commits.map((c) => ({ ...c, person: first.person, trailer: first.trailer, emergency: first.emergency })) : rest.commits;
    return { ...rest, commits, merge: merge ? { ...merge, side: Math.min(merge.side, commits.length) } : null };
  });

// ---------------------------------------------------------------------------------------------------------------
// Rendering

const stamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

function renderCheckin(c: Checkin): string {
  if (!('hours' in c)) return c.at === 'future' ? '2099-01-01 00:00:00' : 'N/A';
  const t = PUSH_AT - c.hours * H;
  if (c.at === 'la') return `${stamp(t - 8 * H)} (America/Los_Angeles)`; // December: PST, UTC-8
  if (c.at === 'ist') return `${stamp(t + 5.5 * H)} IST`; // ambiguous (India / Israel / Ireland): uncertain
  return stamp(t);
}

export function renderClaims(list: readonly Section[]): string {
  const out = ['# AI Current Work Status', '', '**Purpose:** Real-time coordination to prevent work conflicts', '', '---', ''];
  for (const s of list) {
    out.push(
      `## ${s.agent} Status`,
      '',
      `**Currently Working On:** ${s.working ? `changes to ${s.files.join(', ')}` : 'None'}`,
      `**Module:** ${s.module ? 'WebModule' : 'None'}`,
      `**Started At:** N/A`,
      '**Expected Completion:** N/A',
      '**Files Being Modified:**',
      ...(s.files.length > 0 ? s.files.map((f) => `- ${f}`) : ['- None']),
      '',
      `**Last Checkin:** ${renderCheckin(s.checkin)}`,
      '',
      '---',
      ''
    );
  }
  return out.join('\n');
}

export function renderConfig(c: ConfigSpec | null): string | null {
  if (!c) return null;
  const out = ['# ai-sync config (generated)'];
  if (c.hours) out.push(`active-hours: ${c.hours[0]}`, `stale-hours: ${c.hours[1]}`);
  if (c.timezone) out.push('timezone: Europe/Berlin');
  if (c.aliases) {
    out.push('agents:', '  Claude Code:', '    aliases: [Claude, noreply@anthropic.com]', '    branches: [claude/**]', '  ChatGPT Codex:', "    aliases: ['*@openai.com', codex]", '  Gemini CLI:', '    aliases: [sam@example.com]');
  }
  if (c.modules) out.push('modules:', '  WebModule: [web/**]');
  if (c.ignore) out.push('ignore:', "  - 'docs/**'", "  - '*.css'");
  if (c.handoff || c.unknownAuthor) {
    out.push('policy:');
    if (c.handoff) out.push('  require-handoff: true');
    if (c.unknownAuthor) out.push(`  unknown-author: ${c.unknownAuthor}`);
  }
  return `${out.join('\n')}\n`;
}

function renderStatus(seen: { agent: string; hours: number }[], note: string): string {
  const agents: BoardEntry[] = seen.map((s) => ({
    name: s.agent,
    workingOn: null,
    module: null,
    files: [],
    startedAt: null,
    lastCheckin: null,
    lastSeenAt: new Date(PUSH_AT - s.hours * H).toISOString().replace('.000Z', 'Z'),
    state: 'idle',
    staleAt: null
  }));
  const when = new Date(PUSH_AT - 6 * H).toISOString().replace('.000Z', 'Z');
  return serializeStatus(buildStatus({ now: when, lastAuthor: 'Dana Dev', lastAgent: null, lastCommitMessage: note, lastCommit: 'f'.repeat(40), ref: 'refs/heads/main', modifiedFiles: [], result: 'pass', findings: [], agents }));
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution: abstract picks → concrete file operations against the tree as it is at that commit

export type Op = { t: 'write'; path: string; content: string } | { t: 'remove'; path: string } | { t: 'rename'; from: string; to: string };
export interface ConcreteCommit {
  author: { name: string; email: string };
  message: string;
  ops: Op[];
  /** What each op does, for the failure message. */
  notes: string[];
}
export interface Scenario {
  files: Record<string, string>;
  commits: ConcreteCommit[];
  /** Commits [0, side) go on a side branch, merged by `by` with `message` before commit `side` (null: no merge). */
  merge: { side: number; by: ConcreteCommit['author']; message: string } | null;
}

const content = (path: string, tag: string): string => `// ${path}\nexport const value = ${JSON.stringify(`${path} ${tag}`)};\nexport const lines = [1, 2, 3, 4, 5, 6, 7, 8];\n`;
const extOf = (p: string): string => /\.[^./]+$/.exec(p)?.[0] ?? '';

export function resolve(spec: ScenarioSpec): Scenario {
  const files: Record<string, string> = {};
  for (const p of BASE_FILES) files[p] = content(p, 'base');
  files[CLAIMS] = renderClaims(spec.sections);
  files[HANDOFF] = '# AI Handoff\n';
  const cfg = renderConfig(spec.config);
  if (cfg !== null) files[CONFIG] = cfg;
  if (spec.status === 'garbage') files[STATUS] = '{ "schemaVersion": 1, "agents": [ \n';
  else if (spec.status) files[STATUS] = renderStatus(spec.status, 'chore: status');

  const tree = new Set(BASE_FILES);
  let model: Section[] = spec.sections.map((s) => ({ ...s, files: [...s.files] }));
  let claimsExists = true;
  let handoff = files[HANDOFF] as string;
  const commits = spec.commits.map((c, i): ConcreteCommit => {
    const ops: Op[] = [];
    const notes: string[] = [];
    c.ops.forEach((spec, j) => {
      const tag = `c${i + 1}.${j + 1}`;
      const sorted = [...tree].sort();
      const chosen = 'pick' in spec ? sorted[spec.pick % Math.max(sorted.length, 1)] : undefined;
      // Nothing left to change: add instead.
      const o: OpSpec = 'pick' in spec && chosen === undefined ? { t: 'add', dir: j % DIRS.length } : spec;
      if (o.t === 'modify') {
        ops.push({ t: 'write', path: chosen as string, content: content(chosen as string, tag) });
        notes.push(`modify ${chosen}`);
      } else if (o.t === 'delete') {
        tree.delete(chosen as string);
        ops.push({ t: 'remove', path: chosen as string });
        notes.push(`delete ${chosen}`);
      } else if (o.t === 'rename') {
        const [dir] = DIRS[o.dir] as [string, string];
        const to = `${dir}/moved-${tag.replace('.', '-')}${extOf(chosen as string)}`;
        tree.delete(chosen as string);
        tree.add(to);
        ops.push({ t: 'rename', from: chosen as string, to });
        notes.push(`rename ${chosen} → ${to}`);
      } else if (o.t === 'add') {
        const [dir, ext] = DIRS[o.dir] as [string, string];
        const path = `${dir}/new-${tag.replace('.', '-')}${ext}`;
        tree.add(path);
        ops.push({ t: 'write', path, content: content(path, tag) });
        notes.push(`add ${path}`);
      } else if (o.t === 'status') {
        const text = j % 2 === 0 ? renderStatus([{ agent: AGENTS[i % AGENTS.length] as string, hours: 0.1 }], `hand edit ${tag}`) : `{"hand": "edit ${tag}"}\n`;
        ops.push({ t: 'write', path: STATUS, content: text });
        notes.push(`hand-edit ${STATUS}`);
      } else if (o.t === 'handoff') {
        handoff += `- ${tag}: notes\n`;
        ops.push({ t: 'write', path: HANDOFF, content: handoff });
        notes.push(`append to ${HANDOFF}`);
      } else if (o.change === 'remove-file') {
        if (claimsExists) {
          claimsExists = false;
          ops.push({ t: 'remove', path: CLAIMS });
          notes.push(`delete ${CLAIMS}`);
        }
      } else {
        const s = model.length > 0 ? model[o.section % model.length] : undefined;
        if (s && o.change === 'checkin') s.checkin = { at: 'utc', hours: 0.05 * (i + 1) };
        else if (s && o.change === 'claim-more') {
          const extra = PATTERNS.find((p, k) => k >= (o.section * 5 + i) % PATTERNS.length && !s.files.includes(p)) ?? 'misc/';
          if (!s.files.includes(extra)) s.files.push(extra);
          s.working = true;
        } else if (s && o.change === 'release') Object.assign(s, { working: false, files: [], module: false });
        else if (s && o.change === 'drop') model = model.filter((x) => x !== s);
        claimsExists = true;
        ops.push({ t: 'write', path: CLAIMS, content: renderClaims(model) });
        notes.push(`${CLAIMS}: ${o.change} ${s ? `${s.agent}'s section` : '(no section left: rewritten)'}`);
      }
    });
    const trailer = TRAILERS[c.trailer];
    const subject = `${c.emergency ? 'EMERGENCY: ' : ''}change ${i + 1}`;
    return { author: PEOPLE[c.person] as ConcreteCommit['author'], message: trailer ? `${subject}\n\n${trailer}\n` : `${subject}\n`, ops, notes };
  });
  const merge = spec.merge ? { side: spec.merge.side, by: PEOPLE[spec.merge.by] as ConcreteCommit['author'], message: MERGE_MESSAGE } : null;
  return { files, commits, merge };
}
