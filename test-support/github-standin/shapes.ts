/**
 * GitHub-shaped objects shared by the handlers (users, repositories, commits, diff entries, errors,
 * pagination). Typed with @octokit/openapi-types so the compiler holds them to the spec too; every URL
 * is built from the stand-in's own base URL.
 */
import { createHash } from 'node:crypto';
import type { components } from '@octokit/openapi-types';
import type { CommitInfo, DiffFile } from './git.js';

export type Schemas = components['schemas'];
export type SimpleUser = Schemas['simple-user'];
export type Repository = Schemas['repository'];
export type FullRepository = Schemas['full-repository'];
export type Commit = Schemas['commit'];
export type DiffEntry = Schemas['diff-entry'];
export type BasicError = Schemas['basic-error'];

/** What every handler knows about the repository it serves. */
export interface Site {
  /** REST base URL, prefix included (`http://127.0.0.1:PORT` or `…/api/v3`). */
  api: string;
  /** Server URL (what GITHUB_SERVER_URL would be): html_url and friends hang off it. */
  origin: string;
  owner: string;
  repo: string;
  defaultBranch: string;
  botLogin: string;
  createdAt: string;
}

export const DOCS = 'https://docs.github.com/rest';
export const BOT_ID = 41898282;

/** A stable positive id for a name (GitHub ids are opaque integers). */
export function stableId(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) % 900_000_000 + 1_000_000;
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function userObject(site: Site, login: string): SimpleUser {
  const bot = login.endsWith('[bot]');
  const id = login === 'github-actions[bot]' ? BOT_ID : stableId(`user:${login}`);
  const u = `${site.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId(bot ? 'Bot' : 'User', id),
    avatar_url: `${site.origin}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: bot ? `${site.origin}/apps/${encodeURIComponent(login.replace(/\[bot\]$/, ''))}` : `${site.origin}/${encodeURIComponent(login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: bot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  };
}

/** `41898282+github-actions[bot]@users.noreply.github.com` / `123+login@users.noreply…` → that user; else null (GitHub: no account for the email). */
export function userForEmail(site: Site, email: string): SimpleUser | null {
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email);
  return m ? userObject(site, m[1]!) : null;
}

export function repoApi(site: Site): string {
  return `${site.api}/repos/${site.owner}/${site.repo}`;
}

export function repoHtml(site: Site): string {
  return `${site.origin}/${site.owner}/${site.repo}`;
}

export function repositoryObject(site: Site, pushedAt: string): Repository {
  const a = repoApi(site);
  const host = new URL(site.origin).host;
  const id = stableId(`repo:${site.owner}/${site.repo}`);
  return {
    id,
    node_id: nodeId('Repository', id),
    name: site.repo,
    full_name: `${site.owner}/${site.repo}`,
    owner: userObject(site, site.owner),
    private: true,
    html_url: repoHtml(site),
    description: null,
    fork: false,
    url: a,
    archive_url: `${a}/{archive_format}{/ref}`,
    assignees_url: `${a}/assignees{/user}`,
    blobs_url: `${a}/git/blobs{/sha}`,
    branches_url: `${a}/branches{/branch}`,
    collaborators_url: `${a}/collaborators{/collaborator}`,
    comments_url: `${a}/comments{/number}`,
    commits_url: `${a}/commits{/sha}`,
    compare_url: `${a}/compare/{base}...{head}`,
    contents_url: `${a}/contents/{+path}`,
    contributors_url: `${a}/contributors`,
    deployments_url: `${a}/deployments`,
    downloads_url: `${a}/downloads`,
    events_url: `${a}/events`,
    forks_url: `${a}/forks`,
    git_commits_url: `${a}/git/commits{/sha}`,
    git_refs_url: `${a}/git/refs{/sha}`,
    git_tags_url: `${a}/git/tags{/sha}`,
    git_url: `git://${host}/${site.owner}/${site.repo}.git`,
    issue_comment_url: `${a}/issues/comments{/number}`,
    issue_events_url: `${a}/issues/events{/number}`,
    issues_url: `${a}/issues{/number}`,
    keys_url: `${a}/keys{/key_id}`,
    labels_url: `${a}/labels{/name}`,
    languages_url: `${a}/languages`,
    merges_url: `${a}/merges`,
    milestones_url: `${a}/milestones{/number}`,
    notifications_url: `${a}/notifications{?since,all,participating}`,
    pulls_url: `${a}/pulls{/number}`,
    releases_url: `${a}/releases{/id}`,
    ssh_url: `git@${host}:${site.owner}/${site.repo}.git`,
    stargazers_url: `${a}/stargazers`,
    statuses_url: `${a}/statuses/{sha}`,
    subscribers_url: `${a}/subscribers`,
    subscription_url: `${a}/subscription`,
    tags_url: `${a}/tags`,
    teams_url: `${a}/teams`,
    trees_url: `${a}/git/trees{/sha}`,
    clone_url: `${repoHtml(site)}.git`,
    mirror_url: null,
    hooks_url: `${a}/hooks`,
    svn_url: repoHtml(site),
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: site.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    pushed_at: pushedAt,
    created_at: site.createdAt,
    updated_at: pushedAt,
    license: null,
    allow_forking: false,
    web_commit_signoff_required: false
  };
}

export function fullRepositoryObject(site: Site, pushedAt: string): FullRepository {
  const base = repositoryObject(site, pushedAt);
  return {
    ...base,
    pushed_at: pushedAt,
    created_at: site.createdAt,
    updated_at: pushedAt,
    has_discussions: false,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    network_count: 0,
    subscribers_count: 1
  };
}

export function commitUrls(site: Site, sha: string): { url: string; html_url: string } {
  return { url: `${repoApi(site)}/commits/${sha}`, html_url: `${repoHtml(site)}/commit/${sha}` };
}

/** A commit in the REST shape (files/stats added by the callers that show them). */
export function commitObject(site: Site, c: CommitInfo): Commit {
  const a = repoApi(site);
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    ...commitUrls(site, c.sha),
    comments_url: `${a}/commits/${c.sha}/comments`,
    commit: {
      url: `${a}/git/commits/${c.sha}`,
      author: { name: c.author.name, email: c.author.email, date: c.author.date },
      committer: { name: c.committer.name, email: c.committer.email, date: c.committer.date },
      message: c.message.replace(/\n+$/, ''),
      comment_count: 0,
      tree: { sha: c.tree, url: `${a}/git/trees/${c.tree}` },
      verification: { verified: false, reason: c.signed ? 'unknown_key' : 'unsigned', signature: null, payload: null, verified_at: null }
    },
    author: userForEmail(site, c.author.email),
    committer: userForEmail(site, c.committer.email),
    parents: c.parents.map((p) => ({ sha: p, ...commitUrls(site, p) }))
  };
}

export function diffEntry(site: Site, ref: string, f: DiffFile): DiffEntry {
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  const e: DiffEntry = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${repoHtml(site)}/blob/${ref}/${path}`,
    raw_url: `${repoHtml(site)}/raw/${ref}/${path}`,
    contents_url: `${repoApi(site)}/contents/${path}?ref=${ref}`
  };
  if (f.patch !== undefined) e.patch = f.patch;
  if (f.previousFilename !== undefined) e.previous_filename = f.previousFilename;
  return e;
}

/** Paging as GitHub does it: page ≥ 1, per_page clamped to [1, max], default when absent or invalid. */
export function pageParams(query: URLSearchParams, def: number, max: number): { page: number; perPage: number; explicit: boolean } {
  const pp = Number.parseInt(query.get('per_page') ?? '', 10);
  const pg = Number.parseInt(query.get('page') ?? '', 10);
  return {
    perPage: Number.isFinite(pp) && pp > 0 ? Math.min(pp, max) : def,
    page: Number.isFinite(pg) && pg > 0 ? pg : 1,
    explicit: query.has('per_page') || query.has('page')
  };
}

/** RFC 5988 `Link` header with first/prev/next/last as GitHub sends them; '' when everything fits one page. */
export function linkHeader(selfUrl: string, query: URLSearchParams, page: number, perPage: number, total: number): string {
  const last = Math.max(1, Math.ceil(total / perPage));
  if (last <= 1 && page <= 1) return '';
  const at = (p: number) => {
    const q = new URLSearchParams(query);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `<${selfUrl}?${q.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) parts.push(`${at(page + 1)}; rel="next"`);
  if (page < last) parts.push(`${at(last)}; rel="last"`);
  if (page > 1) parts.push(`${at(1)}; rel="first"`);
  return parts.join(', ');
}

export function slicePage<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}
