// The MCP tools: their arguments (zod; the SDK publishes them as JSON Schema), what an agent reads about them, and
// the CLI option values each call stands for, so a tool call runs exactly the command line it names.
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

export type Values = Record<string, string | boolean | string[] | undefined>;

export type ToolName = 'status' | 'claim' | 'checkin' | 'release' | 'verify';

export interface ToolDef {
  name: ToolName;
  title: string;
  description: string;
  /** Unknown keys are refused (strict), so a misspelt argument is an error, not silently ignored. */
  input: z.ZodType<Record<string, unknown>>;
  annotations: ToolAnnotations;
  /** Writes the claims file (runs alone) rather than only reading. */
  edits: boolean;
  /** The CLI option values (`src/cli/index.ts` COMMANDS keys) the arguments stand for. */
  values(args: Record<string, unknown>): Values;
}

const agent = z
  .string()
  .min(1)
  .describe(
    'Your agent name as the claims file writes it, e.g. "Claude Code". Optional: defaults to the AI_SYNC_AGENT variable the server was started with, else the name `ai-sync install-hooks --agent` remembered in this clone.'
  );
const commit = z.boolean().describe('Commit the edited claims file (only that file) locally; others see it after a push. Prefer push.');
const push = z
  .boolean()
  .describe(
    'Commit on top of the freshly fetched upstream branch and push it, so other agents see it at once (recommended). If someone pushed first, their claims are re-read and re-checked, then it retries.'
  );

/** Drops the arguments not given; a boolean flag is present only when true, as on the command line. */
function defined(v: Values): Values {
  const out: Values = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined || x === false) continue;
    if (Array.isArray(x) && x.length === 0) continue;
    out[k] = x;
  }
  return out;
}

const s = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const b = (x: unknown): boolean | undefined => (typeof x === 'boolean' ? x : undefined);
const list = (x: unknown): string[] | undefined => (Array.isArray(x) ? x.filter((e): e is string => typeof e === 'string') : undefined);

export const TOOLS: readonly ToolDef[] = [
  {
    name: 'status',
    title: 'Claims board',
    description:
      'Who works on what, before you start: every agent\'s claim (module, files, state active/caution/stale/idle, last check-in, when it goes stale), claims in flight on other branches, the module list, the last push\'s check, and whether your branch is behind its upstream. Read-only.',
    input: z
      .object({
        agent: agent.optional().describe('Your agent name: the board then starts with what changed since your last check-in.'),
        fetch: z.boolean().optional().describe('git fetch the remote first (otherwise the board is as of the last fetch).'),
        explain: z.boolean().optional().describe('Also show how each line of the claims file was read, and why a skipped line was skipped.')
      })
      .strict(),
    annotations: { title: 'Claims board', readOnlyHint: true, openWorldHint: true },
    edits: false,
    values: (a) => defined({ agent: s(a['agent']), fetch: b(a['fetch']), explain: b(a['explain']) })
  },
  {
    name: 'claim',
    title: 'Claim files or a module',
    description:
      'Claim files and/or a module in the claims file (AI_CURRENT_WORK.md) before you edit them. Adds to your current claim unless replace is true. Refused (isError) when another agent\'s live claim holds any of them: the result names the holder, where their claim is written, its check-in age, when it goes stale and what to do next. Use push: true so other agents see the claim at once.',
    input: z
      .object({
        files: z
          .array(z.string().min(1))
          .optional()
          .describe('Files, directories (ending in "/") or globs, relative to the repository root. A file that does not exist yet can be claimed.'),
        module: z.string().min(1).optional().describe('A module to claim (from the module list in the claims file, or the config).'),
        task: z.string().min(1).optional().describe('What you are working on, one line ("Currently Working On").'),
        expected: z.string().min(1).optional().describe('Expected completion, e.g. "2h" or "today 17:00".'),
        replace: z.boolean().optional().describe('Replace your whole claim with this one (what you held before is released) instead of adding to it.'),
        force: z
          .boolean()
          .optional()
          .describe(
            'Emergency only, with reason: when another agent holds it, record an Emergency Override instead of being refused. Their claim stays; commit your fix with a message starting "EMERGENCY:".'
          ),
        reason: z.string().min(1).optional().describe('Why the emergency override is needed (required with force).'),
        agent: agent.optional(),
        commit: commit.optional(),
        push: push.optional()
      })
      .strict(),
    annotations: { title: 'Claim files or a module', readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    edits: true,
    values: (a) =>
      defined({
        agent: s(a['agent']),
        files: list(a['files']),
        module: s(a['module']),
        task: s(a['task']),
        expected: s(a['expected']),
        replace: b(a['replace']),
        force: b(a['force']),
        reason: s(a['reason']),
        commit: b(a['commit']),
        push: b(a['push'])
      })
  },
  {
    name: 'checkin',
    title: 'Check in',
    description:
      'Set your Last Checkin to now (one line of the claims file). Do it every 30-60 minutes while you work: a claim without a recent check-in first only warns others, then goes stale and stops protecting your files.',
    input: z.object({ agent: agent.optional(), commit: commit.optional(), push: push.optional() }).strict(),
    annotations: { title: 'Check in', readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    edits: true,
    values: (a) => defined({ agent: s(a['agent']), commit: b(a['commit']), push: b(a['push']) })
  },
  {
    name: 'release',
    title: 'Release your claim',
    description:
      'When you are done: set your section idle, mark your modules available (or complete) again, and optionally leave a handoff note (AI_HANDOFF.md) for the next agent.',
    input: z
      .object({
        handoff: z.string().min(1).optional().describe('What changed and what is next, for the next agent (a dated entry in AI_HANDOFF.md).'),
        module_state: z.enum(['available', 'complete']).optional().describe('How your modules are marked in the module list: available (default) or complete.'),
        agent: agent.optional(),
        commit: commit.optional(),
        push: push.optional()
      })
      .strict(),
    annotations: { title: 'Release your claim', readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    edits: true,
    values: (a) =>
      defined({ agent: s(a['agent']), handoff: s(a['handoff']), 'module-state': s(a['module_state']), commit: b(a['commit']), push: b(a['push']) })
  },
  {
    name: 'verify',
    title: 'Verify before pushing',
    description:
      'Check your commits that are not on the upstream yet exactly as the GitHub action will after the push: the findings (e.g. a file another agent claims) and the verdict pass/warn/fail (in the structured result: verdict). Read-only; run it before you push.',
    input: z
      .object({
        agent: z.string().min(1).optional().describe('Attribute every commit to this agent, as the commit-msg hook\'s AI-Agent trailer would. Default: AI_SYNC_AGENT.'),
        base: z.string().min(1).optional().describe('Compare with this ref instead of the upstream, e.g. "origin/main".')
      })
      .strict(),
    annotations: { title: 'Verify before pushing', readOnlyHint: true, openWorldHint: false },
    edits: false,
    values: (a) => defined({ agent: s(a['agent']), base: s(a['base']) })
  }
];

/** What the server tells a client about itself (clients put it before the tool list). */
export const INSTRUCTIONS = [
  'ai-sync coordinates several AI coding agents in one repository through a claims file (AI_CURRENT_WORK.md).',
  'Before work: status, then claim the files or module you will edit (push: true). While working: checkin every 30-60 minutes.',
  'Before pushing: verify. When done: release with a handoff note.',
  'A refused claim is an error result that says who holds it, until when, and what to do; do not edit those files meanwhile.',
  'Texts quote the command line: a flag --x-y is the argument x_y of the tool of the same name (--push is push: true).'
].join('\n');
