// Catch up, the git side: what landed on the default branch since the agent's last check-in, read in at most two
// git processes however long the history (the engine's catchup/ judges it):
//   1. git log <remote>/HEAD --since=<check-in> --max-count=201 -z --name-status: the commits with their files,
//      parents and messages (trailers), newest first. --since stops the walk at the check-in and --max-count bounds
//      it on a busy branch; merges are listed (without files: the commits they bring are listed on their own);
//   2. cat-file --batch: the claims and handoff files at the branch before the first of those commits landed (the
//      engine's baseOf) and at the tip. Skipped when nothing landed: then nothing changed.
// A commit made before the check-in and merged after it with a true merge is older than --since: it is not listed
// (its merge is). A remote without <remote>/HEAD costs one more for-each-ref (its main or master) and a second log,
// unless the caller names the default branch (`base`: status found it in the refs it listed already).
import { parseClaims } from '../engine/claims/index.js';
import { baseOf, CATCH_UP_LIMIT, catchUp, othersLanded, RECENT_COMMITS, type CatchUp, type CatchUpCommit } from '../engine/catchup/index.js';
import type { BoardEntry, ClaimsDocument, Config, ReportedFiles } from '../engine/model.js';
import { sameAgent } from '../engine/names.js';
import { canonicalAgent, didYouMean, followLinkAt } from './context-base.js';
import { CliError, EXIT } from './errors.js';
import type { Repo } from './git.js';

const RS = '\x1e';
const US = '\x1f';
const FORMAT = `${RS}%H${US}%P${US}%ct${US}%an${US}%ae${US}%cn${US}%ce${US}%B`;
const STATUS_TOKEN = /^\n?([ACDMRTUXB])(\d{0,3})$/;
/** A check-in this far ahead of the clock is not trusted (the status file's tolerance for lastSeenAt). */
const FUTURE_MS = 5 * 60_000;

/**
 * Parses `git log -z --name-status --format=FORMAT`: each commit's header is one NUL-terminated token, then status
 * and path tokens. Paths are consumed by count after their status, so no file name is ever read as a header.
 */
export function parseCatchUpLog(text: string): CatchUpCommit[] {
  const tokens = text.split('\0');
  const out: CatchUpCommit[] = [];
  let current: CatchUpCommit | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as string;
    const header = tok.startsWith(RS) ? tok : tok.startsWith(`\n${RS}`) ? tok.slice(1) : null;
    if (header !== null) {
      const [sha = '', parents = '', ct = '', an = '', ae = '', cn = '', ce = '', ...rest] = header.slice(1).split(US);
      current = {
        sha,
        parents: parents.split(' ').filter(Boolean),
        time: Number(ct) * 1000,
        author: { name: an, email: ae },
        committer: { name: cn, email: ce },
        message: rest.join(US).replace(/\s+$/, ''),
        files: []
      };
      out.push(current);
      continue;
    }
    if (tok === '' || tok === '\n') continue;
    const m = STATUS_TOKEN.exec(tok);
    if (!m || !current) throw new CliError(`git log: unexpected output near ${JSON.stringify(tok.slice(0, 40))}`, EXIT.git);
    if (m[1] === 'R' || m[1] === 'C') {
      const from = tokens[++i] ?? '';
      const to = tokens[++i] ?? '';
      if (m[1] === 'R') current.files.push(from);
      current.files.push(to);
    } else current.files.push(tokens[++i] ?? '');
  }
  return out;
}

export interface CatchUpOptions {
  agent: string;
  /** The claims file's claims board (landed claims only). */
  board: readonly BoardEntry[];
  /** The claims document the board was built from (the agent's own claims mark the files it holds). */
  doc: ClaimsDocument;
  remote: string;
  /** The default branch's remote-tracking ref ("refs/remotes/origin/HEAD"; a local branch in a repository with no
   *  remote), or null for none, when the caller knows it. */
  base?: string | null;
  files: ReportedFiles;
  config: Config;
  known: readonly string[];
  now: number;
}

/** When the agent last checked in (its claim's Last Checkin, or later activity the action saw), or why not. */
function checkinOf(o: CatchUpOptions, names: readonly string[]): { since: { at: number; from: 'checkin' | 'last-seen' } | null; why: string | null } {
  const entry = o.board.find((b) => b.branch === undefined && names.some((n) => sameAgent(n, b.name)));
  const name = JSON.stringify(o.agent);
  if (!entry) {
    const hint = didYouMean(o.agent, o.board.map((b) => b.name), o.config);
    return { since: null, why: `no check-in for ${name} in ${o.files.claims}${hint}` };
  }
  const checkin = entry.lastCheckin ? Date.parse(entry.lastCheckin) : NaN;
  const seen = entry.lastSeenAt ? Date.parse(entry.lastSeenAt) : NaN;
  const at = Math.max(...[checkin, seen].filter(Number.isFinite));
  if (!Number.isFinite(at)) return { since: null, why: `${name}'s check-in in ${o.files.claims} cannot be read${entry.uncertain ? ` (${entry.uncertain})` : ''}` };
  if (at > o.now + FUTURE_MS) return { since: null, why: `${name}'s check-in (${new Date(at).toISOString()}) is in the future` };
  return { since: { at, from: Number.isFinite(seen) && seen > (Number.isFinite(checkin) ? checkin : -Infinity) ? 'last-seen' : 'checkin' }, why: null };
}

const REMOTES = 'refs/remotes/';

/** One `git log` of `ref`; null when git cannot read it (no such ref). */
async function logOf(repo: Repo, ref: string, since: number | null): Promise<CatchUpCommit[] | null> {
  const r = await repo.git.raw([
    '-c',
    'log.showSignature=false',
    'log',
    '-z',
    '--no-color',
    '--no-relative',
    '--no-ext-diff',
    '--no-renames',
    '--name-status',
    `--format=${FORMAT}`,
    ...(since === null ? [`--max-count=${RECENT_COMMITS}`] : [`--since=${new Date(since).toISOString()}`, `--max-count=${CATCH_UP_LIMIT + 1}`]),
    '--end-of-options',
    ref,
    '--'
  ]);
  return r.code === 0 ? parseCatchUpLog(r.stdout.toString('utf8')) : null;
}

/** The default branch's commits: <remote>/HEAD, else (a remote added by hand) its main or master. */
async function defaultBranchLog(repo: Repo, remote: string, since: number | null): Promise<{ ref: string; commits: CatchUpCommit[] } | null> {
  const head = `${REMOTES}${remote}/HEAD`;
  const first = await logOf(repo, head, since);
  if (first) return { ref: head, commits: first };
  const found = (await repo.git.tryOut(['for-each-ref', '--format=%(refname)', `${REMOTES}${remote}/main`, `${REMOTES}${remote}/master`]))?.split('\n') ?? [];
  const ref = ['main', 'master'].map((b) => `${REMOTES}${remote}/${b}`).find((b) => found.includes(b));
  const commits = ref ? await logOf(repo, ref, since) : null;
  return ref && commits ? { ref, commits } : null;
}

/** A blob read at a commit as the engine takes it: binary is unreadable, a link is followed once inside the repo. */
async function textAt(repo: Repo, rev: string, file: string, text: string | null | undefined): Promise<string | null> {
  if (text === null || text === undefined || text.slice(0, 8000).includes('\0')) return null;
  return followLinkAt(repo, rev, file, text).catch(() => null);
}

/** What changed on the default branch since `o.agent` last checked in (see the top of this file). */
export async function readCatchUp(repo: Repo, o: CatchUpOptions): Promise<CatchUp> {
  const canonical = canonicalAgent(o.agent, o.config);
  const names = [o.agent, canonical.name, ...canonical.aliases];
  const { since, why } = checkinOf(o, names);
  const log =
    o.base === undefined
      ? await defaultBranchLog(repo, o.remote, since?.at ?? null)
      : o.base === null
        ? null
        : await logOf(repo, o.base, since?.at ?? null).then((commits) => (commits ? { ref: o.base as string, commits } : null));
  const tz = o.config.timezone;
  const base = {
    agent: canonical.name,
    names,
    since,
    why,
    mine: o.doc,
    config: o.config,
    known: o.known,
    files: o.files,
    timezone: tz,
    now: o.now
  };
  if (!log) {
    const missing = `no default branch to read (${REMOTES}${o.remote}/HEAD, main or master): git fetch ${o.remote}, then git remote set-head ${o.remote} --auto`;
    return catchUp({ ...base, why: [why, missing].filter(Boolean).join('; '), ref: null, commits: [], limit: CATCH_UP_LIMIT, claims: null, handoff: null });
  }
  const ref = log.ref.replace(/^refs\/(remotes|heads)\//, '');
  const tip = log.commits[0]?.sha;
  const limit = since ? CATCH_UP_LIMIT : RECENT_COMMITS;
  // Nothing landed since the check-in, or only the agent's own commits: nothing to compare, no file to read.
  const before = since ? baseOf(log.commits) : undefined;
  if (tip === undefined || (since !== null && (before === undefined || !othersLanded(log.commits, names, o.config, o.known)))) {
    return catchUp({ ...base, ref, commits: log.commits, limit, claims: null, handoff: null });
  }
  const specs = since && before ? [`${before}:${o.files.claims}`, `${before}:${o.files.handoff}`] : [];
  specs.push(`${tip}:${o.files.claims}`, `${tip}:${o.files.handoff}`);
  const blobs = await repo.git.readMany(specs);
  const [claimsBefore, handoffBefore, claimsAfter, handoffAfter] = since && before ? blobs : [null, null, ...blobs];
  const at = (rev: string | null | undefined, file: string, text: string | null | undefined): Promise<string | null> => (rev ? textAt(repo, rev, file, text) : Promise.resolve(null));
  const [cb, hb, ca, ha] = await Promise.all([at(before, o.files.claims, claimsBefore), at(before, o.files.handoff, handoffBefore), at(tip, o.files.claims, claimsAfter), at(tip, o.files.handoff, handoffAfter)]);
  const doc = (text: string | null): ClaimsDocument => parseClaims(text ?? '', { timezone: tz });
  return catchUp({
    ...base,
    ref,
    commits: log.commits,
    limit,
    claims: since ? { before: doc(cb), after: doc(ca) } : null,
    handoff: { before: hb, after: ha }
  });
}
