// ai-sync's own status commits versus hand edits of the status file. The push guard must skip the commits the
// action itself made (else a PAT-triggered status commit would start another run, and another), but nothing else:
// a person pushing a hand-edited AI_SYNC_STATUS.json is judged like any change and told the file is not theirs.
//
// Decisions:
// - Ours = author and committer both equal the configured committer (the action's committer-* inputs; default
//   github-actions[bot] and its noreply address). action/github/status-commit.ts sends exactly that pair as
//   `author` and `committer` through the contents API, and GitHub (like the test stand-in) records them as given. Names compare trimmed, emails
//   case-insensitively. Identity is not authentication: someone who sets their git identity to the bot's can still
//   slip a status-only push past the check, but that is deliberate impersonation, and the next status commit
//   replaces whatever they wrote.
// - A push is skipped only when every commit is ours and every changed path is the status file.
// - A hand edit is any commit that touches the status file and is not ours, alone or inside a larger push: both put
//   text ai-sync did not write into the file it trusts for last activity. One warning per such commit.
// - Merge commits (message starting "Merge ") are not hand edits: merging main into a branch brings ai-sync's own
//   status commits along, and the merge's diff against its first parent shows the file changed without anyone
//   having edited it. The commit lists carry no parent count, so git's and GitHub's merge subjects are the signal.
import type { ChangedFile, Finding, Person } from '../model.js';
import { commitLabel, quote } from '../quote.js';
import { note } from './finding.js';

/** A commit as the status rules see it: who made it, its message, what it changed. */
interface CommitFacts {
  sha: string;
  message: string;
  author: Person;
  committer: Person;
  files: readonly ChangedFile[];
}

/** The identity ai-sync commits the status file with unless the action is told otherwise (inputs committer-*). */
export const DEFAULT_STATUS_COMMITTER: Person = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

const sameName = (a: string, b: string): boolean => a.trim() === b.trim();
const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const samePerson = (a: Person, b: Person): boolean => sameName(a.name, b.name) && sameEmail(a.email, b.email);

/** Made by ai-sync: author and committer are the configured committer. */
export function isOwnCommit(c: Pick<CommitFacts, 'author' | 'committer'>, committer: Person): boolean {
  return samePerson(c.author, committer) && samePerson(c.committer, committer);
}

const touches = (c: CommitFacts, path: string): boolean => c.files.some((f) => f.path === path || f.previousPath === path);

/** The push is nothing but ai-sync's own status commits: nothing to judge, nothing to write. */
export function isOwnStatusPush(commits: readonly CommitFacts[], statusPath: string, committer: Person): boolean {
  const paths = commits.flatMap((c) => c.files.flatMap((f) => [f.path, f.previousPath ?? f.path]));
  return paths.length > 0 && paths.every((p) => p === statusPath) && commits.every((c) => isOwnCommit(c, committer));
}

const isMerge = (message: string): boolean => /^Merge (?:branch|pull request|remote-tracking branch|tag|commit|[0-9a-f]{7,40}\b)/.test(message);

// Untrusted text (a git identity) is quoted as JSON: one line whatever it holds.
const who = (p: Person): string => quote(p.email ? `${p.name} <${p.email}>` : p.name, 200);

/**
 * One `claim-tampered` warning per commit that edits the status file by hand (not ai-sync's own, not a merge).
 * `agentOf` gives the agent a commit was attributed to (null when unknown).
 */
export function statusHandEdits(
  commits: readonly CommitFacts[],
  files: { status: string; claims: string },
  committer: Person,
  agentOf: (sha: string) => string | null
): Finding[] {
  const out: Finding[] = [];
  for (const c of commits) {
    if (!touches(c, files.status) || isOwnCommit(c, committer) || isMerge(c.message)) continue;
    const sha = commitLabel(c.sha);
    const by = c.author.name.trim() === '' && c.author.email.trim() === '' ? 'an unknown author' : who(c.author);
    out.push(
      note({
        kind: 'claim-tampered',
        severity: 'warning',
        file: files.status,
        agent: agentOf(c.sha),
        commit: c.sha,
        message:
          `${files.status} was edited by hand in commit ${sha} by ${by}, not by ai-sync (${who(committer)}); ` +
          `ai-sync writes that file itself and replaces the edit: change ${files.claims} instead.`
      })
    );
  }
  return out;
}
