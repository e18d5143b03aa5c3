// The action's inputs. An empty input means "not set": the config file, then the built-in default decides.
// Every input is held to the rules of its config counterpart (src/engine/config/schema.ts): a value the config file would
// reject stops the run with one line naming the input and the value, instead of being ignored further down.
import { branchGlobProblem } from '../engine/config/base.js';
import type { ReportedFiles } from '../engine/model.js';
import { quote } from '../engine/quote.js';
import { timezoneProblem } from '../engine/time/index.js';
import { DEFAULT_STATUS_COMMITTER } from '../engine/judge/status-edits.js';
import { FINDING_KINDS } from '../engine/model.js';
import { NOTIFY_SEVERITIES, parseNotifyOn, type NotifyOn } from '../report/notice.js';

export type { FailOn } from '../engine/judge/verdict.js';
import type { FailOn } from '../engine/judge/verdict.js';
export type PrComment = 'auto' | 'always' | 'never';

export interface ActionInputs {
  token: string;
  files: ReportedFiles;
  configFile: string;
  failOn: FailOn;
  prComment: PrComment;
  writeStatus: boolean;
  statusBranches: string[] | null;
  commitMessage: string;
  committer: { name: string; email: string };
  overrides: { activeHours?: number; staleHours?: number; timezone?: string };
  /** The notification webhook (a secret: masked by main.ts before anything runs, never printed) and what notifies. */
  notify: { webhook: string | null; on: NotifyOn };
  /** Accepted inputs worth a warning (an http: webhook to another host). */
  warnings: string[];
}

export class InputError extends Error {}

type Read = (name: string) => string;

/**
 * A value as the message shows it: quoted with JSON escapes (a newline in a multi-line input must not split the
 * one error line) and cut at 80 characters.
 */
export function shown(v: string): string {
  return quote(v, 80);
}

function oneOf<T extends string>(read: Read, name: string, allowed: readonly T[], fallback: T): T {
  const v = read(name).trim().toLowerCase();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`input ${name}: expected one of ${allowed.join(' | ')}, got ${shown(v)}`);
}

function bool(read: Read, name: string, fallback: boolean): boolean {
  const v = read(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(`input ${name}: expected true or false, got ${shown(v)}`);
}

/**
 * Hours, as the config's `active-hours`/`stale-hours`: a finite number > 0, written as YAML writes a decimal number
 * (`2`, `0.5`, `1e2`). Number() alone would also take "0x10", "0b11" and "Infinity", which nobody means as hours.
 */
function hours(read: Read, name: string): number | undefined {
  const v = read(name).trim();
  if (v === '') return undefined;
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(v)) throw new InputError(`input ${name}: expected a number of hours, got ${shown(v)}`);
  const n = Number(v);
  if (!(n > 0) || !Number.isFinite(n)) throw new InputError(`input ${name}: expected a number of hours > 0, got ${shown(v)}`);
  return n;
}

/** The config's `timezone` rule and message (src/engine/time): a zone this runtime knows by its IANA name. */
function timezone(read: Read): string | undefined {
  const v = read('timezone').trim();
  if (v === '') return undefined;
  const problem = timezoneProblem(v);
  if (problem) throw new InputError(`input timezone: ${problem}`);
  return v;
}

/**
 * A file path inside the repository, as the API reads it (`<sha>:<path>`): relative, no `..`, `.` or empty
 * segments (the API would not find `a//b` or `a/./b`, and a trailing `/` is a directory), no NUL or line breaks.
 */
function path(read: Read, name: string, fallback: string): string {
  const raw = read(name).trim();
  if (raw === '') return fallback;
  const v = raw.replace(/^(?:\.\/)+/, '');
  const segments = v.split('/');
  if (v.startsWith('/') || segments.some((s) => s === '' || s === '.' || s === '..') || /[\0\r\n]/.test(v)) {
    throw new InputError(`input ${name}: expected a file path inside the repository, got ${shown(raw)}`);
  }
  return v;
}

/** Loopback hosts, where an http: webhook never crosses a network. */
function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/**
 * notify-webhook: an https: (or http:) URL, or nothing. It is a secret (Slack's and Mattermost's hooks carry their
 * key in the path): no message here shows it, not even in part — only what kind of problem it has.
 */
function webhook(read: Read, warnings: string[]): string | null {
  const raw = read('notify-webhook').trim();
  if (raw === '') return null;
  // Not even the scheme is shown: in a value that is no URL, whatever stands before the first ":" may be the key.
  const bad = new InputError('input notify-webhook: expected an https: (or http:) URL; the value is not one (it is a secret and is not shown)');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') throw bad;
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    warnings.push('input notify-webhook: an http: URL sends the findings (and the webhook\'s key) unencrypted; use https:');
  }
  return url.href;
}

function notifyOn(read: Read): NotifyOn {
  const parsed = parseNotifyOn(read('notify-on'));
  if ('on' in parsed) return parsed.on;
  if ('unknown' in parsed) {
    throw new InputError(`input notify-on: unknown value ${shown(parsed.unknown)}; expected a severity (${NOTIFY_SEVERITIES.join(', ')}), a finding kind (${FINDING_KINDS.join(', ')}) or none`);
  }
  throw new InputError('input notify-on: "none" cannot be combined with other values');
}

export function readInputs(read: Read): ActionInputs {
  const warnings: string[] = [];
  const token = read('token').trim();
  if (!token) throw new InputError('input token: a token is required (the default is ${{ github.token }})');
  const branches = read('status-branches')
    .split(/[,\n]/)
    .map((b) => b.trim().replace(/^refs\/heads\//, ''))
    .filter(Boolean);
  for (const b of branches) {
    const problem = branchGlobProblem(b);
    if (problem) throw new InputError(`input status-branches: "${b.length > 80 ? `${b.slice(0, 77)}...` : b}" is not a usable branch glob: ${problem}`);
  }
  const overrides: ActionInputs['overrides'] = {};
  const active = hours(read, 'active-hours');
  const stale = hours(read, 'stale-hours');
  // The config's rule; with only one of them given, check()'s withOverrides compares it with the config's value.
  if (active !== undefined && stale !== undefined && !(active < stale)) {
    throw new InputError(`input active-hours: expected less than stale-hours (${shown(read('stale-hours').trim())}), got ${shown(read('active-hours').trim())}`);
  }
  const tz = timezone(read);
  if (active !== undefined) overrides.activeHours = active;
  if (stale !== undefined) overrides.staleHours = stale;
  if (tz !== undefined) overrides.timezone = tz;
  const files: ReportedFiles = {
    claims: path(read, 'claims-file', 'AI_CURRENT_WORK.md'),
    status: path(read, 'status-file', 'AI_SYNC_STATUS.json'),
    handoff: path(read, 'handoff-file', 'AI_HANDOFF.md')
  };
  const configFile = path(read, 'config-file', '.github/ai-sync.yml');
  // One file in two roles would be misread (the config parsed as claims) or overwritten (the status commit
  // replacing the claims file).
  const roles: [string, string][] = [['claims-file', files.claims], ['status-file', files.status], ['handoff-file', files.handoff], ['config-file', configFile]];
  roles.forEach(([name, file], i) => {
    const other = roles.slice(0, i).find(([, f]) => f === file);
    if (other) throw new InputError(`input ${name}: ${shown(file)} is also the ${other[0]}; each file has one role`);
  });
  return {
    token,
    files,
    configFile,
    failOn: oneOf(read, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    prComment: oneOf(read, 'pr-comment', ['auto', 'always', 'never'] as const, 'auto'),
    writeStatus: bool(read, 'write-status', true),
    statusBranches: branches.length > 0 ? branches : null,
    commitMessage: read('commit-message').trim() || 'chore: update AI sync status [skip ci]',
    committer: {
      name: read('committer-name').trim() || DEFAULT_STATUS_COMMITTER.name,
      email: read('committer-email').trim() || DEFAULT_STATUS_COMMITTER.email
    },
    overrides,
    notify: { webhook: webhook(read, warnings), on: notifyOn(read) },
    warnings
  };
}
