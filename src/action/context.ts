// Runner environment + event payload → a typed run context. Every field the action uses is read with the type it
// must have (payload.ts), so a malformed event fails with the field that is wrong instead of a TypeError deep
// inside a run.
import { readFileSync } from 'node:fs';
import { array, boolean, integer, nullable, object, optional, PayloadError, sha, string, time } from './payload.js';

type Path = readonly (string | number)[];

export interface PayloadPerson {
  name: string;
  email?: string | null;
  username?: string;
}

export interface PayloadCommit {
  id: string;
  message: string;
  timestamp?: string;
  distinct?: boolean;
  author: PayloadPerson;
  committer: PayloadPerson;
  added: string[];
  removed: string[];
  modified: string[];
}

interface PayloadRepository {
  name: string;
  owner: { login?: string; name?: string | null };
  defaultBranch: string | null;
  masterBranch: string | null;
  pushedAt: number | string | null;
}

const strings = (v: unknown, path: Path): string[] => array(v, path, string);

function person(v: unknown, path: Path): PayloadPerson {
  const o = object(v, path);
  const p: PayloadPerson = { name: optional(o.name, [...path, 'name'], string, '') };
  if (o.email !== undefined) p.email = nullable(o.email, [...path, 'email'], string);
  if (o.username !== undefined) p.username = string(o.username, [...path, 'username']);
  return p;
}

function payloadCommit(v: unknown, path: Path): PayloadCommit {
  const o = object(v, path);
  const at = (k: string): Path => [...path, k];
  const c: PayloadCommit = {
    id: sha(o.id, at('id')),
    message: string(o.message, at('message')),
    author: person(o.author, at('author')),
    committer: person(o.committer, at('committer')),
    added: optional(o.added, at('added'), strings, []),
    removed: optional(o.removed, at('removed'), strings, []),
    modified: optional(o.modified, at('modified'), strings, [])
  };
  if (o.timestamp !== undefined) c.timestamp = string(o.timestamp, at('timestamp'));
  if (o.distinct !== undefined) c.distinct = boolean(o.distinct, at('distinct'));
  return c;
}

function repository(v: unknown, path: Path): PayloadRepository {
  const o = object(v, path);
  const at = (k: string): Path => [...path, k];
  const name = string(o.name, at('name'));
  if (o.full_name !== undefined) string(o.full_name, at('full_name'));
  const owner = object(o.owner, at('owner'));
  return {
    name,
    owner: {
      ...(owner.login !== undefined ? { login: string(owner.login, [...at('owner'), 'login']) } : {}),
      ...(owner.name !== undefined ? { name: nullable(owner.name, [...at('owner'), 'name'], string) } : {})
    },
    defaultBranch: optional(o.default_branch, at('default_branch'), string, null),
    masterBranch: optional(o.master_branch, at('master_branch'), string, null),
    pushedAt: time(o.pushed_at, at('pushed_at'))
  };
}

/** A branch end of a pull request: its name, commit and (null for a deleted fork) repository. */
function pullEnd(v: unknown, path: Path): { ref: string; sha: string; repo: string | null } {
  const o = object(v, path);
  const repo = nullable(o.repo, [...path, 'repo'], (r, p) => string(object(r, p).full_name, [...p, 'full_name']));
  return { ref: string(o.ref, [...path, 'ref']), sha: sha(o.sha, [...path, 'sha']), repo };
}

export type PushEvent = {
  kind: 'push';
  before: string;
  after: string;
  ref: string;
  /** Branch name when the ref is a branch, else null (tags). */
  branch: string | null;
  created: boolean;
  deleted: boolean;
  forced: boolean;
  commits: PayloadCommit[];
  size: number | null;
  headCommit: PayloadCommit | null;
  pushedAt: number | null;
};

export type PullRequestEvent = {
  kind: 'pull_request';
  action: string;
  number: number;
  title: string;
  author: string | null;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  changedFiles: number | null;
  updatedAt: number;
  fromFork: boolean;
};

export type OtherEvent = { kind: 'other'; name: string };

export interface RunContext {
  apiUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  sha: string;
  ref: string;
  defaultBranch: string | null;
  event: PushEvent | PullRequestEvent | OtherEvent;
}

export class ContextError extends Error {}

/** `read`, its PayloadError told as the action says it: which event, which field, what was expected. */
function reading<T>(source: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof PayloadError) throw new ContextError(`${source}: ${e.message}`);
    throw e;
  }
}

const toMs = (v: number | string | null | undefined): number | null => {
  if (v === null || v === undefined) return null;
  const ms = typeof v === 'number' ? v * 1000 : Date.parse(v);
  return Number.isFinite(ms) ? ms : null;
};

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const need = (name: string): string => {
    const v = env[name];
    if (!v) throw new ContextError(`${name} is not set: this must run as a GitHub Actions step (or set it as a runner would).`);
    return v;
  };
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const [owner, repo, ...rest] = need('GITHUB_REPOSITORY').split('/');
  if (!owner || !repo || rest.length > 0) throw new ContextError(`GITHUB_REPOSITORY: expected owner/name, got "${env.GITHUB_REPOSITORY}"`);
  const eventName = need('GITHUB_EVENT_NAME');
  const eventPath = need('GITHUB_EVENT_PATH');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (e) {
    throw new ContextError(`GITHUB_EVENT_PATH (${eventPath}): cannot read the event payload: ${(e as Error).message}`);
  }
  const base = { apiUrl, owner, repo, eventName, sha: env.GITHUB_SHA ?? '', ref: env.GITHUB_REF ?? '' };
  const source = `event payload (${eventName})`;

  if (eventName === 'push') {
    const p = reading(source, () => {
      const o = object(raw, []);
      const ref = string(o.ref, ['ref']);
      const before = sha(o.before, ['before']);
      const after = sha(o.after, ['after']);
      return {
        ref,
        before,
        after,
        created: optional(o.created, ['created'], boolean, false),
        deleted: optional(o.deleted, ['deleted'], boolean, false),
        forced: optional(o.forced, ['forced'], boolean, false),
        commits: nullable(o.commits, ['commits'], (v, path) => array(v, path, payloadCommit)),
        size: optional(o.size, ['size'], (v, path) => integer(v, path, 0), null),
        headCommit: nullable(o.head_commit, ['head_commit'], payloadCommit),
        repository: repository(o.repository, ['repository'])
      };
    });
    const branch = p.ref.startsWith('refs/heads/') ? p.ref.slice('refs/heads/'.length) : null;
    return {
      ...base,
      defaultBranch: p.repository.defaultBranch ?? p.repository.masterBranch ?? null,
      event: {
        kind: 'push',
        before: p.before,
        after: p.after,
        ref: p.ref,
        branch,
        created: p.created || /^0{40}$/.test(p.before),
        deleted: p.deleted || /^0{40}$/.test(p.after),
        forced: p.forced,
        commits: p.commits ?? [],
        size: p.size,
        headCommit: p.headCommit,
        pushedAt: toMs(p.repository.pushedAt)
      }
    };
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const p = reading(source, () => {
      const o = object(raw, []);
      const action = string(o.action, ['action']);
      integer(o.number, ['number'], 1);
      const pr = object(o.pull_request, ['pull_request']);
      const at = (k: string): Path => ['pull_request', k];
      const pull = {
        number: integer(pr.number, at('number'), 1),
        title: optional(pr.title, at('title'), string, ''),
        updatedAt: string(pr.updated_at, at('updated_at')),
        changedFiles: optional(pr.changed_files, at('changed_files'), (v, path) => integer(v, path, 0), null),
        user: pr.user === null ? null : string(object(pr.user, at('user')).login, [...at('user'), 'login']),
        head: pullEnd(pr.head, at('head')),
        base: pullEnd(pr.base, at('base'))
      };
      if (pr.draft !== undefined) boolean(pr.draft, at('draft'));
      return { action, pull, repository: repository(o.repository, ['repository']) };
    });
    const pr = p.pull;
    const updatedAt = toMs(pr.updatedAt);
    if (updatedAt === null) throw new ContextError(`${source}: field pull_request.updated_at: expected an ISO 8601 time`);
    const baseRepo = pr.base.repo ?? `${owner}/${repo}`;
    return {
      ...base,
      defaultBranch: p.repository.defaultBranch,
      event: {
        kind: 'pull_request',
        action: p.action,
        number: pr.number,
        title: pr.title,
        author: pr.user,
        headRef: pr.head.ref,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
        baseSha: pr.base.sha,
        changedFiles: pr.changedFiles,
        updatedAt,
        fromFork: (pr.head.repo ?? baseRepo).toLowerCase() !== baseRepo.toLowerCase()
      }
    };
  }
  // Any other event is not checked; its repository's default branch is read when it is there, as a string.
  const repository_ = raw !== null && typeof raw === 'object' ? (raw as { repository?: unknown }).repository : undefined;
  const branch = repository_ !== null && typeof repository_ === 'object' ? (repository_ as { default_branch?: unknown }).default_branch : undefined;
  return { ...base, defaultBranch: typeof branch === 'string' ? branch : null, event: { kind: 'other', name: eventName } };
}
