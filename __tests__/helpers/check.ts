// Shared by the suites that feed check() by hand (not a test file): a commit that modifies some files, and check()
// on one claims text — the same before and after the change — with no config, previous status or branch unless the
// test says otherwise.
import { check, type CheckInput, type CheckResult, type RawCommit } from '../../src/engine/check.js';

export const FILES = { claims: 'AI_CURRENT_WORK.md', status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' };
export const CONFIG_FILE = '.github/ai-sync.yml';
const DEV = { name: 'Dev', email: 'dev@example.com' };

/** A commit (sha c…c) by Dev with Claude as co-author that modifies `paths`; `over` replaces any field. */
export function modifying(paths: readonly string[], over: Partial<RawCommit> = {}): RawCommit {
  return {
    sha: 'c'.repeat(40),
    message: 'feat: change\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    author: DEV,
    committer: DEV,
    files: paths.map((path) => ({ path, status: 'modified' as const })),
    ...over
  };
}

/** check() with `claims` as the claims file before and after `commits`, and nothing else unless `over` says so. */
export function checkClaims(claims: string, over: Partial<CheckInput> & Pick<CheckInput, 'commits' | 'now'>): CheckResult {
  return check({
    claimsBeforeText: claims,
    claimsAfterText: claims,
    configText: null,
    configFile: CONFIG_FILE,
    statusText: null,
    branch: null,
    files: FILES,
    ...over
  });
}
