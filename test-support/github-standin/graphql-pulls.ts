/**
 * GraphQL for open pull requests (what the action's radar reads, src/action/github/open-pulls.ts):
 *
 *   repository { pullRequests(states:, first:|last:, after:, before:, orderBy: {field, direction}, baseRefName:,
 *                             headRefName:) { totalCount pageInfo { … } nodes {
 *     id number title state isDraft createdAt updatedAt baseRefName headRefName headRefOid changedFiles
 *     author { login }
 *     files(first:, after:) { totalCount pageInfo { … } nodes { path additions deletions changeType } }
 *     headRef { name prefix target { … on Commit { file(path:) { mode object { … on Blob { … } } } } } } } } }
 *   repository { pullRequest(number:) { …the same fields…
 *     comments(first:|last:, after:, before:) { totalCount pageInfo { … } nodes { id databaseId url body author { login } } } } }
 *
 * From the stand-in's PullStore and the real repository, resolved live like pulls.ts (a push to a head branch
 * shows in the next answer). Cursors are opaque base64 strings, as on GitHub; `first`/`last` are required and at
 * most 100, with GitHub's messages. GitHub lists a pull request's files against the merge base, at most 3,000.
 * Comments come from the same CommentStore as the REST routes (oldest first); an app's comment is by a `Bot` whose
 * GraphQL login has no `[bot]` suffix (the REST `user.login` has it), a person's by a `User`.
 */
import { GraphQLError } from './graphql-parse.js';
import type { State } from './http.js';
import { PULL_FILES_CAP, type PullRecord } from './pulls.js';
import { nodeId, repoHtml, stableId } from './shapes.js';
import type { StoredComment } from './comments.js';
import type { DiffFile, FileStatus } from './git.js';

type Obj = { __type: string } & Record<string, unknown>;
type Resolver = (parent: Obj, args: Record<string, unknown>) => unknown;

const given = (v: unknown): boolean => v !== null && v !== undefined;
const cursor = (offset: number): string => Buffer.from(`cursor:v2:${offset}`).toString('base64');
function offsetOf(c: unknown, what: string): number {
  const m = typeof c === 'string' ? /^cursor:v2:(\d+)$/.exec(Buffer.from(c, 'base64').toString('utf8')) : null;
  if (!m) throw new GraphQLError(`\`${String(c)}\` does not appear to be a valid cursor.`, { type: 'INVALID_CURSOR_ARGUMENTS', what });
  return Number(m[1]);
}

/** A connection's page from `items` as GitHub pages one: first/last (1..100), after/before cursors. */
export function connection(items: readonly Obj[], a: Record<string, unknown>, name: string, type: string): Obj {
  const first = a.first as number | null | undefined;
  const last = a.last as number | null | undefined;
  if (!given(first) && !given(last)) {
    throw new GraphQLError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`, { type: 'MISSING_PAGINATION_BOUNDARIES' });
  }
  for (const [arg, n] of [['first', first], ['last', last]] as const) {
    if (typeof n === 'number' && n > 100) throw new GraphQLError(`Requesting ${n} records on the \`${name}\` connection exceeds the \`${arg}\` limit of 100 records.`, { type: 'EXCESSIVE_PAGINATION' });
    if (typeof n === 'number' && n < 0) throw new GraphQLError(`\`${arg}\` on \`${name}\` cannot be less than zero`);
  }
  let start = given(a.after) ? offsetOf(a.after, name) + 1 : 0;
  let end = given(a.before) ? Math.min(items.length, offsetOf(a.before, name)) : items.length;
  if (typeof first === 'number') end = Math.min(end, start + first);
  if (typeof last === 'number') start = Math.max(start, end - last);
  const nodes = items.slice(start, Math.max(start, end));
  return {
    __type: type,
    totalCount: items.length,
    nodes,
    pageInfo: { __type: 'PageInfo', hasNextPage: end < items.length, hasPreviousPage: start > 0, startCursor: nodes.length > 0 ? cursor(start) : null, endCursor: nodes.length > 0 ? cursor(start + nodes.length - 1) : null }
  };
}

const CHANGE_TYPE: Record<FileStatus, string> = { added: 'ADDED', removed: 'DELETED', modified: 'MODIFIED', renamed: 'RENAMED', copied: 'COPIED', changed: 'CHANGED' };
const STATE: Record<PullRecord['state'], string> = { open: 'OPEN', closed: 'CLOSED' };

/** The types this file serves, merged into graphql.ts's schema; `commitObj` makes a Commit the way it does. */
export function pullTypes(state: State, commitObj: (sha: string) => Promise<Obj>): Record<string, { fields: Record<string, Resolver> }> {
  const { site, git } = state;
  const rec = (p: Obj): PullRecord => p.rec as PullRecord;
  const headSha = async (p: Obj): Promise<string | null> => (await git.branchSha(rec(p).head)) ?? rec(p).lastHeadSha ?? null;
  const files = async (p: Obj): Promise<DiffFile[]> => {
    const [head, base] = await Promise.all([headSha(p), git.branchSha(rec(p).base)]);
    const mb = head && base ? await git.mergeBase(base, head) : null;
    return mb && head ? (await git.diff(mb, head)).slice(0, PULL_FILES_CAP) : [];
  };

  return {
    Repository: {
      fields: {
        pullRequests: (_p, a) => {
          const states = !given(a.states) ? null : ([] as string[]).concat(a.states as string | string[]);
          const order = a.orderBy as { field: string; direction: string } | null | undefined;
          const key = (r: PullRecord): string => (order?.field === 'UPDATED_AT' ? r.updatedAt : r.createdAt);
          const dir = order?.direction === 'DESC' ? -1 : 1;
          const pulls = state.pulls
            .list()
            .filter((r) => (states === null || states.includes(STATE[r.state])) && (!given(a.baseRefName) || r.base === a.baseRefName) && (!given(a.headRefName) || r.head === a.headRefName))
            .sort((x, y) => (key(x) < key(y) ? -dir : key(x) > key(y) ? dir : x.number - y.number));
          return connection(pulls.map((r) => ({ __type: 'PullRequest', rec: r })), a, 'pullRequests', 'PullRequestConnection');
        },
        pullRequest: (_p, a) => {
          const r = state.pulls.get(Number(a.number));
          if (!r) throw new GraphQLError(`Could not resolve to a PullRequest with the number of ${String(a.number)}.`, { type: 'NOT_FOUND' });
          return { __type: 'PullRequest', rec: r };
        }
      }
    },
    IssueCommentConnection: { fields: { totalCount: (p) => p.totalCount, nodes: (p) => p.nodes, pageInfo: (p) => p.pageInfo } },
    IssueComment: {
      fields: {
        id: (p) => nodeId('IssueComment', (p.c as StoredComment).id),
        databaseId: (p) => (p.c as StoredComment).id,
        url: (p) => `${repoHtml(site)}/pull/${(p.c as StoredComment).issue}#issuecomment-${(p.c as StoredComment).id}`,
        body: (p) => (p.c as StoredComment).body,
        author: (p) => {
          const login = (p.c as StoredComment).login;
          return login.endsWith('[bot]') ? { __type: 'Bot', login: login.slice(0, -'[bot]'.length) } : { __type: 'User', login };
        }
      }
    },
    Bot: { fields: { login: (p) => p.login } },
    PullRequestConnection: { fields: { totalCount: (p) => p.totalCount, nodes: (p) => p.nodes, pageInfo: (p) => p.pageInfo } },
    PullRequestChangedFileConnection: { fields: { totalCount: (p) => p.totalCount, nodes: (p) => p.nodes, pageInfo: (p) => p.pageInfo } },
    PageInfo: {
      fields: {
        hasNextPage: (p) => p.hasNextPage,
        hasPreviousPage: (p) => p.hasPreviousPage,
        startCursor: (p) => p.startCursor,
        endCursor: (p) => p.endCursor
      }
    },
    PullRequest: {
      fields: {
        id: (p) => nodeId('PullRequest', stableId(`pull:${site.owner}/${site.repo}#${rec(p).number}`)),
        number: (p) => rec(p).number,
        title: (p) => rec(p).title,
        state: (p) => STATE[rec(p).state],
        isDraft: (p) => rec(p).draft,
        createdAt: (p) => rec(p).createdAt,
        updatedAt: (p) => rec(p).updatedAt,
        baseRefName: (p) => rec(p).base,
        headRefName: (p) => rec(p).head,
        headRefOid: async (p) => (await headSha(p)) ?? '0'.repeat(40),
        author: (p) => ({ __type: 'User', login: rec(p).user }),
        changedFiles: async (p) => (await files(p)).length,
        files: async (p, a) =>
          connection(
            (await files(p)).map((f) => ({ __type: 'PullRequestChangedFile', file: f })),
            a,
            'files',
            'PullRequestChangedFileConnection'
          ),
        comments: (p, a) => connection(state.comments.list(rec(p).number).map((c) => ({ __type: 'IssueComment', c })), a, 'comments', 'IssueCommentConnection'),
        headRef: async (p) => {
          const sha = await git.branchSha(rec(p).head);
          return sha ? { __type: 'Ref', name: rec(p).head, sha } : null;
        }
      }
    },
    PullRequestChangedFile: {
      fields: {
        path: (p) => (p.file as DiffFile).filename,
        additions: (p) => (p.file as DiffFile).additions,
        deletions: (p) => (p.file as DiffFile).deletions,
        changeType: (p) => CHANGE_TYPE[(p.file as DiffFile).status]
      }
    },
    Ref: { fields: { name: (p) => p.name, prefix: () => 'refs/heads/', target: (p) => commitObj(String(p.sha)) } }
  };
}
