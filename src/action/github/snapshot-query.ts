// The snapshot's GraphQL request as text: one query over `repository`, an aliased `object(expression:)` per file,
// commit and link directory, and the fields a run folds into it. Kept apart from snapshot.ts (which sends it through
// Octokit) so that the run's first request can be built and sent before the rest of the action loads (first-read.ts).

export interface FileWanted {
  key: string;
  ref: string;
  path: string;
  /**
   * What a binary blob (a NUL byte in its first 8,000 bytes) gives: an error (the default: the claims file and the
   * config must be text), or its bytes read as UTF-8, for a tolerant reader that reports garbage itself (the status file).
   */
  binary?: 'fail' | 'text';
  /**
   * Follow a symbolic link at `path` once, to a file inside the repository at the same ref; any other link fails
   * the read with a LinkError. Without it a link's blob (its target path) is read as the file's text.
   */
  followLink?: boolean;
}

export interface CommitWanted {
  key: string;
  sha: string;
}

/**
 * More fields for the same request (a pull request run folds its other reads in): variable declarations and
 * values, fields inside `repository { }` and at the top level. A GraphQL error under one of `aliases` (the
 * first or second element of its path) is that part's own: the files are still read. When the combined request
 * fails otherwise, the files are read again alone, as without `extra`, and `extra` is null: the caller reads its
 * parts its usual way.
 */
export interface SnapshotExtra {
  decl: string[];
  vars: Record<string, unknown>;
  repositoryFields: string;
  topFields: string;
  aliases: readonly string[];
  /** Runs when the combined request failed, before the files are read alone: the caller's reads, in its old order. */
  onFailure?: () => Promise<void>;
}

/** GraphQL expressions are "<rev>:<path>"; a path with a colon is fine after the first one. */
export const expression = (f: FileWanted): string => `${f.ref}:${f.path}`;

/** The directory holding `path` ('' for the root), and the entry's name in it. */
export function splitPath(path: string): { dir: string; name: string } {
  const slash = path.lastIndexOf('/');
  return { dir: slash >= 0 ? path.slice(0, slash) : '', name: path.slice(slash + 1) };
}

export const BLOB_FIELDS = '__typename ... on Blob { oid text isBinary isTruncated byteSize }';
export const TREE_FIELDS = '__typename ... on Tree { entries { name mode } }';

/**
 * Builds one query over `repository`: aliased `object(expression:)` fields, each with its own variable. Returns
 * the query text and variables; callers pick results by alias.
 */
export function objectQuery(repo: { owner: string; repo: string }, objects: { alias: string; expression: string; fields: string }[], withViewer: boolean, extra?: SnapshotExtra) {
  const vars: Record<string, unknown> = { owner: repo.owner, name: repo.repo, ...extra?.vars };
  const decl: string[] = ['$owner: String!', '$name: String!', ...(extra?.decl ?? [])];
  const fields = objects.map((o) => {
    vars[o.alias] = o.expression;
    decl.push(`$${o.alias}: String!`);
    return `${o.alias}: object(expression: $${o.alias}) { ${o.fields} }`;
  });
  if (extra?.repositoryFields) fields.push(extra.repositoryFields);
  const query = `query(${decl.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} }${withViewer ? ' viewer { login }' : ''}${extra ? ` ${extra.topFields}` : ''} }`;
  return { query, vars };
}

export type QueryObject = { alias: string; expression: string; fields: string };

/** The objects of a snapshot's request: each file (`f<i>`), each commit (`c<i>`), the directory of each file that
 *  may be a link (`t<i>`, once per ref and directory), and which tree alias answers for which directory. */
export function snapshotObjects(files: readonly FileWanted[], commits: readonly CommitWanted[]): { objects: QueryObject[]; treeAlias: Map<string, string> } {
  const objects: QueryObject[] = [];
  files.forEach((f, i) => objects.push({ alias: `f${i}`, expression: expression(f), fields: BLOB_FIELDS }));
  commits.forEach((c, i) =>
    objects.push({
      alias: `c${i}`,
      expression: c.sha,
      fields: '__typename ... on Commit { oid message author { name email } committer { name email } }'
    })
  );
  // The parent directory of every file that may be a link, once per (ref, directory): its entry's mode tells.
  const treeAlias = new Map<string, string>();
  for (const f of files) {
    if (!f.followLink) continue;
    const dirExpr = `${f.ref}:${splitPath(f.path).dir}`;
    if (treeAlias.has(dirExpr)) continue;
    const alias = `t${treeAlias.size}`;
    treeAlias.set(dirExpr, alias);
    objects.push({ alias, expression: dirExpr, fields: TREE_FIELDS });
  }
  return { objects, treeAlias };
}

/** The snapshot's GraphQL request (query and variables) exactly as readSnapshot first sends it. */
export function snapshotQuery(repo: { owner: string; repo: string }, files: readonly FileWanted[], commits: readonly CommitWanted[], withViewer: boolean, extra?: SnapshotExtra): { query: string; vars: Record<string, unknown> } {
  return objectQuery(repo, snapshotObjects(files, commits).objects, withViewer, extra);
}
