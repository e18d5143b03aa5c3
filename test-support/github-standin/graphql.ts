/**
 * POST /graphql — a small, real GraphQL executor over the slice of GitHub's schema the action reads:
 *
 *   viewer { login }                                   → the bot login without `[bot]` (`github-actions`,
 *                                                         what GitHub answers for a GITHUB_TOKEN)
 *   repository(owner:, name:) { name nameWithOwner id url
 *     object(expression: "<rev>:<path>" | "<rev>") {   → Blob | Tree | Commit from the real repository
 *       __typename
 *       ... on Blob   { oid byteSize isBinary isTruncated text }     (text cut at 512,000 bytes, null if binary)
 *       ... on Commit { oid message messageHeadline committedDate authoredDate
 *                       author { name email date } committer { name email date } }
 *       ... on Tree   { oid entries { name path type mode oid } } } }
 *
 * Queries (anonymous or named, with variables, aliases, inline fragments); not mutations, named
 * fragments or directives. Anything outside this slice gets GitHub-style `errors` (HTTP 200), like
 * GitHub's own answer to an unknown field.
 *
 * Faults inside a query (a file that is "not there" at some revision, an error echoing the Authorization
 * header) are set per stand-in with `setGraphqlFaults` (faults.ts): the server's own fault plan sees only
 * `POST /graphql`.
 */
import { graphqlFaultsFor } from './faults.js';
import type { Ctx, Reply, State } from './http.js';
import { isSafePath, isSafeRefName, type CommitInfo, type TreeEntry } from './git.js';
import { nodeId, repoHtml } from './shapes.js';

/** GitHub truncates `Blob.text` at this many bytes (and says so in `isTruncated`). */
export const GRAPHQL_TEXT_MAX = 512_000;

class GraphQLError extends Error {
  constructor(
    message: string,
    readonly extra: Record<string, unknown> = {}
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------- parsing

type Value = { kind: 'var'; name: string } | { kind: 'lit'; value: unknown };
interface Field {
  kind: 'field';
  alias: string;
  name: string;
  args: Record<string, Value>;
  selections: Selection[] | null;
  line: number;
  column: number;
}
interface Fragment {
  kind: 'fragment';
  on: string;
  selections: Selection[];
}
type Selection = Field | Fragment;

interface Token {
  t: 'name' | 'punct' | 'string' | 'number';
  v: string;
  line: number;
  column: number;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      line++;
      lineStart = ++i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const column = i - lineStart + 1;
    if (src.startsWith('...', i)) {
      out.push({ t: 'punct', v: '...', line, column });
      i += 3;
      continue;
    }
    if ('{}()[]:!$=@'.includes(c)) {
      out.push({ t: 'punct', v: c, line, column });
      i++;
      continue;
    }
    if (c === '"') {
      if (src.startsWith('"""', i)) throw new GraphQLError('Block strings are not supported by the stand-in');
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out.push({ t: 'string', v: JSON.parse(src.slice(i, j + 1)) as string, line, column });
      i = j + 1;
      continue;
    }
    const name = /^[_A-Za-z][_0-9A-Za-z]*/.exec(src.slice(i, i + 256));
    if (name) {
      out.push({ t: 'name', v: name[0], line, column });
      i += name[0].length;
      continue;
    }
    const num = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(src.slice(i, i + 64));
    if (num) {
      out.push({ t: 'number', v: num[0], line, column });
      i += num[0].length;
      continue;
    }
    throw new GraphQLError(`Parse error on "${c}" (${line}:${column})`);
  }
  return out;
}

function parse(src: string): { variables: { name: string; nonNull: boolean }[]; selections: Selection[] } {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const next = () => {
    const t = toks[p++];
    if (!t) throw new GraphQLError('Parse error: unexpected end of document');
    return t;
  };
  const expect = (v: string) => {
    const t = next();
    if (t.v !== v) throw new GraphQLError(`Parse error on "${t.v}" (${t.line}:${t.column}), expected "${v}"`);
    return t;
  };
  const value = (): Value => {
    const t = next();
    if (t.t === 'punct' && t.v === '$') return { kind: 'var', name: next().v };
    if (t.t === 'string') return { kind: 'lit', value: t.v };
    if (t.t === 'number') return { kind: 'lit', value: Number(t.v) };
    if (t.t === 'name' && (t.v === 'true' || t.v === 'false')) return { kind: 'lit', value: t.v === 'true' };
    if (t.t === 'name' && t.v === 'null') return { kind: 'lit', value: null };
    if (t.t === 'name') return { kind: 'lit', value: t.v };
    throw new GraphQLError(`Parse error on "${t.v}" (${t.line}:${t.column}): lists and objects are not supported by the stand-in`);
  };
  const selectionSet = (): Selection[] => {
    expect('{');
    const sels: Selection[] = [];
    while (peek() && peek()!.v !== '}') {
      const t = next();
      if (t.v === '...') {
        const on = next();
        if (on.v !== 'on') throw new GraphQLError('Named fragments are not supported by the stand-in');
        sels.push({ kind: 'fragment', on: next().v, selections: selectionSet() });
        continue;
      }
      if (t.t !== 'name') throw new GraphQLError(`Parse error on "${t.v}" (${t.line}:${t.column})`);
      const alias = t.v;
      let name = t.v;
      if (peek()?.v === ':') {
        next();
        name = next().v;
      }
      const args: Record<string, Value> = {};
      if (peek()?.v === '(') {
        next();
        while (peek()?.v !== ')') {
          const a = next().v;
          expect(':');
          args[a] = value();
        }
        expect(')');
      }
      if (peek()?.v === '@') throw new GraphQLError('Directives are not supported by the stand-in');
      const selections = peek()?.v === '{' ? selectionSet() : null;
      sels.push({ kind: 'field', alias, name, args, selections, line: t.line, column: t.column });
    }
    expect('}');
    return sels;
  };

  const variables: { name: string; nonNull: boolean }[] = [];
  const first = peek();
  if (first?.t === 'name') {
    if (first.v !== 'query') throw new GraphQLError(`The stand-in answers queries only, not ${first.v}`);
    next();
    if (peek()?.t === 'name') next();
    if (peek()?.v === '(') {
      next();
      while (peek()?.v !== ')') {
        expect('$');
        const name = next().v;
        expect(':');
        // Type: Name, [Type], with `!`s.
        let depth = 0;
        let nonNull = false;
        for (;;) {
          const t = next();
          if (t.v === '[') depth++;
          else if (t.v === ']') depth--;
          const bang = peek()?.v === '!';
          if (bang) next();
          if (depth === 0 && t.v !== '[') {
            nonNull = bang;
            break;
          }
        }
        variables.push({ name, nonNull });
        if (peek()?.v === '=') {
          next();
          value();
        }
      }
      expect(')');
    }
  }
  const selections = selectionSet();
  if (p !== toks.length) throw new GraphQLError('The stand-in answers one operation per document');
  return { variables, selections };
}

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
    ((await git.listTree(commit, path)) ?? []).map((e: TreeEntry) => ({ __type: 'TreeEntry', entry: e }));

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
    if (path === '') return { __type: 'Tree', sha: (await git.text(['rev-parse', `${commit}^{tree}`])).trim(), commit, path: '' };
    const e = await git.entry(commit, path);
    if (!e) return null;
    if (e.type === 'blob') return { __type: 'Blob', sha: e.sha, size: e.size };
    if (e.type === 'tree') return { __type: 'Tree', sha: e.sha, commit, path };
    return null; // a submodule's commit is not in this repository
  };

  const blobData = new Map<string, Promise<Buffer>>();
  const data = (sha: string) => {
    let d = blobData.get(sha);
    if (!d) blobData.set(sha, (d = git.readBlob(sha)));
    return d;
  };

  return {
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
        }
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
        oid: (p) => (p.entry as TreeEntry).sha
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
        committer: (p) => actor((p.info as CommitInfo).committer)
      }
    },
    GitActor: { fields: { name: (p) => p.name, email: (p) => p.email, date: (p) => p.date } }
  };
}

/** Types an inline fragment may name, per concrete type. */
const IMPLEMENTS: Record<string, string[]> = { Blob: ['GitObject', 'Node'], Tree: ['GitObject', 'Node'], Commit: ['GitObject', 'Node'], Repository: ['Node'], User: ['Actor', 'Node'] };

async function execute(
  types: Record<string, TypeDef>,
  sels: Selection[],
  parent: Obj,
  vars: Record<string, unknown>,
  path: (string | number)[],
  errors: Record<string, unknown>[]
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const s of sels) {
    if (s.kind === 'fragment') {
      if (s.on === parent.__type || IMPLEMENTS[parent.__type]?.includes(s.on)) Object.assign(out, await execute(types, s.selections, parent, vars, path, errors));
      else if (!types[s.on] && !Object.values(IMPLEMENTS).some((l) => l.includes(s.on))) throw new GraphQLError(`No such type ${s.on}, so it can't be a fragment condition`);
      continue;
    }
    const key = s.alias || s.name;
    if (s.name === '__typename') {
      out[key] = parent.__type;
      continue;
    }
    const resolver = types[parent.__type]?.fields[s.name];
    if (!resolver) {
      throw new GraphQLError(`Field '${s.name}' doesn't exist on type '${parent.__type}'`, {
        path: [...path, key],
        extensions: { code: 'undefinedField', typeName: parent.__type, fieldName: s.name },
        locations: [{ line: s.line, column: s.column }]
      });
    }
    const args: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s.args)) {
      if (v.kind === 'lit') args[k] = v.value;
      else if (v.name in vars) args[k] = vars[v.name];
      else throw new GraphQLError(`Variable $${v.name} is used by anonymous query but not declared`);
    }
    let value: unknown;
    try {
      value = await resolver(parent, args);
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      errors.push({ ...e.extra, path: [...path, key], locations: [{ line: s.line, column: s.column }], message: e.message });
      out[key] = null;
      continue;
    }
    const sub = async (v: unknown, p: (string | number)[]): Promise<unknown> => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'object' && '__type' in (v as object)) {
        if (!s.selections) throw new GraphQLError(`Field must have selections (field '${s.name}' returns ${(v as Obj).__type} but has no selections.)`);
        return execute(types, s.selections, v as Obj, vars, p, errors);
      }
      if (s.selections) throw new GraphQLError(`Selections can't be made on scalars (field '${s.name}')`);
      return v;
    };
    out[key] = Array.isArray(value) ? await Promise.all(value.map((v, i) => sub(v, [...path, key, i]))) : await sub(value, [...path, key]);
  }
  return out;
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
      if (vars[v.name] !== undefined && vars[v.name] !== null) continue;
      if (v.nonNull) throw new GraphQLError(`Variable $${v.name} of a non-null type was provided invalid value`);
      vars[v.name] = null;
    }
    const errors: Record<string, unknown>[] = [];
    const data = await execute(schema(ctx.state), doc.selections, { __type: 'Query' }, vars, [], errors);
    return { status: 200, body: errors.length > 0 ? { data, errors } : { data } };
  } catch (e) {
    if (e instanceof GraphQLError) return { status: 200, body: { errors: [{ ...e.extra, message: e.message }] } };
    throw e;
  }
}
