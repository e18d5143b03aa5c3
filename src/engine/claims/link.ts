// A symbolic link at the claims-file (or config-file) path. Git stores a link as a blob (mode 120000) holding the
// target path, so a reader that does not look at the mode reads the link text as the file: no sections, a silent
// pass. The rule, shared by the action (GitHub API) and the CLI (local git and the work tree): a link is followed
// once, to a file inside the repository, read at the same commit; anything else is a problem stated in one line.
// Pure: the callers find out what the target is; this module decides and words it.

import { quote } from '../quote.js';

/** Git's file mode of a symbolic link (0o120000), as GraphQL's `TreeEntry.mode` gives it (40960). */
export const SYMLINK_MODE = 0o120000;

export type LinkResolution = { path: string } | { problem: string };

/** What a caller found at a link's resolved target, when it is not a regular file. */
export type LinkTargetKind = 'missing' | 'link' | 'directory' | 'not-a-file';

const MAX_SHOWN = 80;

/** The target as a message shows it: JSON-quoted (a newline in a file name must not break the line), cut. */
function shown(target: string): string {
  return quote(target, MAX_SHOWN);
}

const prefix = (linkPath: string, target: string): string => `${linkPath} is a symbolic link to ${shown(target)}`;

/**
 * Where the link at `linkPath` (repository-relative, `/`-separated) points, as a repository-relative path, or why
 * ai-sync will not follow it. The target is resolved relative to the link's directory, as the OS does; `..` may
 * climb as long as it never leaves the root (a target that leaves and comes back in still names a directory outside).
 */
export function resolveLink(linkPath: string, target: string): LinkResolution {
  if (target === '') return { problem: `${linkPath} is a symbolic link with an empty target; ai-sync reads only files inside the repository` };
  if (target.includes('\0')) return { problem: `${prefix(linkPath, target)}, not a path; ai-sync reads only files inside the repository` };
  // POSIX absolute, and the forms Windows would take as absolute (C:\…, C:/…, \\server\…).
  if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\\\')) {
    return { problem: `${prefix(linkPath, target)}, an absolute path; ai-sync follows only relative links to files inside the repository` };
  }
  const segments = linkPath.split('/').slice(0, -1).filter((s) => s !== '' && s !== '.');
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (segments.length === 0) return { problem: `${prefix(linkPath, target)}, outside the repository; ai-sync reads only files inside it` };
      segments.pop();
    } else segments.push(seg);
  }
  if (segments.length === 0) return { problem: linkTargetProblem(linkPath, target, 'directory') };
  // "docs/claims.md/" names a directory for the OS, whatever is there.
  if (/\/\.{0,2}$/.test(target)) return { problem: linkTargetProblem(linkPath, target, 'directory') };
  const path = segments.join('/');
  const self = linkPath.split('/').filter((s) => s !== '' && s !== '.').join('/');
  if (path === self) return { problem: linkTargetProblem(linkPath, target, 'link') }; // a link to itself
  return { path };
}

/** The one line for a link whose resolved target the caller found not to be a regular file. */
export function linkTargetProblem(linkPath: string, target: string, found: LinkTargetKind): string {
  switch (found) {
    case 'missing':
      return `${prefix(linkPath, target)}, which does not exist in the repository; ai-sync reads only files inside it`;
    case 'link':
      return `${prefix(linkPath, target)}, itself a symbolic link; ai-sync follows one link, to a file inside the repository`;
    case 'directory':
      return `${prefix(linkPath, target)}, a directory; ai-sync reads only files`;
    case 'not-a-file':
      return `${prefix(linkPath, target)}, which is not a file; ai-sync reads only files inside the repository`;
  }
}
