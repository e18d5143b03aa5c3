// Untrusted text in one-line messages (names, trailer values, link targets, input values): JSON-quoted, so a
// newline or a quote in it can never break the line or the sentence, and cut to a length a message can carry.

/** `s` as a message shows it: JSON-quoted, cut to `max` characters with "..." when longer. */
export function quote(s: string, max = 80): string {
  return JSON.stringify(s.length > max ? `${s.slice(0, max - 3)}...` : s);
}

/** A commit as a message names it: the short SHA, or the quoted text when it is no SHA. */
export function commitLabel(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : quote(sha, 40);
}
