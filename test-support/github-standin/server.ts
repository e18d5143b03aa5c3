/**
 * The stand-in's HTTP server (node:http on 127.0.0.1): prefix handling, faults, auth, routing,
 * GitHub's headers, OpenAPI checks of every JSON request and response, and the request log.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { commentObject, CommentStore, commentRoutes, type IssueComment } from './comments.js';
import { commitRoutes } from './commits.js';
import { compareRoutes } from './compare.js';
import { contentRoutes } from './contents.js';
import { FaultInjector, faultResponse, type FaultPlan } from './faults.js';
import { GitRepo, runGit } from './git.js';
import { graphql } from './graphql.js';
import { errorBody, HttpError, json, pathRe, type Ctx, type Reply, type Route, type State } from './http.js';
import { LabelStore, labelRoutes } from './labels.js';
import { openApiValidator } from './openapi.js';
import { PullStore, pullRoutes } from './pulls.js';
import { DOCS, fullRepositoryObject, isoNow, type Site } from './shapes.js';

export interface StandInOptions {
  /** The bare repository served. */
  gitDir: string;
  owner: string;
  repo: string;
  /** Default: the bare repository's HEAD branch, else `main`. */
  defaultBranch?: string;
  /** The token clients must send (`authorization: token …` or `Bearer …`). Default `ghs_standin`. */
  token?: string;
  /** Who writes through the API (comments, default committer). Default `github-actions[bot]`. */
  botLogin?: string;
  faults?: FaultPlan;
  /** E.g. `/api/v3` to look like GitHub Enterprise Server (GraphQL then lives at `/api/graphql`). */
  pathPrefix?: string;
  /** Every comment and label write answers 403 `Resource not accessible by integration` (read-only token). */
  commentsForbidden?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** As received, prefix included. */
  path: string;
  query: Record<string, string>;
  /** 0 when the connection was reset. */
  status: number;
  ms: number;
  /** The injected fault, if any. */
  fault?: string;
  /** operationId (or `graphql`) when the request reached a served route. */
  operation?: string;
}

export interface StandIn {
  /** REST base URL including the prefix: give it to Octokit as `baseUrl` / the runner as GITHUB_API_URL. */
  url: string;
  /** Server URL (GITHUB_SERVER_URL). */
  origin: string;
  /** GraphQL endpoint (GITHUB_GRAPHQL_URL). */
  graphqlUrl: string;
  token: string;
  owner: string;
  repo: string;
  defaultBranch: string;
  requests: RecordedRequest[];
  /** OpenAPI violations, unserved routes and stand-in crashes, human-readable. Expect it to stay empty. */
  violations: string[];
  /** git processes the stand-in has started for the repository so far (a count for tests, not a timing). */
  readonly gitProcesses: number;
  pulls: PullStore;
  comments: CommentStore;
  /** The repository's labels and each pull request's (the issue labels routes). */
  labels: LabelStore;
  addComment(issue: number, body: string, login: string): IssueComment;
  setFaults(plan: FaultPlan | null): void;
  setCommentsForbidden(forbidden: boolean): void;
  close(): Promise<void>;
}

const DOC_FOR: Record<string, string> = {
  '/repos/{owner}/{repo}': `${DOCS}/repos/repos#get-a-repository`,
  '/repos/{owner}/{repo}/contents/{path}': `${DOCS}/repos/contents#get-repository-content`,
  'PUT /repos/{owner}/{repo}/contents/{path}': `${DOCS}/repos/contents#create-or-update-file-contents`,
  '/repos/{owner}/{repo}/compare/{basehead}': `${DOCS}/commits/commits#compare-two-commits`,
  '/repos/{owner}/{repo}/commits/{ref}': `${DOCS}/commits/commits#get-a-commit`,
  '/repos/{owner}/{repo}/commits': `${DOCS}/commits/commits#list-commits`,
  '/repos/{owner}/{repo}/git/ref/{ref}': `${DOCS}/git/refs#get-a-reference`,
  '/repos/{owner}/{repo}/pulls/{pull_number}': `${DOCS}/pulls/pulls#get-a-pull-request`,
  '/repos/{owner}/{repo}/pulls/{pull_number}/files': `${DOCS}/pulls/pulls#list-pull-requests-files`,
  '/repos/{owner}/{repo}/pulls/{pull_number}/commits': `${DOCS}/pulls/pulls#list-commits-on-a-pull-request`,
  '/repos/{owner}/{repo}/issues/{issue_number}/comments': `${DOCS}/issues/comments#list-issue-comments`,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': `${DOCS}/issues/comments#create-an-issue-comment`,
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': `${DOCS}/issues/comments#update-an-issue-comment`,
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': `${DOCS}/issues/comments#delete-an-issue-comment`,
  '/repos/{owner}/{repo}/issues/{issue_number}/labels': `${DOCS}/issues/labels#list-labels-for-an-issue`,
  'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels': `${DOCS}/issues/labels#set-labels-for-an-issue`,
  '/user': `${DOCS}/users/users#get-the-authenticated-user`
};

function docUrl(method: string, template: string | undefined): string {
  if (!template) return DOCS;
  return DOC_FOR[`${method} ${template}`] ?? DOC_FOR[template] ?? DOCS;
}

/** Every REST route the stand-in serves, in match order. */
export const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}',
    re: pathRe('/repos/{owner}/{repo}'),
    handler: async (ctx) => json(200, fullRepositoryObject(ctx.state.site, ctx.state.pushedAt()))
  },
  {
    method: 'GET',
    template: '/user',
    re: /^\/user$/,
    handler: async () => {
      throw new HttpError(403, 'Resource not accessible by integration');
    }
  },
  ...contentRoutes,
  ...compareRoutes,
  ...commitRoutes,
  ...pullRoutes,
  ...commentRoutes,
  ...labelRoutes
];

const MAX_BODY = 200 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let len = 0;
    req.on('data', (c: Buffer) => {
      len += c.length;
      if (len > MAX_BODY) {
        reject(new HttpError(413, 'Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function requestId(): string {
  const h = randomBytes(14).toString('hex').toUpperCase();
  return `${h.slice(0, 4)}:${h.slice(4, 9)}:${h.slice(9, 16)}:${h.slice(16, 23)}:${h.slice(23, 28)}`;
}

async function repoHeadBranch(gitDir: string): Promise<string | null> {
  const r = await runGit([`--git-dir=${gitDir}`, 'symbolic-ref', '--quiet', '--short', 'HEAD'], { okCodes: [1, 128] });
  const b = r.stdout.toString('utf8').trim();
  return r.code === 0 && b ? b : null;
}

export async function startStandIn(opts: StandInOptions): Promise<StandIn> {
  const token = opts.token ?? 'ghs_standin';
  const prefix = (opts.pathPrefix ?? '').replace(/\/+$/, '');
  if (prefix && !prefix.startsWith('/')) throw new Error('pathPrefix must start with /');
  const defaultBranch = opts.defaultBranch ?? (await repoHeadBranch(opts.gitDir)) ?? 'main';
  const validator = openApiValidator();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const pulls = new PullStore();
  const comments = new CommentStore();
  const labels = new LabelStore();
  let faults = opts.faults ? new FaultInjector(opts.faults) : null;
  let lastPush = isoNow();
  const startSec = Math.floor(Date.now() / 1000);
  let used = 0;

  const site: Site = {
    api: '',
    origin: '',
    owner: opts.owner,
    repo: opts.repo,
    defaultBranch,
    botLogin: opts.botLogin ?? 'github-actions[bot]',
    createdAt: '2020-01-01T00:00:00Z'
  };
  const state: State = {
    site,
    git: new GitRepo(opts.gitDir),
    pulls,
    comments,
    labels,
    commentsForbidden: opts.commentsForbidden ?? false,
    pushedAt: () => lastPush,
    violations
  };

  const graphqlRoute: Route = { method: 'POST', template: '/graphql', re: /^\/graphql$/, handler: graphql, outsideSpec: true };
  // GitHub Enterprise Server: REST at /api/v3, GraphQL at /api/graphql.
  const graphqlPaths = new Set(['/graphql', `${prefix}/graphql`]);
  if (prefix.endsWith('/v3')) graphqlPaths.add(`${prefix.slice(0, -3)}/graphql`);

  const send = (res: ServerResponse, rec: RecordedRequest, status: number, headers: Record<string, string>, body: Buffer | null, graphqlResource: boolean) => {
    used += 1;
    const h: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': requestId(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - used)),
      'x-ratelimit-reset': String(startSec + 3600),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': graphqlResource ? 'graphql' : 'core',
      ...headers
    };
    if (body) h['content-length'] = String(body.length);
    rec.status = status;
    res.writeHead(status, h);
    res.end(body ?? undefined);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const t0 = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', site.origin);
    const rec: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0, ms: 0 };
    requests.push(rec);
    const finish = () => {
      rec.ms = Math.round((performance.now() - t0) * 10) / 10;
    };
    res.on('close', finish);

    // Where does this request go?
    let route: Route | undefined;
    let match: RegExpExecArray | null = null;
    let apiPath: string | null = null;
    if (graphqlPaths.has(url.pathname)) {
      route = graphqlRoute;
      apiPath = '/graphql';
    } else if (prefix === '' || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`)) {
      apiPath = url.pathname.slice(prefix.length) || '/';
      for (const r of ROUTES) {
        if (r.method !== method) continue;
        match = r.re.exec(apiPath);
        if (match) {
          route = r;
          break;
        }
      }
    }
    const isGraphql = route === graphqlRoute;
    if (route) rec.operation = isGraphql ? 'graphql' : validator.operationId(method, route.template);

    const sendJson = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (route && !route.outsideSpec && body !== undefined) {
        for (const v of validator.validateResponse(method, route.template, status, body)) violations.push(v);
      }
      send(res, rec, status, headers, body === undefined ? null : Buffer.from(JSON.stringify(body)), isGraphql);
    };
    const sendError = (e: HttpError) => {
      sendJson(e.status, errorBody(e.status, e.message, docUrl(method, route?.template), e.extra), e.headers);
    };

    try {
      const raw = await readBody(req);

      const decision = faults?.decide(method, apiPath ?? url.pathname) ?? null;
      if (decision) {
        rec.fault = decision.kind === 'down' ? `down-${decision.how}` : decision.kind;
        if (decision.kind === 'reset' || (decision.kind === 'down' && decision.how === 'reset')) {
          req.socket.destroy();
          return;
        }
        if (decision.kind === 'slow') {
          await sleep(decision.ms);
        } else {
          const f = faultResponse(decision.kind, Math.floor(Date.now() / 1000));
          sendJson(f.status, f.body, f.headers);
          return;
        }
      }

      const auth = String(req.headers.authorization ?? '');
      const m = /^(?:token|bearer)\s+(\S+)$/i.exec(auth);
      if (!m || m[1] !== token) {
        sendJson(401, errorBody(401, 'Bad credentials', DOCS));
        return;
      }

      if (!route) {
        violations.push(`unserved route: ${method} ${url.pathname}`);
        sendJson(404, errorBody(404, 'Not Found', DOCS));
        return;
      }

      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(match?.groups ?? {})) {
        if (v === undefined) continue;
        try {
          params[k] = decodeURIComponent(v);
        } catch {
          throw new HttpError(404, 'Not Found');
        }
      }
      if (params.owner !== undefined && params.owner.toLowerCase() !== site.owner.toLowerCase()) throw new HttpError(404, 'Not Found');
      if (params.repo !== undefined && params.repo.toLowerCase() !== site.repo.toLowerCase()) throw new HttpError(404, 'Not Found');

      let body: unknown;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          throw new HttpError(400, 'Problems parsing JSON');
        }
        if (!route.outsideSpec) for (const v of validator.validateRequest(method, route.template, body)) violations.push(v);
      }

      // The request's own view of the repository: ref lookups remembered for this request only.
      const own: State = { ...state, git: state.git.forRequest() };
      const ctx: Ctx = { method, path: apiPath!, query: url.searchParams, params, headers: req.headers, body, selfUrl: `${site.origin}${url.pathname}`, state: own };
      const reply: Reply = await route.handler(ctx);
      if (method === 'PUT' && reply.status < 300) lastPush = isoNow();
      if (reply.raw) {
        send(res, rec, reply.status, { ...reply.headers, 'content-type': reply.raw.contentType }, reply.raw.data, false);
      } else {
        sendJson(reply.status, reply.body, reply.headers);
      }
    } catch (e) {
      if (res.headersSent || res.destroyed) return;
      if (e instanceof HttpError) return sendError(e);
      const msg = e instanceof Error ? e.message : String(e);
      violations.push(`stand-in error in ${method} ${route?.template ?? url.pathname}: ${msg}`);
      sendJson(500, errorBody(500, `stand-in error: ${msg}`, DOCS));
    }
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  server.keepAliveTimeout = 2000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  site.origin = `http://127.0.0.1:${port}`;
  site.api = `${site.origin}${prefix}`;
  const graphqlUrl = prefix.endsWith('/v3') ? `${site.origin}${prefix.slice(0, -3)}/graphql` : `${site.api}/graphql`;

  return {
    url: site.api,
    origin: site.origin,
    graphqlUrl,
    token,
    owner: opts.owner,
    repo: opts.repo,
    defaultBranch,
    requests,
    violations,
    get gitProcesses() {
      return state.git.processes;
    },
    pulls,
    comments,
    labels,
    addComment(issue, body, login) {
      return commentObject(site, comments.add(issue, body, login), pulls.get(issue) !== undefined);
    },
    setFaults(plan) {
      faults = plan ? new FaultInjector(plan) : null;
    },
    setCommentsForbidden(forbidden) {
      state.commentsForbidden = forbidden;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
  };
}
