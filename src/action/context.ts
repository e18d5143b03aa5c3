// Runner environment + event payload → a typed run context. The payload is validated with zod, so a
// malformed event fails with the field that is wrong instead of a TypeError deep inside a run.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

// Each payload is parsed once: zod's compiled fast path (generated with new Function on first use) costs more than
// it saves. The action's other schemas are parsed once per run too.
z.config({ jitless: true });

const sha = z.string().regex(/^[0-9a-f]{40}$/i, 'a 40-character commit SHA');
const person = z.object({ name: z.string().default(''), email: z.string().nullable().optional(), username: z.string().optional() });

const payloadCommit = z.object({
  id: sha,
  message: z.string(),
  timestamp: z.string().optional(),
  distinct: z.boolean().optional(),
  author: person,
  committer: person,
  added: z.array(z.string()).default([]),
  removed: z.array(z.string()).default([]),
  modified: z.array(z.string()).default([])
});
export type PayloadCommit = z.infer<typeof payloadCommit>;

const repository = z.object({
  name: z.string(),
  full_name: z.string().optional(),
  owner: z.object({ login: z.string().optional(), name: z.string().nullable().optional() }),
  default_branch: z.string().optional(),
  master_branch: z.string().optional(),
  // Unix seconds in push payloads, ISO text elsewhere.
  pushed_at: z.union([z.number(), z.string()]).nullable().optional()
});

const pushPayload = z.object({
  ref: z.string(),
  before: sha,
  after: sha,
  created: z.boolean().default(false),
  deleted: z.boolean().default(false),
  forced: z.boolean().default(false),
  commits: z.array(payloadCommit).nullable().optional(),
  size: z.number().int().nonnegative().optional(),
  head_commit: payloadCommit.nullable().optional(),
  repository
});

const prPayload = z.object({
  action: z.string(),
  number: z.number().int().positive(),
  pull_request: z.object({
    number: z.number().int().positive(),
    title: z.string().default(''),
    draft: z.boolean().optional(),
    updated_at: z.string(),
    changed_files: z.number().int().nonnegative().optional(),
    user: z.object({ login: z.string() }).nullable(),
    head: z.object({ ref: z.string(), sha, repo: z.object({ full_name: z.string() }).nullable().optional() }),
    base: z.object({ ref: z.string(), sha, repo: z.object({ full_name: z.string() }).nullable().optional() })
  }),
  repository
});

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

function describeIssue(source: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return `${source}: field ${where}: ${issue?.message ?? 'invalid'}`;
}

function parse<T>(schema: z.ZodType<T>, data: unknown, source: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContextError(describeIssue(source, result.error));
  return result.data;
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
    const p = parse(pushPayload, raw, source);
    const branch = p.ref.startsWith('refs/heads/') ? p.ref.slice('refs/heads/'.length) : null;
    return {
      ...base,
      defaultBranch: p.repository.default_branch ?? p.repository.master_branch ?? null,
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
        size: p.size ?? null,
        headCommit: p.head_commit ?? null,
        pushedAt: toMs(p.repository.pushed_at)
      }
    };
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const p = parse(prPayload, raw, source);
    const pr = p.pull_request;
    const updatedAt = toMs(pr.updated_at);
    if (updatedAt === null) throw new ContextError(`${source}: field pull_request.updated_at: expected an ISO 8601 time`);
    const baseRepo = pr.base.repo?.full_name ?? `${owner}/${repo}`;
    return {
      ...base,
      defaultBranch: p.repository.default_branch ?? null,
      event: {
        kind: 'pull_request',
        action: p.action,
        number: pr.number,
        title: pr.title,
        author: pr.user?.login ?? null,
        headRef: pr.head.ref,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
        baseSha: pr.base.sha,
        changedFiles: pr.changed_files ?? null,
        updatedAt,
        fromFork: (pr.head.repo?.full_name ?? baseRepo).toLowerCase() !== baseRepo.toLowerCase()
      }
    };
  }
  const repoInfo = z.object({ repository: z.object({ default_branch: z.string().optional() }).optional() }).safeParse(raw);
  return { ...base, defaultBranch: repoInfo.success ? (repoInfo.data.repository?.default_branch ?? null) : null, event: { kind: 'other', name: eventName } };
}
