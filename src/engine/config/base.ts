// What the config offers without its parser: the defaults, the glob rules the action's inputs share with the schema,
// and ConfigError. No yaml, no zod: a run without a config file needs only this, and the action loads the parser
// (index.ts: yaml and the zod schema) only when there is a config file to read. The schema (schema.ts) imports the
// shared pieces from here; a unit test holds defaultConfig() equal to what the schema makes of an empty file.
import type { Config } from '../model.js';
import { patternProblem } from '../paths/index.js';
import { quote } from '../quote.js';

/** A found value as a message shows it: quoted text, "a list", "a mapping", "nothing". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return quote(value, 80);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

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

// ---------------------------------------------------------------------------------------------------------------
// Defaults

/** Lock files change in almost every branch; their overlap says nothing about two agents' work. */
export const RADAR_IGNORE_DEFAULT = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'Cargo.lock', 'poetry.lock', 'Gemfile.lock', 'composer.lock', 'go.sum', 'uv.lock'];

/** The config of a repository without a config file (the schema's defaults: a unit test compares them). */
export function defaultConfig(): Config {
  return {
    agents: {},
    modules: {},
    activeHours: 2,
    staleHours: 4,
    timezone: 'UTC',
    policy: { unknownAuthor: 'warning', requireHandoff: false },
    ignore: [],
    statusBranches: [],
    radar: { ignore: [...RADAR_IGNORE_DEFAULT], maxPullRequests: 100 }
  };
}

/** No config to parse: no file (null), or an empty one. Comments only still go through the parser. */
export function isBlankConfig(text: string | null | undefined): text is null | undefined | '' {
  return text === null || text === undefined || text.trim() === '';
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

/**
 * Why a GitHub login is unusable, or null. GitHub's rules: 1–39 letters, digits or hyphens, no leading, trailing or
 * double hyphen. The comment builds `@login` from it, so nothing else (no markdown, no team, no space) may pass.
 */
export function githubLoginProblem(login: string): string | null {
  if (login.startsWith('@')) return 'a login is written without the leading "@"';
  if (login.length > 39) return 'longer than 39 characters';
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$/.test(login)) return 'only letters, digits and single hyphens, not first or last';
  return null;
}
