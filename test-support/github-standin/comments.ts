/**
 * Issue (and pull request) comments, in memory: list (oldest first, paginated), create (as the bot),
 * update, delete. `commentsForbidden` answers every write with GitHub's 403 for a token that may not
 * write (a fork's pull request, a read-only `permissions:` block).
 */
import type { components } from '@octokit/openapi-types';
import { HttpError, json, pathRe, type Ctx, type Reply, type Route } from './http.js';
import { isoNow, linkHeader, nodeId, pageParams, repoApi, repoHtml, slicePage, userObject, type Site } from './shapes.js';

export type IssueComment = components['schemas']['issue-comment'];

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

/** GitHub's limit on a comment body. */
export const COMMENT_MAX = 65536;

export class CommentStore {
  private readonly byId = new Map<number, StoredComment>();
  private nextId = 1_100_000_001;

  add(issue: number, body: string, login: string): StoredComment {
    const now = isoNow();
    const c: StoredComment = { id: this.nextId++, issue, body, login, createdAt: now, updatedAt: now };
    this.byId.set(c.id, c);
    return { ...c };
  }

  /** Oldest first (ids increase with time). */
  list(issue: number): StoredComment[] {
    return [...this.byId.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id).map((c) => ({ ...c }));
  }

  get(id: number): StoredComment | undefined {
    const c = this.byId.get(id);
    return c ? { ...c } : undefined;
  }

  update(id: number, body: string): StoredComment | undefined {
    const c = this.byId.get(id);
    if (!c) return undefined;
    c.body = body;
    c.updatedAt = isoNow();
    return { ...c };
  }

  remove(id: number): boolean {
    return this.byId.delete(id);
  }
}

export function commentObject(site: Site, c: StoredComment, isPull: boolean): IssueComment {
  const a = repoApi(site);
  const bot = c.login.endsWith('[bot]');
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${a}/issues/comments/${c.id}`,
    html_url: `${repoHtml(site)}/${isPull ? 'pull' : 'issues'}/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: userObject(site, c.login),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${a}/issues/${c.issue}`,
    author_association: bot ? 'NONE' : c.login === site.owner ? 'OWNER' : 'CONTRIBUTOR',
    performed_via_github_app: null,
    reactions: {
      url: `${a}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0
    }
  };
}

function issueNumber(ctx: Ctx): number {
  const n = Number(ctx.params.issue_number);
  if (!Number.isSafeInteger(n) || n < 1) throw new HttpError(404, 'Not Found');
  return n;
}

function commentId(ctx: Ctx): number {
  const n = Number(ctx.params.comment_id);
  if (!Number.isSafeInteger(n) || n < 1) throw new HttpError(404, 'Not Found');
  return n;
}

function forbidWrites(ctx: Ctx): void {
  if (ctx.state.commentsForbidden) throw new HttpError(403, 'Resource not accessible by integration');
}

function bodyField(ctx: Ctx): string {
  const b = ctx.body as { body?: unknown } | undefined;
  if (typeof b?.body !== 'string') throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
  if (b.body.length > COMMENT_MAX) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${COMMENT_MAX} characters)` }]
    });
  }
  return b.body;
}

const isPull = (ctx: Ctx, issue: number) => ctx.state.pulls.get(issue) !== undefined;

async function list(ctx: Ctx): Promise<Reply> {
  const issue = issueNumber(ctx);
  const { page, perPage } = pageParams(ctx.query, 30, 100);
  const since = ctx.query.get('since');
  const all = ctx.state.comments.list(issue).filter((c) => !since || c.updatedAt >= since);
  const body = slicePage(all, page, perPage).map((c) => commentObject(ctx.state.site, c, isPull(ctx, issue)));
  const link = linkHeader(ctx.selfUrl, ctx.query, page, perPage, all.length);
  return json(200, body, link ? { link } : {});
}

async function create(ctx: Ctx): Promise<Reply> {
  const issue = issueNumber(ctx);
  forbidWrites(ctx);
  const c = ctx.state.comments.add(issue, bodyField(ctx), ctx.state.site.botLogin);
  const obj = commentObject(ctx.state.site, c, isPull(ctx, issue));
  return json(201, obj, { location: obj.url });
}

async function update(ctx: Ctx): Promise<Reply> {
  const id = commentId(ctx);
  forbidWrites(ctx);
  const text = bodyField(ctx);
  const c = ctx.state.comments.update(id, text);
  if (!c) throw new HttpError(404, 'Not Found');
  return json(200, commentObject(ctx.state.site, c, isPull(ctx, c.issue)));
}

async function remove(ctx: Ctx): Promise<Reply> {
  const id = commentId(ctx);
  forbidWrites(ctx);
  if (!ctx.state.comments.remove(id)) throw new HttpError(404, 'Not Found');
  return { status: 204 };
}

export const commentRoutes: Route[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', re: pathRe('/repos/{owner}/{repo}/issues/{issue_number}/comments'), handler: list },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', re: pathRe('/repos/{owner}/{repo}/issues/{issue_number}/comments'), handler: create },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', re: pathRe('/repos/{owner}/{repo}/issues/comments/{comment_id}'), handler: update },
  { method: 'DELETE', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', re: pathRe('/repos/{owner}/{repo}/issues/comments/{comment_id}'), handler: remove }
];
