/**
 * What a runner hands an action: event payloads shaped like GitHub's own examples
 * (@octokit/webhooks-examples) with every field the action reads rebuilt from real git data, the
 * environment variables a runner sets, and a reader for the GITHUB_OUTPUT file the action writes.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { EMPTY_TREE, GitRepo, ZERO_SHA, type CommitInfo } from './git.js';
import type { RepoFixture } from './fixture.js';
import type { PullRecord } from './pulls.js';
import type { StandIn } from './server.js';
import { stableId, userObject, type Site } from './shapes.js';

type PushPayload = WebhookDefinition<'push'>['examples'][number];
type PullRequestPayload = WebhookDefinition<'pull_request'>['examples'][number];
type Json = Record<string, unknown>;

const require = createRequire(import.meta.url);
let definitions: WebhookDefinition[] | undefined;
function examples(name: string): Json[] {
  definitions ??= require('@octokit/webhooks-examples') as WebhookDefinition[];
  const d = definitions.find((x) => x.name === name);
  if (!d) throw new Error(`@octokit/webhooks-examples has no ${name} example`);
  return d.examples as unknown as Json[];
}

/** URLs an event refers to; default github.com's, or a stand-in's. */
export interface EventUrls {
  /** GITHUB_SERVER_URL: html_url and friends. */
  serverUrl: string;
  /** GITHUB_API_URL: `url` fields of API objects. */
  apiUrl: string;
}

function urlsOf(o: { standIn?: Pick<StandIn, 'url' | 'origin'>; urls?: Partial<EventUrls> }): EventUrls {
  return {
    serverUrl: o.urls?.serverUrl ?? o.standIn?.origin ?? 'https://github.com',
    apiUrl: o.urls?.apiUrl ?? o.standIn?.url ?? 'https://api.github.com'
  };
}

/** The example re-homed: its owner, repository name and hosts replaced throughout. */
function rehome(template: Json, fixture: Pick<RepoFixture, 'owner' | 'repo'>, urls: EventUrls): Json {
  const text = JSON.stringify(template)
    .split('https://api.github.com').join(urls.apiUrl)
    .split('https://github.com').join(urls.serverUrl)
    .split('Codertocat/Hello-World').join(`${fixture.owner}/${fixture.repo}`)
    .split('"Hello-World"').join(JSON.stringify(fixture.repo))
    .split('Codertocat').join(fixture.owner);
  return JSON.parse(text) as Json;
}

function siteFor(fixture: Pick<RepoFixture, 'owner' | 'repo' | 'defaultBranch'>, urls: EventUrls): Site {
  return { api: urls.apiUrl, origin: urls.serverUrl, owner: fixture.owner, repo: fixture.repo, defaultBranch: fixture.defaultBranch, botLogin: 'github-actions[bot]', createdAt: '2020-01-01T00:00:00Z' };
}

function repositoryFields(repository: Json, fixture: RepoFixture, urls: EventUrls, unixDates: boolean, pushedAt: string): Json {
  const id = stableId(`repo:${fixture.owner}/${fixture.repo}`);
  const owner = repository.owner as Json;
  return {
    ...repository,
    id,
    name: fixture.repo,
    full_name: `${fixture.owner}/${fixture.repo}`,
    owner: { ...owner, login: fixture.owner, ...(unixDates ? { name: fixture.owner } : {}) },
    html_url: `${urls.serverUrl}/${fixture.owner}/${fixture.repo}`,
    default_branch: fixture.defaultBranch,
    ...(unixDates ? { master_branch: fixture.defaultBranch } : {}),
    pushed_at: unixDates ? Math.floor(Date.parse(pushedAt) / 1000) : pushedAt.replace(/\.\d{3}Z$/, 'Z')
  };
}

export interface PushEventOptions {
  before: string;
  after: string;
  /** `refs/heads/<branch>` */
  ref: string;
  /** 'all' (default) | 'truncated' (the last 20, `size` = the real count) | 'none'. */
  commits?: 'all' | 'truncated' | 'none';
  pushedAt?: string;
  forced?: boolean;
  deleted?: boolean;
  created?: boolean;
  /** Login of the pusher / sender (default: the owner). */
  pusher?: string;
  standIn?: Pick<StandIn, 'url' | 'origin'>;
  urls?: Partial<EventUrls>;
}

async function changedPaths(git: GitRepo, c: CommitInfo): Promise<{ added: string[]; removed: string[]; modified: string[] }> {
  const out = await git.text(['diff-tree', '-r', '-z', '--no-renames', '--name-status', c.parents[0] ?? EMPTY_TREE, c.sha]);
  const parts = out.split('\0');
  const r = { added: [] as string[], removed: [] as string[], modified: [] as string[] };
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const st = parts[i]!;
    const path = parts[i + 1]!;
    if (st === 'A') r.added.push(path);
    else if (st === 'D') r.removed.push(path);
    else if (st) r.modified.push(path);
  }
  return r;
}

/** A `push` payload for a push the fixture made (see fixture.push), commits oldest first. */
export async function pushEvent(fixture: RepoFixture, o: PushEventOptions): Promise<PushPayload> {
  const urls = urlsOf(o);
  const git = new GitRepo(fixture.gitDir);
  const deleted = o.deleted ?? o.after === ZERO_SHA;
  const created = o.created ?? o.before === ZERO_SHA;
  const exists = async (sha: string) => sha !== ZERO_SHA && (await git.objectType(sha)) === 'commit';
  let forced = o.forced;
  if (forced === undefined) {
    forced = !created && !deleted && (await exists(o.before)) && (await git.run(['merge-base', '--is-ancestor', o.before, o.after], { okCodes: [1] })).code !== 0;
  }

  let shas: readonly string[] = [];
  if (!deleted) {
    if (created) {
      // New to the repository: not reachable from any other branch.
      const others = (await git.text(['for-each-ref', '--format=%(refname)%00%(objectname)', 'refs/heads/']))
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\0') as [string, string])
        .filter(([name]) => name !== o.ref)
        .map(([, sha]) => `^${sha}`);
      shas = await git.revList(['--reverse', '--topo-order', o.after, ...others]);
    } else if (await exists(o.before)) {
      shas = await git.revList(['--reverse', '--topo-order', o.after, `^${o.before}`]);
    } else shas = [o.after];
  }
  const infos = await git.commits(shas);
  const headInfo = deleted ? null : (await git.commits([o.after]))[0]!;
  const commitUrl = (sha: string) => `${urls.serverUrl}/${fixture.owner}/${fixture.repo}/commit/${sha}`;
  const site = siteFor(fixture, urls);
  const userOf = (email: string) => /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email)?.[1];
  const entry = async (c: CommitInfo, distinct: boolean) => {
    const authorLogin = userOf(c.author.email);
    const committerLogin = userOf(c.committer.email);
    return {
      id: c.sha,
      tree_id: c.tree,
      distinct,
      message: c.message.replace(/\n+$/, ''),
      timestamp: c.committer.localDate,
      url: commitUrl(c.sha),
      author: { name: c.author.name, email: c.author.email, ...(authorLogin ? { username: authorLogin } : {}) },
      committer: { name: c.committer.name, email: c.committer.email, ...(committerLogin ? { username: committerLogin } : {}) },
      ...(await changedPaths(git, c))
    };
  };
  const mode = o.commits ?? 'all';
  const listed = mode === 'none' ? [] : mode === 'truncated' ? infos.slice(-20) : infos;
  const commits = await Promise.all(listed.map((c) => entry(c, true)));
  const headCommit = headInfo ? await entry(headInfo, shas.includes(headInfo.sha)) : null;

  const template = examples('push').find((e) => String(e.ref).startsWith('refs/heads/') && Array.isArray(e.commits) && e.commits.length > 0) ?? examples('push')[0]!;
  const base = rehome(template, fixture, urls);
  delete base.installation;
  const pushedAt = o.pushedAt ?? new Date().toISOString();
  const pusherLogin = o.pusher ?? fixture.owner;
  const short = (s: string) => s.slice(0, 12);
  const payload: Json = {
    ...base,
    ref: o.ref,
    before: o.before,
    after: o.after,
    created,
    deleted,
    forced,
    base_ref: null,
    compare: created && headInfo ? commitUrl(o.after) : `${urls.serverUrl}/${fixture.owner}/${fixture.repo}/compare/${short(o.before)}...${short(o.after)}`,
    commits,
    head_commit: headCommit,
    repository: repositoryFields(base.repository as Json, fixture, urls, true, pushedAt),
    pusher: { name: pusherLogin, email: `${stableId(`user:${pusherLogin}`)}+${pusherLogin}@users.noreply.github.com` },
    sender: { ...(base.sender as Json), ...userObject(site, pusherLogin) }
  };
  if (mode === 'truncated') payload.size = infos.length;
  return payload as unknown as PushPayload;
}

export interface PullRequestEventOptions {
  /** For `synchronize`: the head before the push (default: the current head). */
  before?: string;
  after?: string;
  sender?: string;
  standIn?: Pick<StandIn, 'url' | 'origin'>;
  urls?: Partial<EventUrls>;
}

/** A `pull_request` payload for a PullStore pull, with head/base shas read from the repository now. */
export async function pullRequestEvent(fixture: RepoFixture, pull: PullRecord, action: string, o: PullRequestEventOptions = {}): Promise<PullRequestPayload> {
  const urls = urlsOf(o);
  const all = examples('pull_request');
  const template = all.find((e) => e.action === action) ?? all.find((e) => e.action === 'opened')!;
  const base = rehome(template, fixture, urls);
  delete base.installation;
  const headSha = (await fixture.remoteSha(pull.head)) ?? pull.lastHeadSha;
  const baseSha = await fixture.remoteSha(pull.base);
  if (!headSha || !baseSha) throw new Error(`pull #${pull.number}: branch ${headSha ? pull.base : pull.head} is not on origin`);
  const site = siteFor(fixture, urls);
  const repository = repositoryFields(base.repository as Json, fixture, urls, false, pull.updatedAt);
  const pr = base.pull_request as Json;
  const api = `${urls.apiUrl}/repos/${fixture.owner}/${fixture.repo}`;
  const html = `${urls.serverUrl}/${fixture.owner}/${fixture.repo}/pull/${pull.number}`;
  const ownerUser = userObject(site, fixture.owner);
  const side = (old: unknown, ref: string, sha: string) => ({ ...(old as Json), label: `${fixture.owner}:${ref}`, ref, sha, user: ownerUser, repo: repository });
  const pullRequest: Json = {
    ...pr,
    url: `${api}/pulls/${pull.number}`,
    id: stableId(`pull:${fixture.owner}/${fixture.repo}#${pull.number}`),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${headSha}`,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    user: { ...(pr.user as Json), ...userObject(site, pull.user) },
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    draft: pull.draft,
    head: side(pr.head, pull.head, headSha),
    base: side(pr.base, pull.base, baseSha),
    _links: {
      self: { href: `${api}/pulls/${pull.number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/pulls/${pull.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${pull.number}/commits` },
      statuses: { href: `${api}/statuses/${headSha}` }
    }
  };
  const payload: Json = {
    ...base,
    action,
    number: pull.number,
    pull_request: pullRequest,
    repository,
    sender: { ...(base.sender as Json), ...userObject(site, o.sender ?? pull.user) }
  };
  if (action === 'synchronize') {
    payload.before = o.before ?? headSha;
    payload.after = o.after ?? headSha;
  } else {
    delete payload.before;
    delete payload.after;
  }
  return payload as unknown as PullRequestPayload;
}

/** Writes a payload where a runner would (a temp file) and returns its path, for GITHUB_EVENT_PATH. */
export function writeEventFile(payload: unknown, dir?: string): string {
  const d = dir ?? mkdtempSync(join(tmpdir(), 'standin-event-'));
  const p = join(d, 'event.json');
  writeFileSync(p, JSON.stringify(payload, null, 2));
  return p;
}

export interface RunnerEnvOptions {
  standIn: Pick<StandIn, 'url' | 'origin' | 'graphqlUrl' | 'owner' | 'repo'>;
  eventName: string;
  eventPath: string;
  sha: string;
  ref: string;
  workspace: string;
  inputs?: Record<string, string>;
  actor?: string;
}

/** The variable name a runner gives an input: `INPUT_` + upper case, spaces → `_` (hyphens stay: `INPUT_FAIL-ON`). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The environment a runner sets for an action step, with fresh empty GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_ENV, GITHUB_PATH and GITHUB_STATE files and a RUNNER_TEMP, all in one new temp directory.
 * Merge it over a clean base (not the test process's env) when spawning `node dist/index.js`.
 */
export function runnerEnv(o: RunnerEnvOptions): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'standin-runner-'));
  const file = (name: string) => {
    const p = join(dir, name);
    writeFileSync(p, '');
    return p;
  };
  const runnerTemp = join(dir, 'tmp');
  mkdirSync(runnerTemp);
  let headRef = '';
  let baseRef = '';
  if (o.eventName.startsWith('pull_request') && existsSync(o.eventPath)) {
    const ev = JSON.parse(readFileSync(o.eventPath, 'utf8')) as { pull_request?: { head?: { ref?: string }; base?: { ref?: string } } };
    headRef = ev.pull_request?.head?.ref ?? '';
    baseRef = ev.pull_request?.base?.ref ?? '';
  }
  const refName = o.ref.replace(/^refs\/(heads|tags)\//, '');
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: o.standIn.url,
    GITHUB_GRAPHQL_URL: o.standIn.graphqlUrl,
    GITHUB_SERVER_URL: o.standIn.origin,
    GITHUB_REPOSITORY: `${o.standIn.owner}/${o.standIn.repo}`,
    GITHUB_REPOSITORY_OWNER: o.standIn.owner,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: o.eventPath,
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: o.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: headRef,
    GITHUB_BASE_REF: baseRef,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_ACTOR: o.actor ?? o.standIn.owner,
    GITHUB_TRIGGERING_ACTOR: o.actor ?? o.standIn.owner,
    GITHUB_WORKFLOW: 'ai-sync',
    GITHUB_JOB: 'ai-sync',
    GITHUB_ACTION: '__run',
    GITHUB_RUN_ID: '4242424242',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('step_summary'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_STATE: file('state'),
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'standin-runner',
    RUNNER_ENVIRONMENT: 'github-hosted'
  };
  for (const [k, v] of Object.entries(o.inputs ?? {})) env[inputEnvName(k)] = v;
  return env;
}

/** Parses a GITHUB_OUTPUT (or GITHUB_ENV / GITHUB_STATE) file: `name<<DELIM … DELIM` blocks and `name=value` lines. */
export function readOutputs(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j] !== delim) value.push(lines[j++]!);
      if (j >= lines.length) throw new Error(`${path}: unterminated ${name}<<${delim}`);
      out[name] = value.join('\n');
      i = j;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** A fresh `ghadelimiter_<uuid>` block as @actions/core writes it (for tests of the parser). */
export function outputBlock(name: string, value: string): string {
  const d = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${d}\n${value}\n${d}\n`;
}
