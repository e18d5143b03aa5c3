// What every command needs, without the config parser: options shared by all commands, the repository's files, the
// clock, the agent, and the config when there is no config file to parse (configOf loads the parser, context.ts, only
// when there is one). `ai-sync status` imports this file, not context.ts, so a repository without a config file
// never loads yaml or the zod config schema.
import { lstatSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { linkTargetProblem, resolveLink, type LinkTargetKind } from '../engine/claims/link.js';
import { ConfigError, defaultConfig, isBlankConfig } from '../engine/config/base.js';
import type { Config } from '../engine/model.js';
import { closestAgent, sameAgent } from '../engine/names.js';
import { quote } from '../engine/quote.js';
import { timezoneProblem } from '../engine/time/index.js';
import { CliError, EXIT, usage } from './errors.js';
import { AGENT_CONFIG_KEY, type Repo } from './git.js';

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Globals {
  /** Directory the command runs in (absolute). */
  cwd: string;
  claimsFile: string;
  configFile: string;
  statusFile: string;
  handoffFile: string;
  timezone: string | null;
}

export const str = (v: Values, key: string): string | undefined => {
  const x = v[key];
  return typeof x === 'string' ? x : undefined;
};
export const bool = (v: Values, key: string): boolean => v[key] === true;

/** A repository-relative file option: no absolute paths outside, no `..`, forward slashes. */
function fileOption(v: Values, key: string, fallback: string): string {
  const raw = str(v, key) ?? fallback;
  if (raw.trim() === '' || /[\0\r\n]/.test(raw)) throw usage(`--${key} must be a file path`);
  return raw;
}

export function globals(v: Values): Globals {
  const tz = str(v, 'timezone');
  const problem = tz === undefined ? null : timezoneProblem(tz);
  if (problem) throw usage(`--timezone: ${problem}`);
  return {
    cwd: path.resolve(str(v, 'cwd') ?? process.cwd()),
    claimsFile: fileOption(v, 'claims-file', 'AI_CURRENT_WORK.md'),
    configFile: fileOption(v, 'config', '.github/ai-sync.yml'),
    statusFile: fileOption(v, 'status-file', 'AI_SYNC_STATUS.json'),
    handoffFile: fileOption(v, 'handoff-file', 'AI_HANDOFF.md'),
    timezone: tz ?? null
  };
}

/**
 * A path given on the command line, as a repository-relative path: relative paths are taken from the current
 * directory (as git does), `./` and repeated slashes dropped, a trailing `/` (directory claim) kept.
 */
export function repoPath(repo: Repo, cwd: string, raw: string): string {
  if (raw.trim() === '' || /[\0\r\n]/.test(raw)) throw usage(`not a usable path: ${JSON.stringify(raw)}`);
  if (raw.includes('\\')) throw usage(`use / in paths: ${raw}`);
  const dir = raw.endsWith('/');
  const abs = path.resolve(cwd, raw);
  const rel = path.relative(repo.root, abs).split(path.sep).join('/');
  if (rel === '' ) throw usage(`${raw} is the repository root: claim something inside it`);
  if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) throw usage(`${raw} is outside the repository ${repo.root}`);
  return dir ? `${rel}/` : rel;
}

/** A repository-relative file option resolved against the root (absolute paths inside the repo are accepted). */
export function rootPath(repo: Repo, file: string): string {
  if (!path.isAbsolute(file)) return file.replace(/^\.\//, '');
  const rel = path.relative(repo.root, file).split(path.sep).join('/');
  if (rel.startsWith('../')) throw usage(`${file} is outside the repository ${repo.root}`);
  return rel;
}

const notThere = (e: unknown): boolean => ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

/**
 * A repository file from the work tree, or null when absent. A symbolic link is followed once, to a file inside the
 * repository (src/engine/claims/link.ts): readFile alone would follow any link, to anywhere on the machine. A
 * directory on the way that is itself a link is refused for the same reason (git's tree has no file there).
 * Synchronous calls: a few small files, and node:fs/promises alone would load eight more of Node's own modules at
 * every start of the CLI.
 */
export async function readWorking(repo: Repo, file: string): Promise<string | null> {
  let target = file;
  try {
    const st = lstatSync(path.join(repo.root, file));
    if (st.isSymbolicLink()) target = await workingLinkTarget(repo, file);
  } catch (e) {
    if (notThere(e)) return null;
    throw e instanceof CliError ? e : usage(`cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    const dir = path.dirname(path.join(repo.root, target));
    if (realpathSync.native(dir) !== path.join(realpathSync.native(repo.root), path.dirname(target))) {
      throw usage(`${file}: a directory on its path is a symbolic link; ai-sync reads only files inside the repository, following a link only at the file itself`);
    }
    return readFileSync(path.join(repo.root, target), 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (notThere(e)) return null;
    throw usage(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/** Where the work-tree link at `file` leads (repository-relative), or a usage error in the engine's words. */
async function workingLinkTarget(repo: Repo, file: string): Promise<string> {
  const text = readlinkSync(path.join(repo.root, file));
  const resolved = resolveLink(file, text);
  if ('problem' in resolved) throw usage(resolved.problem);
  let found: LinkTargetKind | null = null;
  try {
    const st = lstatSync(path.join(repo.root, resolved.path));
    if (st.isSymbolicLink()) found = 'link';
    else if (st.isDirectory()) found = 'directory';
    else if (!st.isFile()) found = 'not-a-file';
  } catch (e) {
    if (!notThere(e)) throw e;
    found = 'missing';
  }
  if (found) throw usage(linkTargetProblem(file, text, found));
  return resolved.path;
}

/**
 * The file a repository path stands for in the work tree: itself, or the target of a link at it (followed once,
 * inside the repository, else a usage error). Edits go to the target, so that the link stays a link.
 */
export async function workingFile(repo: Repo, file: string): Promise<string> {
  try {
    return lstatSync(path.join(repo.root, file)).isSymbolicLink() ? await workingLinkTarget(repo, file) : file;
  } catch (e) {
    if (notThere(e)) return file;
    throw e instanceof CliError ? e : usage(`cannot read ${file}: ${(e as Error).message}`);
  }
}

const GIT_MODE_KIND: Record<string, LinkTargetKind> = { '120000': 'link', '040000': 'directory', '160000': 'not-a-file' };

/**
 * `text`, the blob at `<rev>:<file>` read by `cat-file`, when it is a file; when it is a symbolic link (mode
 * 120000, the blob being the target path) the target's text at the same revision, followed once inside the
 * repository, or a usage error in the engine's words.
 */
export async function followLinkAt(repo: Repo, rev: string, file: string, text: string | null): Promise<string | null> {
  // A link's blob is its target path: one short line. Any other text is a file, known without another git process.
  if (text === null || text.includes('\n') || text.length > 4096) return text;
  if ((await repo.git.modeAt(rev, file)) !== '120000') return text;
  const resolved = resolveLink(file, text);
  if ('problem' in resolved) throw usage(resolved.problem);
  const mode = await repo.git.modeAt(rev, resolved.path);
  if (mode === null) throw usage(linkTargetProblem(file, text, 'missing'));
  const kind = GIT_MODE_KIND[mode];
  if (kind) throw usage(linkTargetProblem(file, text, kind));
  const target = await repo.git.readAt(rev, resolved.path);
  if (target === null) throw usage(linkTargetProblem(file, text, 'missing'));
  return target;
}

/**
 * The config: the defaults with --timezone when `text` is blank, else the file parsed by context.ts's configFrom —
 * loaded only then, with yaml and the zod schema. The same Config as configFrom (a test holds them equal). Without a
 * file there is nothing for the engine's withOverrides to check (the default hours are valid, --timezone was checked
 * by globals), and importing it would load the status file's reader and zod with the whole check.
 */
export async function configOf(text: string | null, g: Globals): Promise<Config> {
  if (!isBlankConfig(text)) return (await import('./context.js')).configFrom(text, g);
  const config = defaultConfig();
  if (g.timezone) config.timezone = g.timezone;
  return config;
}

/** ConfigError (possibly several issues) → one line; any other engine error → a usage error. */
export function asInputError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof ConfigError) {
    const more = e.issues.length > 1 ? ` (and ${e.issues.length - 1} more problem${e.issues.length > 2 ? 's' : ''})` : '';
    return new CliError(`${e.message.split('\n')[0] ?? e.message}${more}`, EXIT.usage);
  }
  return new CliError((e as Error).message ?? String(e), EXIT.usage);
}

/** The reference time: AI_SYNC_NOW (ISO 8601 or epoch ms) or the clock. */
export function now(): number {
  const env = process.env['AI_SYNC_NOW'];
  if (env === undefined || env.trim() === '') return Date.now();
  const t = /^\d+$/.test(env.trim()) ? Number(env.trim()) : Date.parse(env);
  if (!Number.isFinite(t)) throw usage(`AI_SYNC_NOW: not a time: ${env}`);
  return t;
}

/** Validates an agent name: one line, no control characters, nothing that would break the claims markdown. */
export function validAgentName(name: string, from: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  if (n === '') throw usage(`${from}: the agent name is empty`);
  if (/[\u0000-\u001f\u007f]/.test(name.replace(/ /g, ''))) throw usage(`${from}: the agent name must be one line without control characters`);
  if (n.length > 80) throw usage(`${from}: the agent name is longer than 80 characters`);
  if (/[*_`#|[\]()<>:,;]|\s[-–—]\s/.test(n)) {
    throw usage(`${from}: the agent name "${n}" has characters the claims file cannot hold (* _ \` # | [ ] ( ) < > : , ; or " - ")`);
  }
  if (/\bstatus$/i.test(n)) throw usage(`${from}: the agent name must not end with "Status"`);
  return n;
}

/** --agent, else AI_SYNC_AGENT; required when `required`. */
export function agentOption(v: Values, required: boolean): string | null {
  const flag = str(v, 'agent');
  if (flag !== undefined) return validAgentName(flag, '--agent');
  const env = process.env['AI_SYNC_AGENT'];
  if (env !== undefined && env.trim() !== '') return validAgentName(env, 'AI_SYNC_AGENT');
  if (required) throw usage('--agent NAME is required (or set AI_SYNC_AGENT)');
  return null;
}

export { AGENT_CONFIG_KEY } from './git.js';

/**
 * The agent a claim, checkin or release is for: --agent, else AI_SYNC_AGENT, else the agent install-hooks
 * remembered for this clone (git config ai-sync.agent); else a usage error saying all three.
 */
export async function agentFor(v: Values, repo: Repo): Promise<string> {
  const given = agentOption(v, false);
  if (given !== null) return given;
  const remembered = await repo.git.tryOut(['config', '--get', AGENT_CONFIG_KEY]);
  if (remembered && remembered.trim() !== '') return validAgentName(remembered.trim(), `git config ${AGENT_CONFIG_KEY}`);
  throw usage('--agent NAME is required (or set AI_SYNC_AGENT, or run ai-sync install-hooks --agent NAME once in this clone)');
}

/**
 * The agent status catches up for: --agent, AI_SYNC_AGENT, else the one install-hooks remembered (`remembered`: what
 * `git config --get ai-sync.agent` printed, asked for by status before it knew whether it would need it); null if none.
 */
export async function statusAgent(v: Values, remembered: Promise<string | null>): Promise<{ agent: string | null; warning: string | null }> {
  const given = agentOption(v, false);
  if (given !== null) return { agent: given, warning: null };
  const name = (await remembered)?.trim();
  if (!name) return { agent: null, warning: null };
  try {
    return { agent: validAgentName(name, `git config ${AGENT_CONFIG_KEY}`), warning: null };
  } catch (e) {
    return { agent: null, warning: `${(e as Error).message}; no catch-up shown` };
  }
}

/** The configured agent a name refers to (by name or alias: sameAgent), with every name it goes by. */
export function canonicalAgent(name: string, config: Config): { name: string; aliases: string[] } {
  for (const [canonical, a] of Object.entries(config.agents)) {
    const names = [canonical, ...a.aliases.filter((x) => !/[*?@]/.test(x))];
    if (names.some((n) => sameAgent(n, name))) return { name: canonical, aliases: names.filter((n) => n !== canonical) };
  }
  return { name, aliases: [] };
}

/**
 * The agent of `known` that `name` most likely meant when it is none of them but close to one, or to a configured
 * alias of one (closestAgent: "ClaudeCode", "Cluade Code", "Claud"); else null.
 */
export function guessAgent(name: string, known: readonly string[], config: Config): string | null {
  const candidates = known.map((k) => {
    const c = canonicalAgent(k, config);
    return { name: k, aliases: [c.name, ...c.aliases] };
  });
  const guess = closestAgent(name, candidates);
  return guess === null || sameAgent(guess, name) ? null : guess;
}

/** ` (did you mean "Claude Code"?)` when guessAgent has a guess; else ''. */
export function didYouMean(name: string, known: readonly string[], config: Config): string {
  const guess = guessAgent(name, known, config);
  return guess === null ? '' : ` (did you mean ${quote(guess)}?)`;
}
