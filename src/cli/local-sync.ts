// After `--push`: bring the pushed claims commit into the local branch when nothing local would be lost. Git's own
// fast-forward refuses whenever a file it updates has uncommitted changes, even changes identical to the pushed
// file — the usual case after `claim` then `claim --push`. So each pushed file is judged first: clean, equal to the
// pushed text, or the same edit made earlier (it differs only in the times written, or this command turns it into
// the pushed text) → staged as pushed and fast-forwarded; anything else → the work tree is left alone and the
// message says exactly what to run.
import { CliError } from './errors.js';
import { readWorking } from './context-base.js';
import { firstErrorLine, type Repo } from './git.js';
import type { FileTexts, Outcome, Paths, Plan } from './publish.js';
import { shellArg } from './claim-text.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

type FileState = 'clean' | 'same' | 'subsumed' | 'other';

export interface Pushed {
  commit: string;
  /** "origin/main". */
  upstream: string;
  outcome: Outcome;
  plan: Plan;
  paths: Paths;
}

// A file name that starts with "-" is still an option to git, quoted or not: "./" makes it a path.
const arg = (s: string): string => shellArg(s.startsWith('-') ? `./${s}` : s);

/** What this command would have written into the local files: the plan applied to them (null when it refuses). */
async function localResult(repo: Repo, p: Pushed): Promise<Record<string, string> | null> {
  const texts: FileTexts = {
    claims: await readWorking(repo, p.paths.claims),
    handoff: p.paths.handoff in p.outcome.writes ? await readWorking(repo, p.paths.handoff) : null,
    status: await readWorking(repo, p.paths.status)
  };
  try {
    return p.plan(texts).writes;
  } catch (e) {
    if (e instanceof CliError) return null;
    throw e;
  }
}

const DATE_TIME = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2}| UTC)?)?/g;

/** Equal but for dates and times (an earlier check-in, start or override date of the same edit). */
export function sameButTimes(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.split('\n');
  const lb = b.split('\n');
  return la.length === lb.length && la.every((l, i) => l === lb[i] || l.replace(DATE_TIME, '#') === (lb[i] as string).replace(DATE_TIME, '#'));
}

async function states(repo: Repo, p: Pushed): Promise<Map<string, FileState>> {
  const files = Object.keys(p.outcome.writes);
  const blobs = await repo.git.readMany(files.flatMap((f) => [`HEAD:${f}`, `:${f}`]));
  let local: Record<string, string> | null | undefined;
  const out = new Map<string, FileState>();
  for (const [i, f] of files.entries()) {
    const [head = null, index = null] = [blobs[2 * i] ?? null, blobs[2 * i + 1] ?? null];
    const work = await readWorking(repo, f);
    const pushed = p.outcome.writes[f] as string;
    if (work === head && index === head) out.set(f, 'clean');
    else if (index !== head && index !== work) out.set(f, 'other'); // staged and unstaged changes: not ours to merge
    else if (work === pushed) out.set(f, 'same');
    else if (work !== null && sameButTimes(work, pushed)) out.set(f, 'subsumed');
    else {
      if (local === undefined) local = await localResult(repo, p);
      const mine = local?.[f];
      out.set(f, mine !== undefined && sameButTimes(mine, pushed) ? 'subsumed' : 'other');
    }
  }
  return out;
}

/** Fast-forwards the local branch to the pushed commit when safe; says what happened or what to run. */
export async function integrate(repo: Repo, p: Pushed): Promise<string> {
  const head = await repo.git.tryOut(['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (head === null) return `run "git pull" to get it locally`;
  const state = await states(repo, p);
  const dirty = [...state.values()].some((s) => s !== 'clean');
  const ancestor = await repo.git.raw(['merge-base', '--is-ancestor', 'HEAD', p.commit]);
  if (ancestor.code !== 0) {
    return `your branch has commits that are not on ${p.upstream}: run "git pull --rebase${dirty ? ' --autostash' : ''}" to get the claims commit locally`;
  }
  const other = [...state].filter(([, s]) => s === 'other').map(([f]) => arg(f));
  if (other.length > 0) {
    const files = other.join(' ');
    return (
      `your branch was not fast-forwarded: your uncommitted changes to ${files} are not what was pushed (git diff ${p.commit.slice(0, 12)} -- ${files} shows them); ` +
      `to take the pushed file: git checkout HEAD -- ${files} && git merge --ff-only ${p.upstream}; ` +
      `to keep your changes on top: git stash push -- ${files} && git merge --ff-only ${p.upstream} && git stash pop`
    );
  }
  // The local edit is (or becomes) exactly the pushed file: stage that, so the fast-forward has nothing to overwrite.
  for (const [f, s] of state) {
    if (s === 'clean') continue;
    if (s === 'subsumed') {
      const abs = path.join(repo.root, f);
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, p.outcome.writes[f] as string, 'utf8');
    }
    await repo.git.out(['add', '--', f]);
  }
  const ff = await repo.git.raw(['merge', '--ff-only', '--quiet', p.commit]);
  if (ff.code !== 0) {
    return `could not fast-forward (${firstErrorLine(ff.stderr)}): commit or stash your changes, then run "git merge --ff-only ${p.upstream}"`;
  }
  const same = [...state].filter(([, s]) => s !== 'clean').map(([f]) => f);
  return same.length > 0 ? `your branch is fast-forwarded to it (your uncommitted edit of ${same.join(', ')} was this same edit, now as pushed)` : `your branch is fast-forwarded to it`;
}
