/**
 * The contents API: read a file or a directory at a ref (JSON with base64, or raw bytes), and
 * create/update a file with a real commit moved onto the branch by compare-and-swap.
 */
import type { components, operations } from '@octokit/openapi-types';
import { ZERO_SHA, isSafePath, isSafeRefName, type TreeEntry } from './git.js';
import { HttpError, json, pathRe, type Ctx, type Reply, type Route } from './http.js';
import { BOT_ID, nodeId, repoApi, repoHtml, type Site } from './shapes.js';

type ContentFile = components['schemas']['content-file'];
type ContentDirectory = components['schemas']['content-directory'];
type ContentSymlink = components['schemas']['content-symlink'];
type ContentSubmodule = components['schemas']['content-submodule'];
type ContentTree = components['schemas']['content-tree'];
type FileCommit = components['schemas']['file-commit'];
type PutBody = NonNullable<operations['repos/create-or-update-file-contents']['requestBody']>['content']['application/json'];

/** Above this the JSON answer carries no content (`encoding: "none"`), as on GitHub. */
export const JSON_CONTENT_MAX = 1024 * 1024;
/** Above this even the raw media type is refused. */
export const RAW_CONTENT_MAX = 100 * 1024 * 1024;

/** Ruby's Base64.encode64, which GitHub uses: a newline after every 60 characters and at the end. */
export function githubBase64(data: Buffer): string {
  const b64 = data.toString('base64');
  if (b64.length === 0) return '';
  return b64.replace(/.{1,60}/g, '$&\n');
}

const encPath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

function urlsFor(site: Site, e: { path: string; sha: string; type: string }, ref: string) {
  const a = repoApi(site);
  const url = `${a}/contents/${encPath(e.path)}?ref=${encodeURIComponent(ref)}`;
  const git = e.type === 'dir' ? `${a}/git/trees/${e.sha}` : e.type === 'submodule' ? `${a}/git/trees/${e.sha}` : `${a}/git/blobs/${e.sha}`;
  const html = `${repoHtml(site)}/${e.type === 'dir' ? 'tree' : 'blob'}/${encodeURIComponent(ref)}/${encPath(e.path)}`;
  const download = e.type === 'file' || e.type === 'symlink' ? `${repoHtml(site)}/raw/${encodeURIComponent(ref)}/${encPath(e.path)}` : null;
  return { url, git_url: git, html_url: html, download_url: download, _links: { self: url, git, html } };
}

function kindOf(e: TreeEntry): 'file' | 'dir' | 'symlink' | 'submodule' {
  if (e.type === 'tree') return 'dir';
  if (e.type === 'commit') return 'submodule';
  return e.mode === '120000' ? 'symlink' : 'file';
}

function listingItem(site: Site, e: TreeEntry, ref: string): ContentDirectory[number] {
  const type = kindOf(e);
  return { type, size: type === 'dir' || type === 'submodule' ? 0 : e.size, name: e.name, path: e.path, sha: e.sha, ...urlsFor(site, { path: e.path, sha: e.sha, type }, ref) };
}

function wantsRaw(ctx: Ctx): boolean {
  const accept = String(ctx.headers.accept ?? '');
  return /application\/vnd\.github(?:\.v3)?\.raw/i.test(accept);
}

function wantsObject(ctx: Ctx): boolean {
  return /application\/vnd\.github(?:\.v3)?\.object/i.test(String(ctx.headers.accept ?? ''));
}

async function getContent(ctx: Ctx): Promise<Reply> {
  const { site, git } = ctx.state;
  const path = (ctx.params.path ?? '').replace(/\/+$/, '');
  const ref = ctx.query.get('ref') || site.defaultBranch;
  const commit = await git.resolveCommit(ref);
  if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
  if (path !== '' && !isSafePath(path)) throw new HttpError(404, 'Not Found');

  const dirListing = async (dir: string): Promise<ContentDirectory> => {
    const entries = await git.listTree(commit, dir);
    if (!entries) throw new HttpError(404, 'Not Found');
    return entries.map((e) => listingItem(site, e, ref));
  };
  if (path === '') {
    const items = await dirListing('');
    if (!wantsObject(ctx)) return json(200, items);
    const root: ContentTree = { type: 'dir', size: 0, name: '', path: '', sha: await git.treeOf(commit), entries: items, ...urlsFor(site, { path: '', sha: commit, type: 'dir' }, ref) };
    return json(200, root);
  }
  const entry = await git.entry(commit, path);
  if (!entry) throw new HttpError(404, 'Not Found');
  const type = kindOf(entry);
  const urls = urlsFor(site, { path: entry.path, sha: entry.sha, type }, ref);
  if (type === 'dir') {
    const items = await dirListing(path);
    if (!wantsObject(ctx)) return json(200, items);
    const tree: ContentTree = { type: 'dir', size: 0, name: entry.name, path: entry.path, sha: entry.sha, entries: items, ...urls };
    return json(200, tree);
  }
  if (type === 'submodule') {
    const sub: ContentSubmodule = { type: 'submodule', submodule_git_url: `${repoHtml(site)}.git`, size: 0, name: entry.name, path: entry.path, sha: entry.sha, ...urls };
    return json(200, sub);
  }
  if (wantsRaw(ctx)) {
    if (entry.size > RAW_CONTENT_MAX) throw tooLarge();
    return { status: 200, raw: { data: await git.readBlob(entry.sha), contentType: 'application/vnd.github.raw; charset=utf-8' } };
  }
  if (type === 'symlink') {
    const target = (await git.readBlob(entry.sha)).toString('utf8');
    const link: ContentSymlink = { type: 'symlink', target, size: entry.size, name: entry.name, path: entry.path, sha: entry.sha, ...urls };
    return json(200, link);
  }
  if (entry.size > RAW_CONTENT_MAX) throw tooLarge();
  const big = entry.size > JSON_CONTENT_MAX;
  const file: ContentFile = {
    type: 'file',
    encoding: big ? 'none' : 'base64',
    size: entry.size,
    name: entry.name,
    path: entry.path,
    content: big ? '' : githubBase64(await git.readBlob(entry.sha)),
    sha: entry.sha,
    ...urls
  };
  return json(200, file);
}

function tooLarge(): HttpError {
  return new HttpError(403, 'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.', {
    errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
  });
}

const BOT_IDENT = { name: 'github-actions[bot]', email: `${BOT_ID}+github-actions[bot]@users.noreply.github.com` };

function invalid(field: string): HttpError {
  return new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
}

function ident(v: unknown, field: string): { name: string; email: string; date?: string } | undefined {
  if (v === undefined || v === null) return undefined;
  const o = v as { name?: unknown; email?: unknown; date?: unknown };
  if (typeof o.name !== 'string' || o.name.trim() === '') throw invalid(`${field}.name`);
  if (typeof o.email !== 'string' || !o.email.includes('@')) throw invalid(`${field}.email`);
  return { name: o.name, email: o.email, ...(typeof o.date === 'string' ? { date: o.date } : {}) };
}

async function putContent(ctx: Ctx): Promise<Reply> {
  const { site, git } = ctx.state;
  const path = ctx.params.path ?? '';
  if (!isSafePath(path)) throw new HttpError(422, 'path contains a malformed path component', { errors: [{ resource: 'Commit', field: 'path', code: 'invalid' }] });
  const body = (ctx.body ?? {}) as Partial<Record<keyof PutBody, unknown>>;
  if (typeof body.message !== 'string') throw invalid('message');
  if (typeof body.content !== 'string') throw invalid('content');
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(body.content)) throw new HttpError(422, 'content is not valid Base64');
  const branch = typeof body.branch === 'string' && body.branch !== '' ? body.branch.replace(/^refs\/heads\//, '') : site.defaultBranch;
  if (!isSafeRefName(branch)) throw new HttpError(404, `Branch ${branch} not found`);
  const committer = ident(body.committer, 'committer') ?? BOT_IDENT;
  const author = ident(body.author, 'author') ?? committer;

  const old = await git.branchSha(branch);
  if (!old) {
    // An empty repository takes its first commit on the default branch; any other missing branch is a 404.
    const any = (await git.text(['for-each-ref', '--count=1', '--format=%(refname)', 'refs/heads/'])).trim();
    if (any !== '' || branch !== site.defaultBranch) throw new HttpError(404, `Branch ${branch} not found`);
  }
  const existing = old ? await git.entry(old, path) : null;
  if (existing && existing.type !== 'blob') throw new HttpError(422, `Invalid request.\n\n"${path}" is a directory.`);
  if (existing) {
    if (typeof body.sha !== 'string' || body.sha === '') throw invalid('sha');
    if (body.sha !== existing.sha) throw new HttpError(409, `${path} does not match ${body.sha}`);
  }
  const blob = await git.writeBlob(Buffer.from(body.content, 'base64'));
  const mode = existing?.mode === '100755' ? '100755' : '100644';
  const sha = await git.commitFile({ parent: old, path, blob, mode, message: body.message, author, committer });
  const moved = await git.updateRef(`refs/heads/${branch}`, sha, old ?? ZERO_SHA, `standin: ${body.message.split('\n')[0]}`);
  if (!moved) {
    const now = (await git.branchSha(branch)) ?? ZERO_SHA;
    throw new HttpError(409, `is at ${now} but expected ${old ?? ZERO_SHA}`);
  }
  const c = await git.commit(sha);
  const size = (await git.entry(sha, path))?.size ?? 0;
  const a = repoApi(site);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const out: FileCommit = {
    content: { name, path, sha: blob, size, type: 'file', ...urlsFor(site, { path, sha: blob, type: 'file' }, branch), download_url: `${repoHtml(site)}/raw/${encodeURIComponent(branch)}/${encPath(path)}` },
    commit: {
      sha,
      node_id: nodeId('Commit', sha),
      url: `${a}/git/commits/${sha}`,
      html_url: `${repoHtml(site)}/commit/${sha}`,
      author: { name: c.author.name, email: c.author.email, date: c.author.date },
      committer: { name: c.committer.name, email: c.committer.email, date: c.committer.date },
      tree: { sha: c.tree, url: `${a}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({ sha: p, url: `${a}/git/commits/${p}`, html_url: `${repoHtml(site)}/commit/${p}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    }
  };
  return json(existing ? 200 : 201, out);
}

export const contentRoutes: Route[] = [
  // GitHub answers the root at both `/contents` and `/contents/`.
  { method: 'GET', template: '/repos/{owner}/{repo}/contents/{path}', re: /^\/repos\/(?<owner>[^/]+)\/(?<repo>[^/]+)\/contents(?:\/(?<path>.*))?$/, handler: getContent },
  { method: 'PUT', template: '/repos/{owner}/{repo}/contents/{path}', re: pathRe('/repos/{owner}/{repo}/contents/{path*}'), handler: putContent }
];
