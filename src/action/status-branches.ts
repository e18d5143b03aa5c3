// Which branches get AI_SYNC_STATUS.json commits: the listed ones (globs allowed), else the default branch.
import picomatch from 'picomatch';

export function isStatusBranch(branch: string, listed: readonly string[], defaultBranch: string | null): boolean {
  if (listed.length === 0) return defaultBranch !== null && branch === defaultBranch;
  return listed.some((pattern) => pattern === branch || picomatch.isMatch(branch, pattern, { dot: true }));
}
