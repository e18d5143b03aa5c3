/**
 * What the stand-in's git plumbing (git.ts) reads back from git: commit objects, `ls-tree -z -l` listings and
 * diffs (`--raw -z`, `--numstat -z`, `-p`), parsed into the shapes the routes serve.
 */

export interface Ident {
  name: string;
  email: string;
  /** ISO 8601 in UTC with a Z (as GitHub's REST API shows it). */
  date: string;
  /** The same instant with the author's own offset (as push payloads show it). */
  localDate: string;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: Ident;
  committer: Ident;
  message: string;
  signed: boolean;
}

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  /** Blob size; 0 for trees and submodules. */
  size: number;
  name: string;
  path: string;
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';

export interface DiffFile {
  filename: string;
  previousFilename?: string;
  status: FileStatus;
  /** The blob on the new side (old side for a removal), as GitHub reports it. */
  sha: string;
  additions: number;
  deletions: number;
  binary: boolean;
  patch?: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `1700000000 +0200` → {utc: '2023-11-14T22:13:20Z', local: '2023-11-15T00:13:20+02:00'}. */
export function gitDateToIso(epoch: number, tz: string): { utc: string; local: string } {
  const utc = new Date(epoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const m = /^([+-])(\d{2})(\d{2})$/.exec(tz);
  const sign = m?.[1] === '-' ? -1 : 1;
  const offMin = m ? sign * (Number(m[2]) * 60 + Number(m[3])) : 0;
  if (offMin === 0) return { utc, local: utc };
  const d = new Date((epoch + offMin * 60) * 1000);
  const local =
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${m![1]}${m![2]}:${m![3]}`;
  return { utc, local };
}

function parseIdent(line: string): Ident {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: '', date: '1970-01-01T00:00:00Z', localDate: '1970-01-01T00:00:00Z' };
  const { utc, local } = gitDateToIso(Number(m[3]), m[4]!);
  return { name: m[1]!, email: m[2]!, date: utc, localDate: local };
}

export function parseCommitObject(sha: string, body: Buffer): CommitInfo {
  const text = body.toString('utf8');
  const split = text.indexOf('\n\n');
  const head = split >= 0 ? text.slice(0, split) : text;
  const message = split >= 0 ? text.slice(split + 2) : '';
  const info: CommitInfo = { sha, tree: '', parents: [], author: parseIdent(''), committer: parseIdent(''), message, signed: false };
  for (const line of head.split('\n')) {
    if (line.startsWith(' ')) continue; // continuation of a multi-line header (gpgsig)
    const sp = line.indexOf(' ');
    const key = line.slice(0, sp);
    const value = line.slice(sp + 1);
    if (key === 'tree') info.tree = value;
    else if (key === 'parent') info.parents.push(value);
    else if (key === 'author') info.author = parseIdent(value);
    else if (key === 'committer') info.committer = parseIdent(value);
    else if (key === 'gpgsig' || key === 'gpgsig-sha256') info.signed = true;
  }
  return info;
}

/** `git ls-tree -z -l --full-tree` output of directory `dir` ('' = root) → its entries. */
export function parseLsTree(out: Buffer, dir: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const rec of out.toString('utf8').split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode, type, sha, size] = rec.slice(0, tab).split(/ +/) as [string, TreeEntry['type'], string, string];
    const name = rec.slice(tab + 1);
    entries.push({ mode, type, sha, size: size === '-' ? 0 : Number(size), name, path: dir === '' ? name : `${dir}/${name}` });
  }
  return entries;
}

const STATUS: Record<string, FileStatus> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };

/** The three outputs of one diff (`--raw -z --no-abbrev`, `--numstat -z`, `-p --full-index`) → its files. */
export function parseDiff(raw: Buffer, numstat: Buffer, patch: Buffer): DiffFile[] {
  const files: DiffFile[] = [];
  const rawParts = raw.toString('utf8').split('\0');
  for (let i = 0; i < rawParts.length; ) {
    const meta = rawParts[i++];
    if (!meta) continue;
    // :oldmode newmode oldsha newsha STATUS
    const [, , oldSha, newSha, st] = meta.slice(1).split(' ') as [string, string, string, string, string];
    const letter = st[0]!;
    const f: DiffFile = { filename: '', status: STATUS[letter] ?? 'changed', sha: letter === 'D' ? oldSha : newSha, additions: 0, deletions: 0, binary: false };
    if (letter === 'R' || letter === 'C') {
      f.previousFilename = rawParts[i++]!;
      f.filename = rawParts[i++]!;
    } else f.filename = rawParts[i++]!;
    files.push(f);
  }
  const ns = numstat.toString('utf8').split('\0');
  let k = 0;
  for (let i = 0; i < ns.length && k < files.length; ) {
    const rec = ns[i++];
    if (!rec) continue;
    const [a, d, path] = rec.split('\t') as [string, string, string];
    if (path === '') i += 2; // rename/copy: old and new names follow as their own fields
    const f = files[k++]!;
    if (a === '-') f.binary = true;
    else {
      f.additions = Number(a);
      f.deletions = Number(d);
    }
  }
  // Patches come in the same order as the raw records: split at each `diff --git` header.
  const text = patch.toString('utf8');
  const chunks = text.split(/^diff --git /m).slice(1);
  if (chunks.length === files.length) {
    chunks.forEach((c, idx) => {
      const at = c.search(/^@@ /m);
      const f = files[idx]!;
      if (at >= 0 && !f.binary) f.patch = c.slice(at).replace(/\n$/, '');
    });
  }
  return files;
}
