// Conflict markers as git writes them (`<<<<<<< ours` / `=======` / `>>>>>>> theirs`), for the merge drivers:
// a conflict is always shown with both sides, never resolved by picking one. Pure.

export interface MergeLabels {
  /** Label after `<<<<<<<` (git's name for the current side, e.g. HEAD); default "ours". */
  ours?: string;
  /** Label after `>>>>>>>`; default "theirs". */
  theirs?: string;
  /** Length of each marker (git's conflict-marker-size); default 7. */
  markerSize?: number;
}

/** What a merge driver gives back: the merged text and how many conflict blocks it holds. */
export interface MergeResult {
  text: string;
  conflicts: number;
}

const ENDS_WITH_EOL = /(?:\r\n|\r|\n)$/;

/** `s` ending with a line terminator (`eol` added when it has none; '' stays ''). */
export function withEol(s: string, eol: string): string {
  return s === '' || ENDS_WITH_EOL.test(s) ? s : s + eol;
}

/** The file's own line terminator: the first one it uses, else `fallback`. */
export function firstEol(texts: readonly string[], fallback = '\n'): string {
  for (const t of texts) {
    const m = /\r\n|\r|\n/.exec(t);
    if (m) return m[0];
  }
  return fallback;
}

/** A label on one line (git passes branch names; nothing may break the marker line). */
function oneLine(label: string | undefined, fallback: string): string {
  const s = (label ?? '').replace(/[\r\n]+/g, ' ').trim();
  return s === '' ? fallback : s;
}

/** A conflict block holding both sides as written, each ending with a line terminator. */
export function conflictBlock(ours: string, theirs: string, eol: string, labels: MergeLabels = {}): string {
  const size = Number.isInteger(labels.markerSize) && (labels.markerSize as number) > 0 ? Math.min(labels.markerSize as number, 100) : 7;
  return (
    `${'<'.repeat(size)} ${oneLine(labels.ours, 'ours')}${eol}` +
    withEol(ours, eol) +
    `${'='.repeat(size)}${eol}` +
    withEol(theirs, eol) +
    `${'>'.repeat(size)} ${oneLine(labels.theirs, 'theirs')}${eol}`
  );
}
