// In-flight claims from git alone: the claims file on every remote-tracking branch not merged into the default
// branch yet, and (for the radar) the files each changes since it left the default branch.
//
// A constant number of git processes, however many branches there are (each ref and id goes in as data or as an
// argument, never through a shell; branch names never reach git at all, only object ids):
//   1. for-each-ref refs/remotes/<remote>/ --no-merged=<default>: the branches and their tips, merged ones dropped;
//   2. cat-file --batch: the claims file at the default branch and at every tip (a blob id equal to the default
//      branch's is the default branch's claims: never parsed; a one-line file may be a link: ls-tree tells);
//   and only with `files` (status's radar):
//   3. rev-parse <default>...<tip> for every tip and HEAD: the merge bases, all in one process;
//   4. diff-tree --stdin: the files changed from each merge base to its tip (= git diff <default>...<tip>).
// Measured on 60 branches: the files of all in 3 + 4 ≈ 30 ms, one `git diff --name-only A...B` per branch ≈ 350 ms;
// all four ≈ 35 ms.
// Without a <remote>/HEAD (a remote added by hand, not cloned) one more for-each-ref finds <remote>/main or master.
// Given the remote-tracking refs already listed (`refs`: status reads them with its upstream, git.ts readRefs), the
// default branch comes from that list, and a remote with no branch but the default one and the current branch's
// own costs no process at all: 1 runs only when there is another branch, 2–4 only when one is not merged.
import { parseClaims } from '../engine/claims/index.js';
import { inFlightClaims } from '../engine/inflight/claims.js';
import type { InFlightInput, InFlightSource } from '../engine/model.js';
import { followLinkAt } from './context-base.js';
import type { RemoteRef, Repo, Upstream } from './git.js';

export interface BranchOptions {
  /** The remote whose branches are read ("origin"). */
  remote: string;
  /** Full remote-tracking ref of the current branch's upstream ("refs/remotes/origin/x"): the change's own. */
  self: string | null;
  claimsFile: string;
  /** Read at most this many branches, most recent commit first (config radar.max-pull-requests; 0: none). */
  max: number;
  /** Also list the files each branch, and HEAD, changes since its merge base with the default branch. */
  files: boolean;
  /** Every remote-tracking ref, most recent first, when the caller listed them already (readRefs). */
  refs?: readonly RemoteRef[];
}

export interface Branches {
  /** The sources (branch names like "origin/codex/tracking", no pull request) and `self`. */
  input: InFlightInput;
  /** The default branch as a remote-tracking ref ("refs/remotes/origin/HEAD"); null when there is none. */
  base: string | null;
  /** The default branch's claims file; null when absent (or no default branch). */
  baseClaims: string | null;
  /** Files HEAD changes since its merge base with the default branch; null when not asked for or unknown. */
  mine: string[] | null;
}

const REMOTES = 'refs/remotes/';
const short = (ref: string): string => (ref.startsWith(REMOTES) ? ref.slice(REMOTES.length) : ref);

interface Tip {
  oid: string;
  ref: string;
}

/** The default branch of `remote` in a listing of remote-tracking refs: <remote>/HEAD, else its main, else master. */
export function defaultBranch(refs: readonly RemoteRef[], remote: string): string | null {
  const names = new Set(refs.map((r) => r.ref));
  return ['HEAD', 'main', 'master'].map((b) => `${REMOTES}${remote}/${b}`).find((b) => names.has(b)) ?? null;
}

/** As listBranches, from a listing: no process when the remote has no branch but the default one and `self`. */
async function listKnown(repo: Repo, remote: string, refs: readonly RemoteRef[], self: string | null): Promise<{ base: string; tips: Tip[] } | null> {
  const base = defaultBranch(refs, remote);
  if (base === null) return null;
  const head = `${REMOTES}${remote}/HEAD`;
  const others = refs.filter((r) => r.ref.startsWith(`${REMOTES}${remote}/`) && r.ref !== base && r.ref !== head && r.ref !== self);
  if (others.length === 0) return { base, tips: [] };
  const r = await repo.git.raw(['for-each-ref', '--sort=-committerdate', '--format=%(objectname)%00%(refname)', `--no-merged=${base}`, `${REMOTES}${remote}/`]);
  return r.code === 0 ? { base, tips: tipsOf(r.stdout.toString('utf8'), base, remote) } : null;
}

function tipsOf(out: string, base: string, remote: string): Tip[] {
  const tips: Tip[] = [];
  for (const line of out.split('\n')) {
    const [oid, ref] = line.split('\0');
    if (oid && ref && ref !== base && ref !== `${REMOTES}${remote}/HEAD`) tips.push({ oid, ref });
  }
  return tips;
}

/** The branches not merged into the default branch, most recent first, and the default branch's ref. */
async function listBranches(repo: Repo, remote: string): Promise<{ base: string; tips: Tip[] } | null> {
  const list = (base: string) =>
    repo.git.raw(['for-each-ref', '--sort=-committerdate', '--format=%(objectname)%00%(refname)', `--no-merged=${base}`, `${REMOTES}${remote}/`]);
  let base = `${REMOTES}${remote}/HEAD`;
  let r = await list(base);
  if (r.code !== 0) {
    // No <remote>/HEAD (a remote added by hand): its main, else its master, is the default branch.
    const found = await repo.git.tryOut(['for-each-ref', '--format=%(refname)', `${REMOTES}${remote}/main`, `${REMOTES}${remote}/master`]);
    const ref = ['main', 'master'].map((b) => `${REMOTES}${remote}/${b}`).find((b) => found?.split('\n').includes(b));
    if (!ref) return null;
    base = ref;
    r = await list(base);
    if (r.code !== 0) return null;
  }
  return { base, tips: tipsOf(r.stdout.toString('utf8'), base, remote) };
}

/** A claims file as read at a branch: its text, or why it cannot be read (binary, a link that leads nowhere). */
async function claimsAt(repo: Repo, tip: Tip, file: string, text: string): Promise<{ text: string | null; problem: string | null }> {
  if (text.slice(0, 8000).includes('\u0000')) return { text: null, problem: `${file} is a binary file there` };
  try {
    return { text: await followLinkAt(repo, tip.oid, file, text), problem: null };
  } catch (e) {
    return { text: null, problem: (e as Error).message };
  }
}

/**
 * Merge bases (`rev-parse A...B` prints B, A, then ^<merge base>… for each argument) → for each pair, its tip and
 * first merge base (as `git diff A...B` takes it); null when the two share no history.
 */
export function parseMergeBases(out: string, count: number): ({ tip: string; base: string } | null)[] {
  const groups: string[][] = [];
  for (const line of out.split('\n').filter(Boolean)) {
    const group = groups[groups.length - 1];
    if (!line.startsWith('^') && (!group || group.filter((l) => !l.startsWith('^')).length >= 2)) groups.push([line]);
    else group?.push(line);
  }
  return Array.from({ length: count }, (_, i) => {
    const g = groups[i];
    const base = g?.find((l) => l.startsWith('^'));
    return g?.[0] && base ? { tip: g[0], base: base.slice(1) } : null;
  });
}

/** `diff-tree --stdin --always -z --name-only` output for `tips` (in order): each tip's header, then its paths. */
export function parseDiffTree(out: string, tips: readonly string[]): string[][] {
  const files: string[][] = tips.map(() => []);
  let at = -1;
  for (const token of out.split('\0')) {
    if (token === '') continue;
    if (at + 1 < tips.length && token === tips[at + 1]) at++;
    else if (at >= 0) files[at]?.push(token);
  }
  return files;
}

/** The files each tip changes since its merge base with `base` (null when they share no history); null when git
 *  cannot resolve one of them (an unborn HEAD). */
async function changedSince(repo: Repo, base: string, tips: readonly string[]): Promise<(string[] | null)[] | null> {
  if (tips.length === 0) return [];
  const r = await repo.git.raw(['rev-parse', ...tips.map((t) => `${base}...${t}`)]);
  if (r.code !== 0) return null;
  const pairs = parseMergeBases(r.stdout.toString('utf8'), tips.length);
  const known = pairs.flatMap((p) => (p ? [p] : []));
  if (known.length === 0) return tips.map(() => null);
  const d = await repo.git.raw(['diff-tree', '--stdin', '--always', '-r', '--name-only', '-z'], { input: known.map((p) => `${p.tip} ${p.base}\n`).join('') });
  if (d.code !== 0) return tips.map(() => null);
  const lists = parseDiffTree(d.stdout.toString('utf8'), known.map((p) => p.tip));
  let k = 0;
  return pairs.map((p) => (p ? (lists[k++] ?? null) : null));
}

/** The files of every tip and then HEAD; an unborn HEAD fails the whole rev-parse: then the tips alone. */
async function radarFiles(repo: Repo, base: string, tips: readonly Tip[]): Promise<(string[] | null)[] | null> {
  const oids = tips.map((t) => t.oid);
  const withHead = await changedSince(repo, base, [...oids, 'HEAD']);
  if (withHead) return withHead;
  const alone = await changedSince(repo, base, oids);
  return alone ? [...alone, null] : null;
}

/** The in-flight sources of `opts.remote`'s branches, read from git alone (see the top of this file). */
export async function readBranches(repo: Repo, opts: BranchOptions): Promise<Branches> {
  const selfName = opts.self?.startsWith(REMOTES) ? short(opts.self) : null;
  const empty: Branches = { input: { sources: [], self: { pullRequest: null, branch: selfName }, note: null }, base: null, baseClaims: null, mine: null };
  const listed = opts.max <= 0 ? null : opts.refs ? await listKnown(repo, opts.remote, opts.refs, opts.self) : await listBranches(repo, opts.remote);
  if (!listed) return empty;
  const all = listed.tips.filter((t) => t.ref !== opts.self);
  const tips = all.slice(0, opts.max);
  // No other branch: nothing in flight, nothing for the radar to compare (the default branch's claims, HEAD's files
  // are read only to compare with a branch's).
  if (tips.length === 0) return { ...empty, base: listed.base };
  const [blobs, files] = await Promise.all([
    repo.git.readBlobs([`${listed.base}:${opts.claimsFile}`, ...tips.map((t) => `${t.oid}:${opts.claimsFile}`)]),
    opts.files ? radarFiles(repo, listed.base, tips) : Promise.resolve(null)
  ]);
  const [baseBlob = null, ...tipBlobs] = blobs;
  const baseClaims = baseBlob ? await followLinkAt(repo, listed.base, opts.claimsFile, baseBlob.text).catch(() => null) : null;
  const sources: InFlightSource[] = [];
  for (const [i, tip] of tips.entries()) {
    const blob = tipBlobs[i] ?? null;
    // The same blob as the default branch's: its claims are the landed ones, nothing in flight.
    const same = blob === null || (blob.oid !== null && blob.oid === baseBlob?.oid);
    const read = same ? { text: null, problem: null } : await claimsAt(repo, tip, opts.claimsFile, blob.text);
    sources.push({ branch: short(tip.ref), remote: opts.remote, pullRequest: null, title: null, author: null, draft: false, claimsText: read.text, files: files?.[i] ?? null, problem: read.problem });
  }
  const note = all.length > tips.length ? `${tips.length} of ${all.length} branches read (radar max-pull-requests)` : null;
  return { input: { ...empty.input, sources, note }, base: listed.base, baseClaims, mine: files?.[tips.length] ?? null };
}

/** Where the current branch's in-flight claims come from: its upstream's remote (else origin), and its own branch. */
export function branchScope(repo: Repo, up: Upstream | null): { remote: string; self: string | null } {
  if (up && up.remote !== '.') return { remote: up.remote, self: up.ref };
  return { remote: 'origin', self: repo.branch ? `${REMOTES}origin/${repo.branch}` : null };
}

/** The branches' in-flight claims: their sections that differ from the default branch's (engine inFlightClaims). */
export function branchClaims(b: Branches, timezone: string): ReturnType<typeof inFlightClaims> {
  return inFlightClaims(b.input, parseClaims(b.baseClaims ?? '', { timezone }), timezone);
}
