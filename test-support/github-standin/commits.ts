/**
 * Commits and refs: a single commit with its files against the first parent (paginated, at most
 * 3,000 files), the commit list of a branch, and `git/ref/{ref}`.
 */
import type { components } from '@octokit/openapi-types';
import { EMPTY_TREE } from './git.js';
import { HttpError, json, pathRe, type Ctx, type Reply, type Route } from './http.js';
import { commitObject, diffEntry, linkHeader, nodeId, pageParams, repoApi, slicePage } from './shapes.js';

type GitRef = components['schemas']['git-ref'];

/** GitHub shows at most 3,000 files of one commit … */
export const COMMIT_FILES_CAP = 3000;
/** … 300 per page by default and at most. */
export const COMMIT_FILES_PAGE = 300;

async function getCommit(ctx: Ctx): Promise<Reply> {
  const { site, git } = ctx.state;
  const ref = ctx.params.ref ?? '';
  const sha = await git.resolveCommit(ref);
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  const info = await git.commit(sha);
  const all = await git.diff(info.parents[0] ?? EMPTY_TREE, sha);
  const shown = all.slice(0, COMMIT_FILES_CAP);
  const { page, perPage } = pageParams(ctx.query, COMMIT_FILES_PAGE, COMMIT_FILES_PAGE);
  const additions = all.reduce((s, f) => s + f.additions, 0);
  const deletions = all.reduce((s, f) => s + f.deletions, 0);
  const body = {
    ...commitObject(site, info),
    stats: { total: additions + deletions, additions, deletions },
    files: slicePage(shown, page, perPage).map((f) => diffEntry(site, sha, f))
  };
  const link = linkHeader(ctx.selfUrl, ctx.query, page, perPage, shown.length);
  return json(200, body, link ? { link } : {});
}

async function listCommits(ctx: Ctx): Promise<Reply> {
  const { site, git } = ctx.state;
  const ref = ctx.query.get('sha') || site.defaultBranch;
  const tip = await git.resolveCommit(ref);
  if (!tip) {
    const any = (await git.text(['for-each-ref', '--count=1', '--format=%(refname)', 'refs/heads/'])).trim();
    if (any === '') throw new HttpError(409, 'Git Repository is empty.');
    throw new HttpError(404, 'Not Found');
  }
  const { page, perPage } = pageParams(ctx.query, 30, 100);
  const path = ctx.query.get('path');
  const args = [tip];
  const since = ctx.query.get('since');
  const until = ctx.query.get('until');
  if (since) args.push(`--since=${since}`);
  if (until) args.push(`--until=${until}`);
  if (path) args.push('--', path.replace(/^\/+/, ''));
  const shas = await git.revList(args);
  const infos = await git.commits(slicePage(shas, page, perPage));
  const link = linkHeader(ctx.selfUrl, ctx.query, page, perPage, shas.length);
  return json(200, infos.map((c) => commitObject(site, c)), link ? { link } : {});
}

async function getRef(ctx: Ctx): Promise<Reply> {
  const { site, git } = ctx.state;
  const ref = (ctx.params.ref ?? '').replace(/^refs\//, '');
  const full = `refs/${ref}`;
  const sha = await git.refExists(full);
  if (!sha) throw new HttpError(404, 'Not Found');
  const type = (await git.objectType(sha)) ?? 'commit';
  const a = repoApi(site);
  const body: GitRef = {
    ref: full,
    node_id: nodeId('Ref', `${site.owner}/${site.repo}:${full}`),
    url: `${a}/git/${full}`,
    object: { sha, type, url: `${a}/git/${type}s/${sha}` }
  };
  return json(200, body);
}

export const commitRoutes: Route[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/commits', re: pathRe('/repos/{owner}/{repo}/commits'), handler: listCommits },
  { method: 'GET', template: '/repos/{owner}/{repo}/commits/{ref}', re: pathRe('/repos/{owner}/{repo}/commits/{ref*}'), handler: getCommit },
  { method: 'GET', template: '/repos/{owner}/{repo}/git/ref/{ref}', re: pathRe('/repos/{owner}/{repo}/git/ref/{ref*}'), handler: getRef }
];
