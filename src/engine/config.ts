// The config file `.github/ai-sync.yml`: YAML validated by zod. The zod schema holds every default and every
// description; the JSON Schema in schemas/ is generated from it (scripts/config-schema.ts). Pure: text in, Config out.

import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { Config } from './model.js';
import { patternProblem } from './paths.js';
import { timezoneProblem } from './time.js';

export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/ai-sync/ai-sync/v1/schemas/ai-sync.config.schema.json';

// ---------------------------------------------------------------------------------------------------------------
// Validators shared by the schema

/** Why a config glob (modules, ignore, branches) is unusable, or null. Stricter than a claim: never absolute. */
export function configGlobProblem(glob: string): string | null {
  if (glob.trim().startsWith('/')) return 'absolute (patterns are relative to the repository root; drop the leading "/")';
  return patternProblem(glob);
}

/**
 * Why a branch glob is unusable, or null. Branch globs are matched with picomatch, whose regexes backtrack: on top of
 * the path-glob rules, no extglobs, and at most two `*` runs besides whole `**` segments — `*a*a*a*b` takes
 * exponential time on a long branch name (a name anyone who can push a branch chooses).
 */
export function branchGlobProblem(glob: string): string | null {
  const problem = configGlobProblem(glob);
  if (problem) return problem;
  if (/[!?+*@]\(/.test(glob)) return 'an extglob such as +(…) or *(…) (not supported in branch globs)';
  const stars = glob.trim().split('/').filter((seg) => seg !== '**').join('/').match(/\*+/g)?.length ?? 0;
  if (stars > 2) return `${stars} "*" wildcards (at most 2 besides whole "**" segments: more can take exponential time to match)`;
  return null;
}

/** A glob checked by the path module; `what` names it in messages ("a path glob"). */
const glob = (what: string, description: string, problemOf: (glob: string) => string | null = configGlobProblem) =>
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

const PATH_GLOB =
  'A path relative to the repository root, with gitignore semantics: "dir/" is everything below dir, a name without "/" matches at any depth, * stays within a segment, ** crosses "/".';

const alias = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .describe('A name or email (globs: * any run of characters, ? one character), matched case-insensitively.');

// ---------------------------------------------------------------------------------------------------------------
// The schema (kebab-case keys, as written in the YAML)

const agentSchema = z
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
      })
  })
  .describe('How to recognise one agent.');

const PolicyDefaults = { 'unknown-author': 'warning', 'require-handoff': false } as const;

const policySchema = z
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
      .refine((zone) => timezoneProblem(zone) === null)
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
      .describe('Branches (names or globs) whose pushes write AI_SYNC_STATUS.json; empty means the default branch.')
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
      const key = name.trim().toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['agents', name], message: `duplicate agent ${JSON.stringify(name)} (same as ${JSON.stringify(first)} but for case)` });
      } else seen.set(key, name);
    }
    const aliasOwner = new Map<string, string>();
    for (const [name, agent] of Object.entries(cfg.agents)) {
      agent.aliases.forEach((a, i) => {
        const key = a.toLowerCase();
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

function toConfig(parsed: z.output<typeof configSchema>): Config {
  const agents: Config['agents'] = {};
  for (const [name, a] of Object.entries(parsed.agents)) {
    agents[name.trim()] = { aliases: [...a.aliases], branches: a.branches.map((b) => b.trim()) };
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
    statusBranches: parsed['status-branches'].map((b) => b.trim())
  };
}

export function defaultConfig(): Config {
  return toConfig(configSchema.parse({}));
}

// ---------------------------------------------------------------------------------------------------------------
// Errors

export interface ConfigIssue {
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** Dotted key path: `policy.unknown-author`, `agents.Claude Code.aliases[1]`; '' for YAML syntax errors. */
  key: string;
  /** `expected one of error | warning | ignore, got "warn"`. */
  message: string;
}

/** An invalid config file. The message lists every problem as `file:line: key: what was expected, got what`. */
export class ConfigError extends Error {
  readonly file: string;
  readonly line: number;
  readonly key: string;
  readonly issues: readonly ConfigIssue[];

  constructor(file: string, issues: readonly ConfigIssue[]) {
    const sorted = [...issues].sort((a, b) => a.line - b.line);
    super(sorted.map((i) => `${file}:${i.line}: ${i.key ? `${i.key}: ` : ''}${i.message}`).join('\n'));
    this.name = 'ConfigError';
    const first = sorted[0] ?? { line: 0, key: '', message: '' };
    this.file = file;
    this.line = first.line;
    this.key = first.key;
    this.issues = sorted;
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const EXPECTED_TYPE: Record<string, string> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping'
};

/** Known keys of the mapping at a (kebab-case) path, for unknown-key suggestions. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(configSchema.shape);
  if (path.length === 1 && path[0] === 'policy') return Object.keys(policySchema.unwrap().shape);
  if (path.length === 2 && path[0] === 'agents') return Object.keys(agentSchema.shape);
  return [];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      row[j] = Math.min(up + 1, (row[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length] as number;
}

/** The known key a typo most likely meant, or null. */
export function suggestKey(typo: string, known: readonly string[]): string | null {
  const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const exact = known.find((k) => squash(k) === squash(typo));
  if (exact) return exact;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(typo.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(Math.max(typo.length, best.length) / 3)) ? best : null;
}

function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    // Quoted (JSON escapes) when it could be misread or would break the one-line-per-problem message.
    else if (String(seg) === '' || /[.\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(String(seg))) out += `[${JSON.stringify(String(seg))}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out === '' ? '(top level)' : out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

// ---------------------------------------------------------------------------------------------------------------
// Locating keys in the YAML

interface Located {
  line: number;
}

function locate(root: unknown, path: readonly PropertyKey[], lines: LineCounter, keyOfLast = false): Located {
  const lineOf = (node: unknown): number | null => {
    const range = (node as YamlNode | null)?.range;
    return range ? lines.linePos(range[0]).line : null;
  };
  let node: unknown = root;
  let keyLine: number | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) break;
      keyLine = lineOf(pair.key);
      node = pair.value;
      if (node === null || node === undefined) return { line: keyLine ?? 1 };
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      keyLine = null;
      node = item;
    } else break;
  }
  // A collection (or a key whose value is wrong as a whole) is reported at its key; a scalar at itself.
  if ((keyOfLast || isMap(node) || isSeq(node)) && keyLine !== null) return { line: keyLine };
  return { line: lineOf(node) ?? keyLine ?? 1 };
}

/** The key path of the map key that starts at `offset`, or null. */
function keyPathAt(node: unknown, offset: number, path: PropertyKey[]): PropertyKey[] | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const here = [...path, String(key)];
      if ((pair.key as YamlNode | null)?.range?.[0] === offset) return here;
      const found = keyPathAt(pair.value, offset, here);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = keyPathAt(node.items[i], offset, [...path, i]);
      if (found) return found;
    }
  }
  return null;
}

/** The first mapping key that is itself a collection (`? [a, b]`), which has no place in this file. */
function complexKey(node: unknown, path: PropertyKey[]): { path: PropertyKey[]; offset: number } | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (pair.key !== null && !isScalar(pair.key)) return { path, offset: (pair.key as YamlNode).range?.[0] ?? 0 };
      const found = complexKey(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : '')]);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = complexKey(node.items[i], [...path, i]);
      if (found) return found;
    }
  }
  return null;
}

/** Treats `key:` with no value as "not given" (→ default); `agents: {X: }` as an agent with no settings. */
function dropNulls(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (v === null) continue;
    out[k] = v;
  }
  for (const record of ['agents', 'modules']) {
    const r = out[record];
    if (r && typeof r === 'object' && !Array.isArray(r)) {
      const fixed: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
        if (v === null) fixed[k] = record === 'agents' ? {} : [];
        else if (record === 'agents' && typeof v === 'object' && !Array.isArray(v)) {
          fixed[k] = Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null));
        } else fixed[k] = v;
      }
      out[record] = fixed;
    }
  }
  const policy = out.policy;
  if (policy && typeof policy === 'object' && !Array.isArray(policy)) {
    out.policy = Object.fromEntries(Object.entries(policy as Record<string, unknown>).filter(([, x]) => x !== null));
  }
  return out;
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const got = describeValue(valueAt(data, issue.path));
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(' | ')}, got ${got}`;
    case 'invalid_type':
      return `expected ${EXPECTED_TYPE[issue.expected] ?? issue.expected}, got ${got}`;
    case 'too_small':
      if (issue.origin === 'number') return `expected a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}, got ${got}`;
      if (issue.origin === 'string') return `expected a non-empty string, got ${got}`;
      return `expected at least ${String(issue.minimum)} items, got ${got}`;
    case 'too_big':
      if (issue.origin === 'string') return `expected at most ${String(issue.maximum)} characters, got ${got}`;
      return `expected at most ${String(issue.maximum)}, got ${got}`;
    case 'invalid_key':
      return `expected a non-empty name, got ${describeValue(issue.path[issue.path.length - 1])}`;
    case 'custom': {
      const last = issue.path[issue.path.length - 1];
      if (last === 'timezone') return `expected an IANA time zone such as "UTC" or "Europe/Berlin", got ${got}`;
      return issue.message;
    }
    default:
      return issue.message;
  }
}

function zodIssues(error: z.ZodError, data: unknown, root: unknown, lines: LineCounter): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(issue.path);
      // Keys one level down too: `unknown-author` at the top level → `policy.unknown-author`.
      const nested = issue.path.length === 0 ? knownKeys(['policy']).map((k) => `policy.${k}`) : [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion =
          suggestKey(key, known) ?? (nested.length > 0 ? suggestKey(`policy.${key}`, nested) : null);
        const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of ${known.join(' | ')}`;
        out.push({ line: locate(root, path, lines, true).line, key: keyPath(path), message: `unknown key; ${hint}` });
      }
      continue;
    }
    const keyed = issue.code === 'invalid_key' || (issue.code === 'custom' && issue.path[0] === 'agents' && issue.path.length === 2);
    const otherwise = issue.code === 'custom' ? (issue.params?.otherwise as PropertyKey[] | undefined) : undefined;
    const path = otherwise && valueAt(data, issue.path) === undefined ? otherwise : issue.path;
    out.push({ line: locate(root, path, lines, keyed).line, key: keyPath(path), message: issueMessage(issue, data) });
  }
  return out;
}

/**
 * Parses and validates `.github/ai-sync.yml`. No text (null, undefined, empty, only comments) gives the defaults.
 * Throws ConfigError naming file, line, key, what was expected and what was found.
 */
export function parseConfig(text: string | null | undefined, file: string): Config {
  if (text === null || text === undefined || text.trim() === '') return defaultConfig();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e): ConfigIssue => {
      const line = lines.linePos(e.pos[0]).line;
      const firstLine = e.message.split('\n')[0] ?? e.message;
      if (e.code === 'DUPLICATE_KEY') {
        const path = keyPathAt(doc.contents, e.pos[0], []);
        const key = path ? keyPath(path) : (/^\s*["']?([^"':\n]*)/.exec(text.slice(e.pos[0]))?.[1] ?? '').trim();
        return { line, key, message: 'duplicate key (each key may appear only once)' };
      }
      return { line, key: '', message: `YAML syntax error: ${firstLine}` };
    });
    throw new ConfigError(file, issues);
  }
  if (doc.contents === null) return defaultConfig(); // only comments
  const complex = complexKey(doc.contents, []);
  if (complex) {
    throw new ConfigError(file, [
      { line: lines.linePos(complex.offset).line, key: keyPath(complex.path), message: 'expected a plain key, got a list or mapping as a key' }
    ]);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigError(file, [{ line: 1, key: '', message: `YAML error: ${(e as Error).message}` }]);
  }
  if (data === null || data === undefined) return defaultConfig(); // `---` alone, or `~`
  data = dropNulls(data);
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(file, zodIssues(result.error, data, doc.contents, lines));
  return toConfig(result.data);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON Schema

/** JSON Schema (draft 2020-12) of the config file, generated from configSchema (input side: defaults shown). */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CONFIG_SCHEMA_ID,
    title: 'ai-sync configuration (.github/ai-sync.yml)',
    ...rest
  };
}
