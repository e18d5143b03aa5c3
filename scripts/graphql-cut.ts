/**
 * Cuts GitHub's published GraphQL schema (the `schema.graphql` of @octokit/graphql-schema, generated from GitHub's
 * own introspection) down to the types and fields the GitHub stand-in serves, and writes
 * test-support/github-standin/graphql-subset.graphql. The stand-in checks every query and answer against it.
 *
 *   npx tsx scripts/graphql-cut.ts                        # fetches @octokit/graphql-schema into a temp dir (never a dependency)
 *   npx tsx scripts/graphql-cut.ts --from <schema.graphql> # reuse a schema file
 *   npx tsx scripts/graphql-cut.ts --version 15.26.1
 *
 * Kept: each served type with only its served fields (arguments and types exactly as published, descriptions
 * and directives dropped), the interfaces it implements among the kept ones, and every enum, input object and
 * scalar those fields reach (enums and inputs whole).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'test-support/github-standin/graphql-subset.graphql');
const DEFAULT_VERSION = '15.26.1';

/** Every object and interface field the stand-in serves. Keep in step with graphql.ts and graphql-pulls.ts (a test checks). */
export const SERVED_GRAPHQL: Readonly<Record<string, readonly string[]>> = {
  Query: ['repository', 'viewer'],
  Node: ['id'],
  GitObject: ['id', 'oid'],
  Actor: ['login'],
  User: ['login'],
  Bot: ['login'],
  Repository: ['id', 'name', 'nameWithOwner', 'object', 'pullRequest', 'pullRequests', 'url'],
  Blob: ['byteSize', 'id', 'isBinary', 'isTruncated', 'oid', 'text'],
  Tree: ['entries', 'id', 'oid'],
  TreeEntry: ['mode', 'name', 'object', 'oid', 'path', 'type'],
  Commit: ['author', 'authoredDate', 'committedDate', 'committer', 'file', 'id', 'message', 'messageHeadline', 'oid'],
  GitActor: ['date', 'email', 'name'],
  Ref: ['name', 'prefix', 'target'],
  PageInfo: ['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor'],
  PullRequestConnection: ['nodes', 'pageInfo', 'totalCount'],
  PullRequest: ['author', 'baseRefName', 'changedFiles', 'comments', 'createdAt', 'files', 'headRef', 'headRefName', 'headRefOid', 'id', 'isDraft', 'number', 'state', 'title', 'updatedAt'],
  PullRequestChangedFileConnection: ['nodes', 'pageInfo', 'totalCount'],
  PullRequestChangedFile: ['additions', 'changeType', 'deletions', 'path'],
  IssueCommentConnection: ['nodes', 'pageInfo', 'totalCount'],
  IssueComment: ['author', 'body', 'databaseId', 'id', 'url']
};

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

interface Definition {
  kind: string;
  name: string;
  implements: string[];
  /** Field or value lines, one per member, descriptions dropped. */
  members: Map<string, string>;
  /** Union members. */
  union?: string[];
}

/** The published SDL's definitions, by name. Only what this cut needs: no extensions, schema or directive definitions. */
export function parseSdl(sdl: string): Map<string, Definition> {
  const text = sdl.replace(/"""[\s\S]*?"""/g, '').replace(/"[^"\n]*"/g, '').replace(/#[^\n]*/g, '');
  const out = new Map<string, Definition>();
  const head = /^(type|interface|enum|input|union|scalar)\s+(\w+)([^{\n=]*)(=[^\n]*)?/gm;
  for (const m of text.matchAll(head)) {
    const [, kind, name, rest, union] = m as unknown as [string, string, string, string, string | undefined];
    const def: Definition = { kind, name, implements: /implements\s+(.*)/.exec(rest)?.[1]?.split('&').map((s) => s.trim()).filter(Boolean) ?? [], members: new Map() };
    if (union) def.union = union.slice(1).split('|').map((s) => s.trim()).filter(Boolean);
    if (kind !== 'scalar' && kind !== 'union') {
      const open = text.indexOf('{', m.index!);
      const close = text.indexOf('\n}', open);
      // Members: `name(args…): Type @directive` across lines; args may span lines.
      const body = text.slice(open + 1, close).replace(/\s*@\w+(\([^)]*\))?/g, '');
      for (const member of body.matchAll(/(\w+)(\([^)]*\))?(\s*:\s*[^\n]+)?/g)) {
        const [, field, args, type] = member as unknown as [string, string, string | undefined, string | undefined];
        const argList = args ? args.slice(1, -1).trim().split(/\s*\n\s*|,\s*/).filter(Boolean).join(', ') : '';
        def.members.set(field, `${field}${argList ? `(${argList})` : ''}${type ? `: ${type.replace(/^\s*:\s*/, '').trim()}` : ''}`);
      }
    }
    out.set(name, def);
  }
  return out;
}

const named = (type: string): string => type.replace(/[[\]!\s]/g, '');

export function cutSchema(sdl: string, source: string): string {
  const defs = parseSdl(sdl);
  const keep = new Map<string, Definition>();
  const reach: string[] = [];
  for (const [type, fields] of Object.entries(SERVED_GRAPHQL)) {
    const def = defs.get(type);
    if (!def) throw new Error(`the published schema has no type ${type}`);
    const members = new Map<string, string>();
    for (const f of fields) {
      const line = def.members.get(f);
      if (!line) throw new Error(`the published schema has no field ${type}.${f}`);
      members.set(f, line);
      for (const t of line.matchAll(/:\s*([[\]\w!]+)/g)) reach.push(named(t[1]!));
    }
    keep.set(type, { ...def, members });
  }
  while (reach.length > 0) {
    const name = reach.pop()!;
    if (keep.has(name) || BUILT_IN.has(name)) continue;
    const def = defs.get(name);
    if (!def) throw new Error(`the published schema has no type ${name}`);
    if (def.kind === 'type' || def.kind === 'interface') continue; // an object not served: the stand-in never answers it
    keep.set(name, def);
    if (def.kind === 'input') for (const line of def.members.values()) for (const t of line.matchAll(/:\s*([[\]\w!]+)/g)) reach.push(named(t[1]!));
  }
  const lines = [`# GitHub's GraphQL schema, cut to what the ai-sync GitHub stand-in serves. Generated by scripts/graphql-cut.ts`, `# from ${source}; do not edit by hand.`, ''];
  for (const name of [...keep.keys()].sort()) {
    const d = keep.get(name)!;
    if (d.kind === 'scalar') {
      lines.push(`scalar ${name}`, '');
      continue;
    }
    if (d.kind === 'union') {
      lines.push(`union ${name} = ${(d.union ?? []).join(' | ')}`, '');
      continue;
    }
    const impl = d.implements.filter((i) => keep.has(i));
    lines.push(`${d.kind} ${name}${impl.length > 0 ? ` implements ${impl.join(' & ')}` : ''} {`);
    for (const member of [...d.members.keys()].sort()) lines.push(`  ${d.members.get(member)}`);
    lines.push('}', '');
  }
  return lines.join('\n');
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function fetchSchema(version: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'graphql-cut-'));
  try {
    await run('npm', ['pack', `@octokit/graphql-schema@${version}`, '--pack-destination', tmp, '--ignore-scripts'], { cwd: tmp, maxBuffer: 16 * 1024 * 1024 });
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error('npm pack produced no tarball');
    await run('tar', ['-xzf', join(tmp, tgz), '-C', tmp, 'package/schema.graphql']);
    return readFileSync(join(tmp, 'package/schema.graphql'), 'utf8');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const from = arg('--from');
  const version = arg('--version') ?? DEFAULT_VERSION;
  const sdl = from ? readFileSync(from, 'utf8') : await fetchSchema(version);
  writeFileSync(OUT, cutSchema(sdl, from ? `a local schema.graphql` : `@octokit/graphql-schema@${version} (schema.graphql)`));
  console.log(`wrote ${OUT}`);
}
