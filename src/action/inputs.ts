// The action's inputs. An empty input means "not set": the config file, then the built-in default decides.
// Invalid values fail fast with the input's name and the allowed values.
import { branchGlobProblem } from '../engine/config.js';
import type { ReportedFiles } from '../engine/model.js';

export type FailOn = 'error' | 'warning' | 'never';
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
}

export class InputError extends Error {}

type Read = (name: string) => string;

function oneOf<T extends string>(read: Read, name: string, allowed: readonly T[], fallback: T): T {
  const v = read(name).trim().toLowerCase();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`input ${name}: expected one of ${allowed.join(' | ')}, got "${v}"`);
}

function bool(read: Read, name: string, fallback: boolean): boolean {
  const v = read(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(`input ${name}: expected true or false, got "${v}"`);
}

function hours(read: Read, name: string): number | undefined {
  const v = read(name).trim();
  if (v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InputError(`input ${name}: expected a positive number of hours, got "${v}"`);
  return n;
}

function path(read: Read, name: string, fallback: string): string {
  const v = read(name).trim().replace(/^\.\//, '');
  if (v === '') return fallback;
  if (v.startsWith('/') || v.split('/').includes('..') || v.includes('\0')) {
    throw new InputError(`input ${name}: expected a path inside the repository, got "${v}"`);
  }
  return v;
}

export function readInputs(read: Read): ActionInputs {
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
  const tz = read('timezone').trim();
  if (active !== undefined) overrides.activeHours = active;
  if (stale !== undefined) overrides.staleHours = stale;
  if (tz) overrides.timezone = tz;
  return {
    token,
    files: {
      claims: path(read, 'claims-file', 'AI_CURRENT_WORK.md'),
      status: path(read, 'status-file', 'AI_SYNC_STATUS.json'),
      handoff: path(read, 'handoff-file', 'AI_HANDOFF.md')
    },
    configFile: path(read, 'config-file', '.github/ai-sync.yml'),
    failOn: oneOf(read, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    prComment: oneOf(read, 'pr-comment', ['auto', 'always', 'never'] as const, 'auto'),
    writeStatus: bool(read, 'write-status', true),
    statusBranches: branches.length > 0 ? branches : null,
    commitMessage: read('commit-message').trim() || 'chore: update AI sync status [skip ci]',
    committer: {
      name: read('committer-name').trim() || 'github-actions[bot]',
      email: read('committer-email').trim() || '41898282+github-actions[bot]@users.noreply.github.com'
    },
    overrides
  };
}
