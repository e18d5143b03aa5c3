/**
 * `GET /repos/{owner}/{repo}/compare/{base}...{head}`: ahead/behind against the merge base, commits
 * oldest first with GitHub's paging quirks, and at most 300 files (merge base → head).
 */
import type { components } from '@octokit/openapi-types';
import { HttpError, json, pathRe, type Ctx, type Reply, type Route } from './http.js';
import { commitObject, diffEntry, linkHeader, pageParams, repoApi, repoHtml, slicePage } from './shapes.js';

type Comparison = components['schemas']['commit-comparison'];

/** GitHub lists at most 300 files of a comparison. */
export const COMPARE_FILES_CAP = 300;
/** Commits per page when the client names no paging parameter (and the page size limit). */
export const COMPARE_DEFAULT_PAGE = 250;

async function compare(ctx: Ctx): Promise<Reply> {
  const { site, git } = ctx.state;
  const basehead = ctx.params.basehead ?? '';
  const sep = basehead.indexOf('...');
  if (sep <= 0 || sep + 3 >= basehead.length) throw new HttpError(404, 'Not Found');
  const side = (s: string): string => {
    const m = /^([^:]+):(.+)$/.exec(s);
    if (!m) return s;
    if (m[1]!.toLowerCase() !== site.owner.toLowerCase()) throw new HttpError(404, 'Not Found');
    return m[2]!;
  };
  const baseRef = side(basehead.slice(0, sep));
  const headRef = side(basehead.slice(sep + 3));
  const [base, head] = await Promise.all([git.resolveCommit(baseRef), git.resolveCommit(headRef)]);
  if (!base || !head) throw new HttpError(404, 'Not Found');
  const mb = await git.mergeBase(base, head);
  if (!mb) throw new HttpError(404, `No common ancestor between ${baseRef} and ${headRef}.`);

  const [aheadBy, behindBy, shas] = await Promise.all([
    git.count([head, `^${base}`]),
    git.count([base, `^${head}`]),
    git.revList(['--reverse', '--topo-order', head, `^${base}`])
  ]);
  const status: Comparison['status'] = aheadBy === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';

  const { page, perPage, explicit } = pageParams(ctx.query, COMPARE_DEFAULT_PAGE, COMPARE_DEFAULT_PAGE);
  // GitHub: without a paging parameter the list is the *last* 250 commits (the newest stays in view);
  // with one, pages count from the oldest commit.
  const pageShas = explicit ? slicePage(shas, page, perPage) : shas.slice(-perPage);
  const [baseInfo, mbInfo, ...commitInfos] = await git.commits([base, mb, ...pageShas]);
  // The file list comes with the first page only, capped at 300 for the whole comparison.
  const files = page === 1 ? (await git.diff(mb, head)).slice(0, COMPARE_FILES_CAP).map((f) => diffEntry(site, head, f)) : [];

  const a = repoApi(site);
  const html = repoHtml(site);
  const enc = basehead.split('/').map(encodeURIComponent).join('/');
  const body: Comparison = {
    url: `${a}/compare/${enc}`,
    html_url: `${html}/compare/${enc}`,
    permalink_url: `${html}/compare/${site.owner}:${base.slice(0, 7)}...${site.owner}:${head.slice(0, 7)}`,
    diff_url: `${html}/compare/${enc}.diff`,
    patch_url: `${html}/compare/${enc}.patch`,
    base_commit: commitObject(site, baseInfo!),
    merge_base_commit: commitObject(site, mbInfo!),
    status,
    ahead_by: aheadBy,
    behind_by: behindBy,
    total_commits: aheadBy,
    commits: commitInfos.map((c) => commitObject(site, c)),
    files
  };
  const link = linkHeader(ctx.selfUrl, ctx.query, page, perPage, shas.length);
  return json(200, body, link ? { link } : {});
}

export const compareRoutes: Route[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/compare/{basehead}', re: pathRe('/repos/{owner}/{repo}/compare/{basehead*}'), handler: compare }
];
