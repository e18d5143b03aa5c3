/**
 * POST /graphql — a small, real GraphQL executor over the slice of GitHub's schema the action reads, held to
 * GitHub's published schema (graphql-subset.graphql, checked in graphql-schema.ts: arguments, variables and every
 * answer's types; a mismatch is a violation):
 *
 *   viewer { login }                                   → the bot login without `[bot]` (`github-actions`,
 *                                                         what GitHub answers for a GITHUB_TOKEN)
 *   repository(owner:, name:) { name nameWithOwner id url
 *     object(expression: "<rev>:<path>" | "<rev>") {   → Blob | Tree | Commit from the real repository
 *       __typename
 *       ... on Blob   { oid byteSize isBinary isTruncated text }     (text cut at 512,000 bytes, null if binary)
 *       ... on Commit { oid message messageHeadline committedDate authoredDate
 *                       author { name email date } committer { name email date } file(path:) { …TreeEntry } }
 *       ... on Tree   { oid entries { name path type mode oid object } } }
 *     pullRequests(…) { … }  pullRequest(number:) { … }  → graphql-pulls.ts (comments too) }
 *
 * Queries (anonymous or named, with variables, aliases, inline fragments, list and object arguments); not
 * mutations, named fragments or directives. Anything outside this slice gets GitHub-style `errors` (HTTP 200),
 * like GitHub's own answer to an unknown field.
 *
 * Faults inside a query (a file that is "not there" at some revision, an error echoing the Authorization
 * header, a failing pullRequests field) are set per stand-in with `setGraphqlFaults` (faults.ts): the server's own
 * fault plan sees only `POST /graphql`.
 */
import { graphqlFaultsFor } from './faults.js';
import type { Ctx, Reply, State } from './http.js';
import { isSafePath, isSafeRefName, type CommitInfo, type TreeEntry } from './git.js';
import { GraphQLError, parse, type Selection } from './graphql-parse.js';
import { pullTypes } from './graphql-pulls.js';
import { answerProblems, argumentsFor, fieldType, isA, schemaSubset, validVariable } from './graphql-schema.js';
import { nodeId, repoHtml } from './shapes.js';

/** GitHub truncates `Blob.text` at this many bytes (and says so in `isTruncated`). */
export const GRAPHQL_TEXT_MAX = 512_000;

// ---------------------------------------------------------------- execution

type Obj = { __type: string } & Record<string, unknown>;
type Resolver = (parent: Obj, args: Record<string, unknown>) => unknown;
interface TypeDef {
  fields: Record<string, Resolver>;
}

function isBinary(data: Buffer): boolean {
  return data.subarray(0, 8000).includes(0);
}

function schema(state: State): Record<string, TypeDef> {
  const { site, git } = state;
  const actor = (who: CommitInfo['author']): Obj => ({ __type: 'GitActor', name: who.name, email: who.email, date: who.localDate });
  const commitObj = (c: CommitInfo): Obj => ({ __type: 'Commit', info: c });
  const treeEntries = async (commit: string, path: string): Promise<Obj[]> =>
    ((await git.listTree(commit, path)) ?? []).map((e: TreeEntry) => ({ __type: 'TreeEntry', entry: e, commit }));
  /** The object a tree entry points to: a Blob or a Tree (a submodule's commit is not in this repository). */
  const objectOf = (e: TreeEntry, commit: string): Obj | null =>
    e.type === 'blob' ? { __type: 'Blob', sha: e.sha, size: e.size } : e.type === 'tree' ? { __type: 'Tree', sha: e.sha, commit, path: e.path } : null;

  const resolveExpression = async (expression: string): Promise<Obj | null> => {
    const colon = expression.indexOf(':');
    const rev = colon >= 0 ? expression.slice(0, colon) : expression;
    const path = colon >= 0 ? expression.slice(colon + 1).replace(/^\/+|\/+$/g, '') : null;
    const missing = graphqlFaultsFor(site.origin)?.missing ?? [];
    if (path !== null && missing.some((m) => m.path === path && (m.at === undefined || rev.startsWith(m.at)))) return null;
    if (!isSafeRefName(rev) || (path !== null && path !== '' && !isSafePath(path))) return null;
    const commit = await git.resolveCommit(rev);
    if (!commit) return null;
    if (path === null) return commitObj(await git.commit(commit));
    if (path === '') return { __type: 'Tree', sha: await git.treeOf(commit), commit, path: '' };
    const e = await git.entry(commit, path);
    return e ? objectOf(e, commit) : null;
  };

  const blobData = new Map<string, Promise<Buffer>>();
  const data = (sha: string) => {
    let d = blobData.get(sha);
    if (!d) blobData.set(sha, (d = git.readBlob(sha)));
    return d;
  };

  const pulls = pullTypes(state, async (sha) => commitObj(await git.commit(sha)));
  return {
    ...pulls,
    Query: {
      fields: {
        viewer: () => ({ __type: 'User', login: site.botLogin.replace(/\[bot\]$/, '') }),
        repository: (_p, a) => {
          if (String(a.owner).toLowerCase() === site.owner.toLowerCase() && String(a.name).toLowerCase() === site.repo.toLowerCase()) return { __type: 'Repository' };
          throw new GraphQLError(`Could not resolve to a Repository with the name '${String(a.owner)}/${String(a.name)}'.`, { type: 'NOT_FOUND' });
        }
      }
    },
    User: { fields: { login: (p) => p.login } },
    Repository: {
      fields: {
        id: () => nodeId('Repository', `${site.owner}/${site.repo}`),
        name: () => site.repo,
        nameWithOwner: () => `${site.owner}/${site.repo}`,
        url: () => repoHtml(site),
        object: (_p, a) => {
          if (typeof a.expression === 'string') return resolveExpression(a.expression);
          if (typeof a.oid === 'string' && /^[0-9a-f]{40}$/.test(a.oid)) return resolveExpression(a.oid);
          throw new GraphQLError("Field 'object' needs an 'expression' or 'oid' argument");
        },
        pullRequests: (p, a) => {
          if (graphqlFaultsFor(site.origin)?.pullRequests) throw new GraphQLError('Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug.');
          return pulls.Repository!.fields.pullRequests!(p, a);
        },
        pullRequest: (p, a) => pulls.Repository!.fields.pullRequest!(p, a)
      }
    },
    Blob: {
      fields: {
        id: (p) => nodeId('Blob', String(p.sha)),
        oid: (p) => p.sha,
        byteSize: (p) => p.size,
        isBinary: async (p) => isBinary(await data(String(p.sha))),
        isTruncated: (p) => Number(p.size) > GRAPHQL_TEXT_MAX,
        text: async (p) => {
          const d = await data(String(p.sha));
          if (isBinary(d)) return null;
          // Cut at the byte limit, then drop a partial UTF-8 sequence as GitHub does.
          return d.subarray(0, GRAPHQL_TEXT_MAX).toString('utf8').replace(/\ufffd+$/, '');
        }
      }
    },
    Tree: {
      fields: {
        id: (p) => nodeId('Tree', String(p.sha)),
        oid: (p) => p.sha,
        entries: (p) => treeEntries(String(p.commit), String(p.path))
      }
    },
    TreeEntry: {
      fields: {
        name: (p) => (p.entry as TreeEntry).name,
        path: (p) => (p.entry as TreeEntry).path,
        type: (p) => (p.entry as TreeEntry).type,
        mode: (p) => Number.parseInt((p.entry as TreeEntry).mode, 8),
        oid: (p) => (p.entry as TreeEntry).sha,
        object: (p) => objectOf(p.entry as TreeEntry, String(p.commit))
      }
    },
    Commit: {
      fields: {
        id: (p) => nodeId('Commit', (p.info as CommitInfo).sha),
        oid: (p) => (p.info as CommitInfo).sha,
        message: (p) => (p.info as CommitInfo).message.replace(/\n+$/, ''),
        messageHeadline: (p) => (p.info as CommitInfo).message.split('\n')[0] ?? '',
        committedDate: (p) => (p.info as CommitInfo).committer.date,
        authoredDate: (p) => (p.info as CommitInfo).author.date,
        author: (p) => actor((p.info as CommitInfo).author),
        committer: (p) => actor((p.info as CommitInfo).committer),
        file: async (p, a) => {
          const path = String(a.path).replace(/^\/+|\/+$/g, '');
          const sha = (p.info as CommitInfo).sha;
          const e = path !== '' && isSafePath(path) ? await git.entry(sha, path) : null;
          return e ? { __type: 'TreeEntry', entry: e, commit: sha } : null;
        }
      }
    },
    GitActor: { fields: { name: (p) => p.name, email: (p) => p.email, date: (p) => p.date } }
  };
}

/** One query's execution: the resolvers and the variables (and their declared types). */
interface Run {
  types: Record<string, TypeDef>;
  vars: Record<string, unknown>;
  varTypes: Map<string, string>;
}

/**
 * What executing a selection gave: its value, and the errors and violations met on the way in the order a serial
 * execution meets them. `thrown` is a failure of the whole query (GitHub then answers without `data`) or a
 * stand-in crash; a serial execution would stop there, so whatever comes after it in order is dropped.
 */
interface Outcome {
  value: unknown;
  errors: Record<string, unknown>[];
  violations: string[];
  thrown?: { error: unknown };
  /** A fragment's fields are merged into the parent's; `skip` is a fragment on a type the parent is not. */
  kind?: 'merge' | 'skip';
  /** The field's key in the parent's answer and whether its null nulls the parent (a non-null field). */
  key?: string;
  nulls?: boolean;
}

const done = (value: unknown): Outcome => ({ value, errors: [], violations: [] });
const failed = (error: unknown, violations: string[] = []): Outcome => ({ value: null, errors: [], violations, thrown: { error } });

/**
 * Outcomes of siblings (started together) → one, walked in order: errors and violations concatenated, stopping at
 * the first failure of the whole query.
 */
function inOrder(parts: Outcome[], assemble: (parts: Outcome[]) => unknown): Outcome {
  const all = done(null);
  for (const part of parts) {
    all.errors.push(...part.errors);
    all.violations.push(...part.violations);
    if (part.thrown) return { ...all, thrown: part.thrown };
  }
  return { ...all, value: assemble(parts) };
}

/**
 * An object's selections; null when a non-null field of it is null (an error), as GraphQL propagates nulls. The
 * fields start together (GraphQL lets a query's fields execute in parallel; mutations are not served), and the
 * answer is put together in selection order afterwards: the same keys, errors and violations as one at a time.
 */
async function execute(run: Run, sels: Selection[], parent: Obj, path: (string | number)[]): Promise<Outcome> {
  const parts = await Promise.all(sels.map((s) => selection(run, s, parent, path)));
  return inOrder(parts, (ps) => {
    const out: Record<string, unknown> = {};
    let nulled = false;
    for (const p of ps) {
      if (p.kind === 'skip') continue;
      if (p.kind === 'merge') {
        if (p.value === null) nulled = true;
        else Object.assign(out, p.value);
        continue;
      }
      out[p.key!] = p.value;
      if (p.nulls) nulled = true;
    }
    return nulled ? null : out;
  });
}

/** One selection of `parent`: a fragment, `__typename` or a field (resolved, then its own selections). */
async function selection(run: Run, s: Selection, parent: Obj, path: (string | number)[]): Promise<Outcome> {
  if (s.kind === 'fragment') {
    if (isA(parent.__type, s.on)) return { ...(await execute(run, s.selections, parent, path)), kind: 'merge' };
    if (!schemaSubset().has(s.on)) return failed(new GraphQLError(`No such type ${s.on}, so it can't be a fragment condition`));
    return { ...done(null), kind: 'skip' };
  }
  const key = s.alias || s.name;
  if (s.name === '__typename') return { ...done(parent.__type), key };
  const resolver = run.types[parent.__type]?.fields[s.name];
  const declared = fieldType(parent.__type, s.name);
  if (!resolver || !declared) {
    const violations = resolver ? [`graphql: the stand-in serves ${parent.__type}.${s.name}, which GitHub's schema (graphql-subset.graphql) does not have`] : [];
    const error = new GraphQLError(`Field '${s.name}' doesn't exist on type '${parent.__type}'`, {
      path: [...path, key],
      extensions: { code: 'undefinedField', typeName: parent.__type, fieldName: s.name },
      locations: [{ line: s.line, column: s.column }]
    });
    return failed(error, violations);
  }
  const nonNull = declared.endsWith('!');
  let value: unknown;
  try {
    const args = argumentsFor(parent.__type, s.name, s.args, run.vars, run.varTypes);
    try {
      value = await resolver(parent, args);
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      const error = { ...e.extra, path: [...path, key], locations: [{ line: s.line, column: s.column }], message: e.message };
      return { value: null, errors: [error], violations: [], key, nulls: nonNull };
    }
  } catch (e) {
    return failed(e);
  }
  const violations = answerProblems(declared, value, `graphql: ${parent.__type}.${s.name} at ${[...path, key].join('.')}`);
  const sub = async (v: unknown, p: (string | number)[]): Promise<Outcome> => {
    if (v === null || v === undefined) return done(null);
    if (typeof v === 'object' && '__type' in (v as object)) {
      if (!s.selections) return failed(new GraphQLError(`Field must have selections (field '${s.name}' returns ${(v as Obj).__type} but has no selections.)`));
      return execute(run, s.selections, v as Obj, p);
    }
    if (s.selections) return failed(new GraphQLError(`Selections can't be made on scalars (field '${s.name}')`));
    return done(v);
  };
  const inner = Array.isArray(value)
    ? inOrder(await Promise.all(value.map((v, i) => sub(v, [...path, key, i]))), (items) => items.map((i) => i.value))
    : await sub(value, [...path, key]);
  return { ...inner, violations: [...violations, ...inner.violations], key, nulls: inner.value === null && nonNull };
}

export async function graphql(ctx: Ctx): Promise<Reply> {
  const echo = graphqlFaultsFor(ctx.state.site.origin)?.echoAuthorization;
  if (echo) {
    const message = `Bad credentials: the authorization header "${String(ctx.headers.authorization ?? '')}" was refused`;
    return echo === '401'
      ? { status: 401, body: { message, documentation_url: 'https://docs.github.com/graphql', status: '401' } }
      : { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', message }] } };
  }
  const body = ctx.body as { query?: unknown; variables?: unknown } | undefined;
  if (typeof body?.query !== 'string' || body.query.trim() === '') {
    return { status: 200, body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] } };
  }
  const vars = (typeof body.variables === 'object' && body.variables !== null ? body.variables : {}) as Record<string, unknown>;
  try {
    const doc = parse(body.query);
    for (const v of doc.variables) {
      if (vars[v.name] === undefined) vars[v.name] = null;
      if (!validVariable(v.type, vars[v.name])) throw new GraphQLError(`Variable $${v.name} of type ${v.type} was provided invalid value`);
    }
    const run: Run = { types: schema(ctx.state), vars, varTypes: new Map(doc.variables.map((v) => [v.name, v.type])) };
    const result = await execute(run, doc.selections, { __type: 'Query' }, []);
    ctx.state.violations.push(...result.violations);
    if (result.thrown) throw result.thrown.error;
    const data = result.value;
    return { status: 200, body: result.errors.length > 0 ? { data, errors: result.errors } : { data } };
  } catch (e) {
    if (e instanceof GraphQLError) return { status: 200, body: { errors: [{ ...e.extra, message: e.message }] } };
    throw e;
  }
}

/** Every field the stand-in resolves, per type: a test keeps it equal to graphql-subset.graphql and the cut script. */
export function servedGraphql(): Record<string, string[]> {
  const types = schema({ site: {}, git: {}, pulls: {} } as unknown as State);
  return Object.fromEntries(Object.entries(types).map(([t, d]) => [t, Object.keys(d.fields).sort()]));
}
