/**
 * Pull requests: an in-memory PullStore (what the tests arrange) and the routes that show a pull, its
 * files and its commits. Heads and bases are branches of the real repository, resolved live, so a push
 * to the head branch shows up in the next answer exactly as on GitHub.
 */
import type { components } from '@octokit/openapi-types';
import { HttpError, json, pathRe, type Ctx, type Reply, type Route, type State } from './http.js';
import { labelObject } from './labels.js';
import { commitObject, diffEntry, isoNow, linkHeader, nodeId, pageParams, repoApi, repoHtml, repositoryObject, slicePage, stableId, userObject } from './shapes.js';

type PullRequest = components['schemas']['pull-request'];

export interface PullInput {
  number?: number;
  /** Head branch name (in this repository). */
  head: string;
  /** Base branch name. */
  base: string;
  /** Login of the author. */
  user: string;
  title: string;
  body?: string | null;
  draft?: boolean;
  state?: 'open' | 'closed';
  createdAt?: string;
  updatedAt?: string;
}

export interface PullRecord {
  number: number;
  head: string;
  base: string;
  user: string;
  title: string;
  body: string | null;
  draft: boolean;
  state: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
  /** Last head sha seen (kept when the head branch is deleted, as GitHub keeps it). */
  lastHeadSha?: string;
}

export class PullStore {
  private readonly pulls = new Map<number, PullRecord>();

  create(input: PullInput): PullRecord {
    const number = input.number ?? Math.max(0, ...this.pulls.keys()) + 1;
    if (this.pulls.has(number)) throw new Error(`pull #${number} exists`);
    const now = isoNow();
    const rec: PullRecord = {
      number,
      head: input.head,
      base: input.base,
      user: input.user,
      title: input.title,
      body: input.body ?? null,
      draft: input.draft ?? false,
      state: input.state ?? 'open',
      createdAt: input.createdAt ?? input.updatedAt ?? now,
      updatedAt: input.updatedAt ?? now
    };
    this.pulls.set(number, rec);
    return { ...rec };
  }

  get(n: number): PullRecord | undefined {
    const r = this.pulls.get(n);
    return r ? { ...r } : undefined;
  }

  /** Changes fields; `updatedAt` moves to now unless given. */
  update(n: number, partial: Partial<Omit<PullRecord, 'number'>>): PullRecord {
    const r = this.pulls.get(n);
    if (!r) throw new Error(`no pull #${n}`);
    Object.assign(r, { updatedAt: isoNow() }, partial);
    return { ...r };
  }

  list(): PullRecord[] {
    return [...this.pulls.values()].map((r) => ({ ...r }));
  }

  /** @internal the server remembers the head it resolved. */
  noteHead(n: number, sha: string): void {
    const r = this.pulls.get(n);
    if (r) r.lastHeadSha = sha;
  }
}

interface Resolved {
  rec: PullRecord;
  headSha: string;
  baseSha: string;
}

async function resolvePull(ctx: Ctx): Promise<Resolved> {
  const n = Number(ctx.params.pull_number);
  const rec = Number.isSafeInteger(n) ? ctx.state.pulls.get(n) : undefined;
  if (!rec) throw new HttpError(404, 'Not Found');
  const git = ctx.state.git;
  // Independent lookups, so at the same time; the answer is the one a lookup of head, then base, would give.
  const [head, baseSha] = await Promise.all([git.branchSha(rec.head), git.branchSha(rec.base)]);
  const headSha = head ?? rec.lastHeadSha;
  if (!headSha || !baseSha) throw new HttpError(404, 'Not Found');
  ctx.state.pulls.noteHead(rec.number, headSha);
  return { rec, headSha, baseSha };
}

async function pullObject(state: State, p: Resolved): Promise<PullRequest> {
  const { site, git } = state;
  const { rec, headSha, baseSha } = p;
  const a = repoApi(site);
  const html = `${repoHtml(site)}/pull/${rec.number}`;
  const filesP = git.mergeBase(baseSha, headSha).then((mb) => (mb ? git.diff(mb, headSha) : []));
  const [files, commits] = await Promise.all([filesP, git.count([headSha, `^${baseSha}`])]);
  const repo = repositoryObject(site, state.pushedAt());
  const user = userObject(site, rec.user);
  const ownerUser = userObject(site, site.owner);
  const id = stableId(`pull:${site.owner}/${site.repo}#${rec.number}`);
  const link = (href: string) => ({ href });
  return {
    url: `${a}/pulls/${rec.number}`,
    id,
    node_id: nodeId('PullRequest', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${a}/issues/${rec.number}`,
    commits_url: `${a}/pulls/${rec.number}/commits`,
    review_comments_url: `${a}/pulls/${rec.number}/comments`,
    review_comment_url: `${a}/pulls/comments{/number}`,
    comments_url: `${a}/issues/${rec.number}/comments`,
    statuses_url: `${a}/statuses/${headSha}`,
    number: rec.number,
    state: rec.state,
    locked: false,
    title: rec.title,
    user,
    body: rec.body,
    labels: state.labels.list(rec.number).map((l) => labelObject(site, l)),
    milestone: null,
    active_lock_reason: null,
    created_at: rec.createdAt,
    updated_at: rec.updatedAt,
    closed_at: rec.state === 'closed' ? rec.updatedAt : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${site.owner}:${rec.head}`, ref: rec.head, sha: headSha, user: ownerUser, repo },
    base: { label: `${site.owner}:${rec.base}`, ref: rec.base, sha: baseSha, user: ownerUser, repo },
    _links: {
      self: link(`${a}/pulls/${rec.number}`),
      html: link(html),
      issue: link(`${a}/issues/${rec.number}`),
      comments: link(`${a}/issues/${rec.number}/comments`),
      review_comments: link(`${a}/pulls/${rec.number}/comments`),
      review_comment: link(`${a}/pulls/comments{/number}`),
      commits: link(`${a}/pulls/${rec.number}/commits`),
      statuses: link(`${a}/statuses/${headSha}`)
    },
    author_association: rec.user === site.owner ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: rec.draft,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: state.comments.list(rec.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits,
    additions: files.reduce((s, f) => s + f.additions, 0),
    deletions: files.reduce((s, f) => s + f.deletions, 0),
    changed_files: files.length
  };
}

/** GitHub lists at most 3,000 files of a pull request. */
export const PULL_FILES_CAP = 3000;
/** … and at most 250 of its commits. */
export const PULL_COMMITS_CAP = 250;

async function getPull(ctx: Ctx): Promise<Reply> {
  const p = await resolvePull(ctx);
  return json(200, await pullObject(ctx.state, p));
}

async function listFiles(ctx: Ctx): Promise<Reply> {
  const { headSha, baseSha } = await resolvePull(ctx);
  const { page, perPage } = pageParams(ctx.query, 30, 100);
  const mb = await ctx.state.git.mergeBase(baseSha, headSha);
  const all = (mb ? await ctx.state.git.diff(mb, headSha) : []).slice(0, PULL_FILES_CAP);
  const body = slicePage(all, page, perPage).map((f) => diffEntry(ctx.state.site, headSha, f));
  const link = linkHeader(ctx.selfUrl, ctx.query, page, perPage, all.length);
  return json(200, body, link ? { link } : {});
}

async function listCommits(ctx: Ctx): Promise<Reply> {
  const { headSha, baseSha } = await resolvePull(ctx);
  const { page, perPage } = pageParams(ctx.query, 30, 100);
  const shas = (await ctx.state.git.revList(['--reverse', '--topo-order', headSha, `^${baseSha}`])).slice(0, PULL_COMMITS_CAP);
  const infos = await ctx.state.git.commits(slicePage(shas, page, perPage));
  const link = linkHeader(ctx.selfUrl, ctx.query, page, perPage, shas.length);
  return json(200, infos.map((c) => commitObject(ctx.state.site, c)), link ? { link } : {});
}

export const pullRoutes: Route[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}', re: pathRe('/repos/{owner}/{repo}/pulls/{pull_number}'), handler: getPull },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}/files', re: pathRe('/repos/{owner}/{repo}/pulls/{pull_number}/files'), handler: listFiles },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}/commits', re: pathRe('/repos/{owner}/{repo}/pulls/{pull_number}/commits'), handler: listCommits }
];
