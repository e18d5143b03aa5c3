// Committing and pushing claims edits.
//
// --commit: `git commit --only -- <paths>`: the claims (and handoff) file and nothing else the user staged.
//
// --push: a compare-and-swap on the upstream branch, never touching the user's branch, index or work tree while
// racing. Each attempt fetches the upstream branch, applies the edit to the claims file AS IT IS THERE (re-checking
// conflicts: another agent may have just claimed the same thing → refusal), writes that single-commit change on
// top of the fetched tip through a private index (read-tree / hash-object / update-index / write-tree /
// commit-tree) and pushes `<commit>:<upstream ref>` without force. Git accepts a push only as a fast-forward, so
// of two agents racing from the same tip exactly one wins; the loser's push is rejected, it re-fetches, sees the
// winner's claim and refuses. After a successful push the local branch is fast-forwarded to the pushed commit when
// that is a fast-forward and the work tree holds nothing the pushed files would lose (local-sync.ts); otherwise
// the user is told exactly what to run.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError, EXIT } from './errors.js';
import { firstErrorLine, type Repo, upstreamOf } from './git.js';
import { integrate } from './local-sync.js';

export interface FileTexts {
  claims: string | null;
  handoff: string | null;
  status: string | null;
}

export interface Outcome {
  /** New file contents by repository path (the claims file, maybe the handoff file). */
  writes: Record<string, string>;
  /** Commit subject: `chore(ai-sync): claim X for Agent`. */
  subject: string;
  agent: string;
  /** Lines to print on success. */
  lines: string[];
  /** Warnings to print and return (a module no one knows). */
  warnings?: string[];
  /** What the edit did, as data for the command's result (claim: held, added, released; emergency: the override). */
  detail?: Record<string, unknown>;
}

/** An edit: file texts in, new texts out; throws CliError (exit 3) to refuse. */
export type Plan = (texts: FileTexts) => Outcome;

export interface Paths {
  claims: string;
  handoff: string;
  status: string;
}

export const MAX_PUSH_ATTEMPTS = 5;

const message = (o: Outcome): string[] => ['-m', o.subject, '-m', `AI-Agent: ${o.agent}`];

/** Writes the outcome to the work tree. */
export async function writeOutcome(repo: Repo, o: Outcome): Promise<void> {
  for (const [file, text] of Object.entries(o.writes)) {
    const abs = path.join(repo.root, file);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text, 'utf8');
  }
}

/** `git commit --only` of exactly the written paths, with the AI-Agent trailer. */
export async function commitOutcome(repo: Repo, o: Outcome): Promise<string> {
  const paths = Object.keys(o.writes);
  await repo.git.out(['add', '--', ...paths]);
  const r = await repo.git.raw(['commit', '--only', '--quiet', ...message(o), '--', ...paths]);
  if (r.code !== 0) throw new CliError(`git commit failed: ${firstErrorLine(r.stderr || r.stdout.toString('utf8'))}`, EXIT.git);
  return repo.git.out(['rev-parse', '--short', 'HEAD']);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type PushResult = { ok: true } | { ok: false; retry: boolean; reason: string };

/** Classifies `git push --porcelain` output: lost race (retry) or another failure. */
export function classifyPush(code: number, stdout: string, stderr: string): PushResult {
  if (code === 0) return { ok: true };
  const all = `${stdout}\n${stderr}`;
  const line = stdout.split('\n').find((l) => l.startsWith('!')) ?? '';
  const reason = line ? line.split('\t').slice(2).join(' ').trim() : firstErrorLine(stderr);
  const lostRace =
    /\[rejected\].*\((?:non-fast-forward|fetch first|stale info)\)/.test(all) ||
    /\[remote rejected\].*(?:cannot lock ref|failed to update ref|but expected|reference already exists|incorrect old value)/.test(all) ||
    /Updates were rejected because the (?:tip|remote)/.test(all);
  return { ok: false, retry: lostRace, reason: reason || 'push failed' };
}

export interface PushReport {
  commit: string;
  attempts: number;
  upstream: string;
  /** What happened to the local branch. */
  local: string;
}

/** Runs the plan against the upstream and pushes it, retrying lost races (bounded). */
export async function pushOutcome(repo: Repo, paths: Paths, plan: Plan): Promise<{ outcome: Outcome; report: PushReport }> {
  if (!repo.branch) throw new CliError('HEAD is detached: --push needs a branch with an upstream', EXIT.git);
  const up = await upstreamOf(repo);
  if (!up) {
    throw new CliError(`branch ${repo.branch} has no upstream: push it once with "git push -u origin ${repo.branch}"`, EXIT.git);
  }
  const env = { LC_ALL: 'C', LANG: 'C', GIT_TERMINAL_PROMPT: process.env['GIT_TERMINAL_PROMPT'] ?? '0' };
  const git = repo.git.withEnv(env);
  let lastReason = '';
  for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt++) {
    let tip: string;
    if (up.remote === '.') {
      tip = await git.out(['rev-parse', '--verify', `${up.remoteRef}^{commit}`]);
    } else {
      const f = await git.raw(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', up.remote, `+${up.remoteRef}:refs/remotes/${up.short}`]);
      if (f.code !== 0) {
        // A non-standard remote-tracking layout: fetch into FETCH_HEAD instead.
        const g = await git.raw(['fetch', '--quiet', '--no-tags', up.remote, up.remoteRef]);
        if (g.code !== 0) throw new CliError(`git fetch ${up.remote} failed: ${firstErrorLine(g.stderr)}`, EXIT.git);
        tip = await git.out(['rev-parse', '--verify', 'FETCH_HEAD^{commit}']);
      } else {
        tip = await git.out(['rev-parse', '--verify', `refs/remotes/${up.short}^{commit}`]);
      }
    }
    const [claims = null, handoff = null, status = null] = await git.readMany([
      `${tip}:${paths.claims}`,
      `${tip}:${paths.handoff}`,
      `${tip}:${paths.status}`
    ]);
    const outcome = plan({ claims, handoff, status }); // may refuse (exit 3): the other agent got there first
    const commit = await commitOnTop(repo, tip, outcome);
    const r = await git.raw(['push', '--porcelain', '--no-verify', up.remote, `${commit}:${up.remoteRef}`]);
    const result = up.remote === '.' && r.code === 0 ? { ok: true as const } : classifyPush(r.code, r.stdout.toString('utf8'), r.stderr);
    if (result.ok) {
      const local = await integrate(repo, { commit, upstream: up.short, outcome, plan, paths });
      return { outcome, report: { commit, attempts: attempt, upstream: up.short, local } };
    }
    if (!result.retry) throw new CliError(`git push to ${up.short} failed: ${result.reason}`, EXIT.git);
    lastReason = result.reason;
    await sleep(Math.round((50 + Math.random() * 200) * attempt));
  }
  throw new CliError(`git push to ${up.short} lost the race ${MAX_PUSH_ATTEMPTS} times (${lastReason}); try again`, EXIT.git);
}

/** A commit with the outcome's files on top of `tip`, built in a private index (the user's index is untouched). */
async function commitOnTop(repo: Repo, tip: string, o: Outcome): Promise<string> {
  const index = path.join(repo.gitDir, `ai-sync-index-${process.pid}-${randomBytes(4).toString('hex')}`);
  const git = repo.git.withEnv({ GIT_INDEX_FILE: index });
  try {
    await git.out(['read-tree', tip]);
    const files = Object.keys(o.writes);
    const modes = new Map<string, string>();
    const ls = await git.out(['ls-tree', '-z', tip, '--', ...files]);
    for (const entry of ls.split('\0')) {
      const m = /^(\d{6}) blob [0-9a-f]+\t([\s\S]+)$/.exec(entry);
      if (m) modes.set(m[2] as string, m[1] as string);
    }
    for (const file of files) {
      const blob = await git.out(['hash-object', '-w', '--no-filters', '--stdin'], { input: o.writes[file] as string });
      await git.out(['update-index', '--add', '--cacheinfo', `${modes.get(file) ?? '100644'},${blob},${file}`]);
    }
    const tree = await git.out(['write-tree']);
    return await git.out(['commit-tree', tree, '-p', tip, ...message(o)]);
  } finally {
    await rm(index, { force: true });
    await rm(`${index}.lock`, { force: true });
  }
}
