// The config schema: zod, the single home of every key, default and description (kebab-case, as written in YAML),
// and the validators it shares with the action's inputs (globs, branch globs, time zones).
import { z } from 'zod';
import type { Config } from '../model.js';
import { agentKey, aliasKey } from '../names.js';
import { timezoneProblem } from '../time/index.js';
import { RADAR_IGNORE_DEFAULT, branchGlobProblem, configGlobProblem, describeValue, githubLoginProblem } from './base.js';
// The validators and the defaults' shared pieces live in base.ts (no zod: the action's inputs use them too).
export { RADAR_IGNORE_DEFAULT, branchGlobProblem, configGlobProblem, describeValue, githubLoginProblem } from './base.js';

export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/ai-sync/ai-sync/v1/schemas/ai-sync.config.schema.json';

/** A glob checked by the path module; `what` names it in messages ("a path glob"). */
export const glob = (what: string, description: string, problemOf: (glob: string) => string | null = configGlobProblem) =>
  z
    .string()
    .min(1)
    .max(1000)
    .superRefine((value, ctx) => {
      if (value.length === 0 || value.length > 1000) return; // reported by min/max
      const problem = problemOf(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `expected ${what}, got ${describeValue(value)}: ${problem}`, input: value });
    })
    .describe(description);

export const PATH_GLOB =
  'A path relative to the repository root, with gitignore semantics: "dir/" is everything below dir, a name without "/" matches at any depth, * stays within a segment, ** crosses "/".';

export const alias = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .describe('A name or email (globs: * any run of characters, ? one character), matched case-insensitively.');


// ---------------------------------------------------------------------------------------------------------------
// The schema (kebab-case keys, as written in the YAML)

export const agentSchema = z
  .strictObject({
    aliases: z
      .array(alias)
      .default([])
      .meta({
        description:
          'Names or emails (globs allowed, e.g. "*@openai.com") of commit authors, committers, Co-authored-by trailers and pull-request author logins that are this agent. Case-insensitive.',
        examples: [['Claude', 'noreply@anthropic.com']]
      }),
    branches: z
      .array(glob('a branch glob', 'A branch name or glob, e.g. "claude/**".', branchGlobProblem))
      .default([])
      .meta({
        description: 'Head branches (globs: * within a segment, ** across "/") whose commits belong to this agent.',
        examples: [['claude/**']]
      }),
    github: z
      .string()
      .trim()
      .superRefine((login, ctx) => {
        const problem = githubLoginProblem(login);
        if (problem) ctx.addIssue({ code: 'custom', message: `expected a GitHub login, got ${describeValue(login)}: ${problem}`, input: login });
      })
      .optional()
      .meta({
        description:
          'The GitHub account of the person (or bot) behind this agent: the sticky PR comment mentions @login when a change hits this agent\'s claim (for the findings notify-on selects). Without it, nobody is mentioned.',
        examples: ['octocat']
      })
  })
  .describe('How to recognise one agent.');

export const PolicyDefaults = { 'unknown-author': 'warning', 'require-handoff': false } as const;

export const policySchema = z
  .strictObject({
    'unknown-author': z
      .enum(['error', 'warning', 'ignore'])
      .default(PolicyDefaults['unknown-author'])
      .describe('How to report a change to claimed files by an author recognised as no agent: error (fails the check), warning, or ignore.'),
    'require-handoff': z
      .boolean()
      .default(PolicyDefaults['require-handoff'])
      .describe('Require every change that touches non-ignored files to also update the handoff file (AI_HANDOFF.md by default); a change without it is an error.')
  })
  .default({ ...PolicyDefaults })
  .describe('How strict the checks are.');

export const radarSchema = z
  .strictObject({
    ignore: z
      .array(glob('a path glob', PATH_GLOB))
      .default([...RADAR_IGNORE_DEFAULT])
      .describe('Paths (gitignore-style globs) whose overlap between open pull requests is never reported; replaces the default list of lock files.'),
    'max-pull-requests': z
      .number()
      .int()
      .min(0)
      .max(1000)
      .default(100)
      .describe('How many open pull requests (newest first) are read for in-flight claims and the overlap radar; 0 turns both off. When there are more, the summary says how many were read.')
  })
  .default({ ignore: [...RADAR_IGNORE_DEFAULT], 'max-pull-requests': 100 })
  .describe('In-flight claims and the overlap radar: claims written on open pull requests, and files two open pull requests both change.');

export const configSchema = z
  .strictObject({
    agents: z
      .record(z.string().trim().min(1), agentSchema)
      .default({})
      .meta({
        description:
          'Agents by name, as their section is titled in the claims file ("## Claude Code Status" → "Claude Code"). Agents without a section here are still known from the claims file.',
        examples: [{ 'Claude Code': { aliases: ['Claude', 'noreply@anthropic.com'], branches: ['claude/**'] } }]
      }),
    modules: z
      .record(
        z.string().trim().min(1),
        z.array(glob('a path glob', PATH_GLOB)).describe('The paths a module covers (gitignore-style globs, relative to the repository root).')
      )
      .default({})
      .meta({
        description: 'Module names, as claimed in the claims file, and the paths each covers.',
        examples: [{ TrackingModule: ['backend/src/api/tracking/**'] }]
      }),
    'active-hours': z
      .number()
      .positive()
      .default(2)
      .describe('Hours after an agent\'s last check-in during which its claims are fully active; must be less than stale-hours.'),
    'stale-hours': z
      .number()
      .positive()
      .default(4)
      .describe('Hours after an agent\'s last check-in after which its claims are stale and no longer block others.'),
    timezone: z
      .string()
      .superRefine((zone, ctx) => {
        const problem = timezoneProblem(zone);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: zone });
      })
      .default('UTC')
      .meta({ description: 'IANA time zone for times written without one in the claims file.', examples: ['UTC', 'Europe/Berlin'] }),
    policy: policySchema,
    ignore: z
      .array(glob('a path glob', PATH_GLOB))
      .default([])
      .meta({ description: 'Paths (gitignore-style globs) that never produce findings.', examples: [['docs/**', '*.md']] }),
    'status-branches': z
      .array(glob('a branch name or glob', 'A branch name or glob (picomatch), e.g. "main" or "release/*".', branchGlobProblem))
      .default([])
      .describe('Branches (names or globs) whose pushes write AI_SYNC_STATUS.json; empty means the default branch.'),
    radar: radarSchema
  })
  .superRefine((cfg, ctx) => {
    if (!(cfg['active-hours'] < cfg['stale-hours'])) {
      ctx.addIssue({
        code: 'custom',
        path: ['active-hours'],
        // Reported at stale-hours when active-hours is not in the file (its default is what clashes).
        params: { otherwise: ['stale-hours'] },
        message: `expected active-hours (${cfg['active-hours']}) to be less than stale-hours (${cfg['stale-hours']})`
      });
    }
    const seen = new Map<string, string>();
    for (const name of Object.keys(cfg.agents)) {
      const key = agentKey(name);
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['agents', name],
          message: `duplicate agent ${JSON.stringify(name)} (the same agent as ${JSON.stringify(first)}: names differ only in case, spacing or a role in parentheses)`
        });
      } else seen.set(key, name);
    }
    const aliasOwner = new Map<string, string>();
    for (const [name, agent] of Object.entries(cfg.agents)) {
      agent.aliases.forEach((a, i) => {
        const key = aliasKey(a); // as aliases are matched: e-mails and globs too
        const owner = aliasOwner.get(key);
        if (owner !== undefined && owner !== name) {
          ctx.addIssue({
            code: 'custom',
            path: ['agents', name, 'aliases', i],
            message: `alias ${JSON.stringify(a)} is also an alias of ${JSON.stringify(owner)}: a commit cannot belong to both`
          });
        } else aliasOwner.set(key, name);
      });
    }
  })
  .meta({ description: 'ai-sync configuration: who the agents are, which paths modules cover, and how strict the checks are.' });

export type ConfigFile = z.input<typeof configSchema>;

export function toConfig(parsed: z.output<typeof configSchema>): Config {
  const agents: Config['agents'] = {};
  for (const [name, a] of Object.entries(parsed.agents)) {
    agents[name.trim()] = { aliases: [...a.aliases], branches: a.branches.map((b) => b.trim()), ...(a.github !== undefined ? { github: a.github } : {}) };
  }
  const modules: Config['modules'] = {};
  for (const [name, globs] of Object.entries(parsed.modules)) modules[name.trim()] = globs.map((g) => g.trim());
  return {
    agents,
    modules,
    activeHours: parsed['active-hours'],
    staleHours: parsed['stale-hours'],
    timezone: parsed.timezone,
    policy: { unknownAuthor: parsed.policy['unknown-author'], requireHandoff: parsed.policy['require-handoff'] },
    ignore: parsed.ignore.map((g) => g.trim()),
    statusBranches: parsed['status-branches'].map((b) => b.trim()),
    radar: { ignore: parsed.radar.ignore.map((g) => g.trim()), maxPullRequests: parsed.radar['max-pull-requests'] }
  };
}
