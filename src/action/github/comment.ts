// The sticky PR comment: exactly one per PR, ours by marker AND author. Racing runs that both created one
// converge: every run keeps the oldest and deletes its other copies. A 403 (fork PR, missing permission)
// is a warning, never a failed check by itself.
import * as core from '@actions/core';
import { isOwnComment } from '../../report/comment.js';
import { statusOf, type Api } from './client.js';

type Repo = { owner: string; repo: string };

export type CommentAction = { kind: 'report'; body: string } | { kind: 'resolve'; body: string } | { kind: 'none' };

export interface CommentOutcome {
  url: string;
  warning: string | null;
}

export interface Comment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
}

/** Our comments on the pull request, oldest first (the sticky one is the oldest). */
export async function ours(api: Api, repo: Repo, issue: number, viewer: string): Promise<Comment[]> {
  const all = (await api.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, per_page: 100 })) as Comment[];
  return ownOf(all, viewer);
}

/** Ours among `all` the comments (listed here, or read in the pull request run's one GraphQL request), oldest first. */
export function ownOf(all: readonly Comment[], viewer: string): Comment[] {
  return all.filter((c) => isOwnComment(c, viewer)).sort((a, b) => a.id - b.id);
}

/** Deletes all but the oldest of our comments; returns the survivor. */
async function dedupe(api: Api, repo: Repo, mine: Comment[]): Promise<Comment | null> {
  const [keep, ...extra] = mine;
  for (const c of extra) {
    try {
      await api.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: c.id });
      core.debug(`deleted duplicate comment ${c.id}`);
    } catch (error) {
      if (statusOf(error) !== 404) throw error; // another run deleted it first
    }
  }
  return keep ?? null;
}

/** Writes the sticky comment; `listed` is our comments as the caller already read them (saves one listing). */
export async function syncComment(api: Api, repo: Repo, issue: number, viewer: string, action: CommentAction, listed?: Comment[]): Promise<CommentOutcome> {
  if (action.kind === 'none') return { url: '', warning: null };
  try {
    let keep = await dedupe(api, repo, listed ?? (await ours(api, repo, issue, viewer)));
    if (action.kind === 'resolve' && !keep) return { url: '', warning: null };
    if (!keep) {
      const created = (await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, body: action.body })).data as Comment;
      // Another run may have created one at the same moment: converge on the oldest.
      keep = await dedupe(api, repo, await ours(api, repo, issue, viewer));
      if (!keep) return { url: created.html_url, warning: null };
    }
    if (keep.body !== action.body) {
      try {
        keep = (await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: keep.id, body: action.body })).data as Comment;
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
    return { url: keep.html_url, warning: null };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      return {
        url: '',
        warning: `could not write the pull request comment (HTTP ${status}): the token needs \`permissions: pull-requests: write\` (a pull request from a fork gets a read-only token; the job summary and annotations still report everything)`
      };
    }
    throw error;
  }
}
