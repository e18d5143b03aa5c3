// Cheap checks around a claim's paths: a path that does not exist yet, or a glob that matches nothing, is claimed
// anyway (a claim on a new file is legitimate) but said, with the likely meant path when one is close; and, after
// an emergency override, the local commits that change covered files without the "EMERGENCY:" prefix.
// At most one `git ls-files` (only when a path is missing or a glob is asked for) and one `git log`.
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { isEmergency } from '../engine/judge/claims.js';
import { editDistance } from '../engine/names.js';
import { compilePatterns } from '../engine/paths/index.js';
import { logCommits, upstreamOf, type Repo } from './git.js';

const GLOB = /[*?[\]{}]/;

async function exists(repo: Repo, p: string): Promise<boolean> {
  try {
    const st = await lstat(path.join(repo.root, p));
    return p.endsWith('/') ? st.isDirectory() : true;
  } catch {
    return false;
  }
}

/** Every path git knows in the work tree: tracked, and untracked but not ignored. */
async function knownPaths(repo: Repo): Promise<string[]> {
  const out = await repo.git.tryOut(['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  return out === null ? [] : out.split('\0').filter((f) => f !== '');
}

const parentOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const baseOf = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** The one known path a missing one most likely meant: same name in a near directory, or a near name in its directory. */
function closestPath(missing: string, known: readonly string[]): string | null {
  const dir = missing.endsWith('/');
  const want = missing.replace(/\/+$/, '');
  const pool = dir ? [...new Set(known.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))))] : known;
  const budget = baseOf(want).length <= 4 ? 1 : 2;
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const k of pool) {
    if (Math.abs(k.length - want.length) > budget) continue;
    if (parentOf(k) !== parentOf(want) && baseOf(k) !== baseOf(want)) continue;
    const d = editDistance(want, k);
    if (d === 0 || d > budget) continue;
    if (d < bestDistance) [best, bestDistance] = [[k], d];
    else if (d === bestDistance) best.push(k);
  }
  return best.length === 1 ? `${best[0]}${dir ? '/' : ''}` : null;
}

/** One warning per requested path that names nothing in the work tree (nor the index) yet. */
export async function pathWarnings(repo: Repo, files: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  const globs: string[] = [];
  for (const f of files) {
    if (GLOB.test(f)) globs.push(f);
    else if (!(await exists(repo, f))) missing.push(f);
  }
  if (missing.length === 0 && globs.length === 0) return [];
  const known = await knownPaths(repo);
  const out: string[] = [];
  for (const f of missing) {
    // Deleted in the work tree but still tracked: a claim to finish the deletion.
    if (f.endsWith('/') ? known.some((k) => k.startsWith(f)) : known.includes(f)) continue;
    const guess = closestPath(f, known);
    out.push(`warning: ${f} does not exist yet${guess ? ` (did you mean ${guess}?)` : ''}; claimed anyway (a claim on a new file is fine)`);
  }
  for (const g of globs) {
    const index = compilePatterns([{ pattern: g, owner: true }]);
    if (!known.some((k) => index.match(k).length > 0)) out.push(`warning: ${g} matches no file yet; claimed anyway (it covers the files it will match)`);
  }
  return out;
}

/** Local commits not on the upstream that change a covered file and whose message does not start with "EMERGENCY:". */
export async function unprefixedCommits(repo: Repo, covers: readonly string[]): Promise<{ sha: string; subject: string }[]> {
  if (covers.length === 0 || (await upstreamOf(repo)) === null) return [];
  const head = await repo.git.tryOut(['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (head === null) return [];
  if ((await repo.git.tryOut(['rev-parse', '--verify', '--quiet', '@{upstream}'])) === null) return [];
  const index = compilePatterns(covers.map((c) => ({ pattern: c, owner: true })));
  let commits: Awaited<ReturnType<typeof logCommits>>;
  try {
    commits = await logCommits(repo, ['@{upstream}..HEAD']);
  } catch {
    return []; // the override is written: a history git cannot list must not turn that into a failure
  }
  return commits
    .filter((c) => !isEmergency(c.message) && c.files.some((f) => index.match(f.path).length > 0 || (f.previousPath !== undefined && index.match(f.previousPath).length > 0)))
    .map((c) => ({ sha: c.sha, subject: c.message.split('\n')[0] ?? '' }));
}
