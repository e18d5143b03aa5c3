// The words claims files use, in one table: field labels and table columns (what a value means), and state
// words (whether a claim is live). Real files write them in many ways and languages; a new word is one line here.
// Labels are compared after normaliseLabel (lower case, markup and decoration gone, "check-in" → "checkin").

/** What a field or a table column holds. */
export type Role =
  | 'working-on' // the task being worked on
  | 'module'
  | 'started' // when the claim was made
  | 'expected' // expected completion (text only)
  | 'checkin' // the holder's last sign of life
  | 'status' // a state word: working, idle, complete…
  | 'files' // claimed paths
  | 'owner' // who holds the claim (claim sections, tables)
  | 'branch';

/** Field labels and table column headers, by meaning. Several roles may share no word. */
const LABELS: readonly [string, Role][] = [
  ['currently working on', 'working-on'],
  ['working on', 'working-on'],
  ['current work', 'working-on'],
  ['current task', 'working-on'],
  ['task', 'working-on'],
  ['task id', 'working-on'],
  ['lane', 'working-on'],
  ['work', 'working-on'],
  ['what', 'working-on'],
  ['description', 'working-on'],
  ['任务', 'working-on'],
  ['module', 'module'],
  ['modules', 'module'],
  ['started at', 'started'],
  ['started', 'started'],
  ['start time', 'started'],
  ['claimed at', 'started'],
  ['claimed at (utc)', 'started'],
  ['claimed', 'started'],
  ['since', 'started'],
  ['utc (iso)', 'started'],
  ['start time utc', 'started'],
  ['开始时间', 'started'],
  ['expected completion', 'expected'],
  ['eta', 'expected'],
  ['expected completion time', 'expected'],
  ['last checkin', 'checkin'],
  ['checkin', 'checkin'],
  ['last checkin (utc)', 'checkin'],
  ['last updated', 'checkin'],
  ['last update', 'checkin'],
  ['updated', 'checkin'],
  ['updated at', 'checkin'],
  ['last seen', 'checkin'],
  ['last active', 'checkin'],
  ['heartbeat', 'checkin'],
  ['last heartbeat', 'checkin'],
  ['更新时间', 'checkin'],
  ['status', 'status'],
  ['state', 'status'],
  ['状态', 'status'],
  ['files being modified', 'files'],
  ['files', 'files'],
  ['files modified', 'files'],
  ['files being edited', 'files'],
  ['files claimed', 'files'],
  ['files to modify', 'files'],
  ['files being changed', 'files'],
  ['files touched', 'files'],
  ['file scope', 'files'],
  ['working files', 'files'],
  ['claimed files', 'files'],
  ['locked files', 'files'],
  ['allowed files', 'files'],
  ['paths', 'files'],
  ['path', 'files'],
  ['scope', 'files'],
  ['area', 'files'],
  ['areas', 'files'],
  ['touching', 'files'],
  ['write scope', 'files'],
  ['文件', 'files'],
  ['写权限范围', 'files'],
  ['owner', 'owner'],
  ['agent', 'owner'],
  ['agent id', 'owner'],
  ['agent-id', 'owner'],
  ['agent name', 'owner'],
  ['assignee', 'owner'],
  ['assigned to', 'owner'],
  ['claimed by', 'owner'],
  ['session', 'owner'],
  ['who', 'owner'],
  ['ai system', 'owner'],
  ['ai', 'owner'],
  ['会话名', 'owner'],
  ['负责人', 'owner'],
  ['branch', 'branch']
];

const ROLE_OF = new Map<string, Role>(LABELS);

/** The label written for a new field of each role (the claim/checkin/release editor writes the seed's words). */
export const CANONICAL_LABELS: Readonly<Record<Role, string>> = {
  'working-on': 'Currently Working On',
  module: 'Module',
  started: 'Started At',
  expected: 'Expected Completion',
  checkin: 'Last Checkin',
  status: 'Status',
  files: 'Files Being Modified',
  owner: 'Owner',
  branch: 'Branch'
};

/** The role of a normalised label or column header, or null. */
export function roleOf(label: string): Role | null {
  return ROLE_OF.get(label) ?? null;
}

/** Every label of a role (for the plain `Label: value` form, which is read only for known labels). */
export function labelsOf(...roles: Role[]): string[] {
  return LABELS.filter(([, r]) => roles.includes(r)).map(([w]) => w);
}

/** What a state word says about a claim. */
export type StateMeaning = 'working' | 'idle' | 'uncertain';

/**
 * State words and emoji, matched against the start of a status value (after decoration, lower case). Complete,
 * released or available work claims nothing; blocked or paused work still holds its files; "unknown" is doubt.
 */
const STATES: readonly [string, StateMeaning][] = [
  ['working', 'working'],
  ['active', 'working'],
  ['in progress', 'working'],
  ['in-progress', 'working'],
  ['in_progress', 'working'],
  ['inprogress', 'working'],
  ['wip', 'working'],
  ['claimed', 'working'],
  ['locked', 'working'],
  ['ongoing', 'working'],
  ['doing', 'working'],
  ['started', 'working'],
  ['busy', 'working'],
  ['blocked', 'working'],
  ['paused', 'working'],
  ['on hold', 'working'],
  ['reviewing', 'working'],
  ['in review', 'working'],
  ['testing', 'working'],
  ['implementing', 'working'],
  ['fixing', 'working'],
  ['🟢', 'working'],
  ['🔄', 'working'],
  ['🚧', 'working'],
  ['⏳', 'working'],
  ['🔒', 'working'],
  ['🟡', 'working'],
  ['进行中', 'working'],
  ['处理中', 'working'],
  ['idle', 'idle'],
  ['available', 'idle'],
  ['free', 'idle'],
  ['complete', 'idle'],
  ['completed', 'idle'],
  ['done', 'idle'],
  ['finished', 'idle'],
  ['merged', 'idle'],
  ['released', 'idle'],
  ['closed', 'idle'],
  ['cancelled', 'idle'],
  ['canceled', 'idle'],
  ['abandoned', 'idle'],
  ['offline', 'idle'],
  ['inactive', 'idle'],
  ['not started', 'idle'],
  ['pending', 'idle'],
  ['todo', 'idle'],
  ['unclaimed', 'idle'],
  ['none', 'idle'],
  ['✅', 'idle'],
  ['✔', 'idle'],
  ['✔️', 'idle'],
  ['✓', 'idle'],
  ['💤', 'idle'],
  ['⚪', 'idle'],
  ['已完成', 'idle'],
  ['完成', 'idle'],
  ['空闲', 'idle'],
  ['unknown', 'uncertain'],
  ['uncertain', 'uncertain'],
  ['stale', 'uncertain'],
  ['?', 'uncertain'],
  ['❔', 'uncertain'],
  ['❓', 'uncertain']
];

/** Longest words first, so "not started" wins over "started" and "in progress" over "progress". */
const STATE_WORDS = [...STATES].sort((a, b) => b[0].length - a[0].length);

/** The meaning of a status value ("🔄 Active - fixing X", "✅ Complete", "`in_progress`"), or null when unknown. */
export function stateOf(value: string): StateMeaning | null {
  const s = value.toLowerCase().replace(/[*_`~[\]]/g, '').trim();
  // Emoji first (a value may start with one and continue with any word: "🔄 Fixing schema").
  for (const [word, meaning] of STATE_WORDS) {
    if (!/[a-z0-9]/.test(word) && s.startsWith(word)) return meaning;
  }
  const t = s.replace(/^[^\p{L}\p{N}?]+/u, '');
  for (const [word, meaning] of STATE_WORDS) {
    if (!t.startsWith(word)) continue;
    const next = t.charAt(word.length);
    if (next === '' || !/[\p{L}\p{N}]/u.test(next) || !/[a-z]/.test(word)) return meaning;
  }
  return null;
}

/**
 * Headings that are never an agent, whole or before "Status": they describe the document or a group
 * ("## Project Status", "## 📊 Current Agent Status", "## Coordination Rules").
 */
export const NOT_AGENT_WORDS = new Set([
  'current',
  'overall',
  'project',
  'system',
  'sync',
  'work',
  'task',
  'tasks',
  'implementation',
  'automation',
  'build',
  'current build',
  'deployment',
  'module',
  'modules',
  'agent',
  'agents',
  'current agent',
  'agent status',
  'ai',
  'ai agents',
  'team',
  'phase',
  'progress',
  'current work',
  'ai current work',
  'sync check',
  'check sync',
  'test',
  'tests',
  'ci',
  'overview',
  'summary',
  'notes',
  'rules',
  'guidelines',
  'protocol',
  'instructions',
  'how to use',
  'example',
  'examples',
  'template',
  'active work',
  'active claims',
  'active locks',
  'claims',
  'locks',
  'history',
  'update history',
  'changelog',
  'backlog',
  'next steps',
  'blockers',
  'decisions',
  'context',
  'files',
  'related files',
  'quick commands',
  'commands',
  'success criteria',
  'coordination rules',
  'coordination',
  'emergency override',
  'emergency overrides',
  'available modules for work',
  'work coordination matrix',
  'progress',
  'current status',
  'current position',
  'session continuity'
]);

/**
 * Names of AI coding agents and tools, lower case. A heading that is one of these (or starts with one) is an agent
 * section even without "Status"; a list line that starts with one may be a claim the reader must account for.
 */
export const KNOWN_AGENTS: readonly string[] = [
  'claude',
  'claude code',
  'codex',
  'chatgpt',
  'chatgpt codex',
  'openai codex',
  'copilot',
  'github copilot',
  'cursor',
  'gemini',
  'gemini cli',
  'windsurf',
  'devin',
  'aider',
  'cline',
  'roo',
  'opencode',
  'jules',
  'amp',
  'kiro',
  'qwen',
  'grok',
  'continue',
  'goose',
  'junie'
];

/** Is this (normalised) name one of the known agents, or does it start with one ("Claude Code (Opus)")? */
export function isKnownAgentName(name: string): boolean {
  const n = name.toLowerCase();
  return KNOWN_AGENTS.some((a) => n === a || n.startsWith(`${a} `));
}

/** "Both", "All", "Everyone": an ownership cell that gives a path to every agent listed. */
export const EVERY_AGENT_WORDS = new Set(['both', 'all', 'everyone', 'all agents', 'shared', '全部']);
