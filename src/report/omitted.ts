// What a capped run left out (engine/judge/cap.ts), in the words every report that shows findings shares: the job
// summary, the PR comment, the annotations, the webhook notice, `ai-sync verify` and `ai-sync status`.
import type { OmittedFindings } from '../engine/model.js';

const count = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`;

/**
 * "1234 more findings not shown (kinds: 1200 claimed-by-other errors, 34 stale-claim notices)". `kind` renders a
 * kind (a code span in markdown; as is in plain text).
 */
export function omittedText(omitted: OmittedFindings, kind: (k: string) => string = (k) => k): string {
  const kinds = omitted.byKind.map((c) => `${c.count} ${kind(c.kind)} ${c.count === 1 ? c.severity : `${c.severity}s`}`);
  return `${count(omitted.count, 'more finding')} not shown (kinds: ${kinds.join(', ')})`;
}

/** Why: the list is capped, the verdict and the counts are not. `listed`: how many findings the run lists. */
export function omittedWhy(listed: number): string {
  return `a run lists only its ${count(listed, 'most important finding')} (most severe first); the verdict and the counts include every finding`;
}
