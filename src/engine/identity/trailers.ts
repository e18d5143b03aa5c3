// Commit message trailers (`AI-Agent: X`, `Co-authored-by: Name <email>`) and git identities (`Name <email>`).
import type { Person } from '../model.js';

export interface Trailer {
  key: string;
  value: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Trailers

export const TRAILER = /^([A-Za-z0-9-]+)[ \t]*:[ \t]*(.*)$/;
export const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];

/**
 * The trailers of a commit message, as git finds them: the last paragraph, if it is not the title paragraph and
 * either consists only of `Key: value` lines (continuation lines indented) or holds a git-generated trailer
 * (Signed-off-by, "(cherry picked from commit") and at least 25% trailer lines. CRLF tolerated; `#` lines skipped.
 */
export function parseTrailers(message: string): Trailer[] {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  const blank = (l: string) => l.trim() === '';
  let end = lines.length;
  while (end > 0 && blank(lines[end - 1] as string)) end--;
  let titleEnd = 0;
  while (titleEnd < end && !blank(lines[titleEnd] as string)) titleEnd++;
  let start = end;
  while (start > 0 && !blank(lines[start - 1] as string)) start--;
  if (start <= titleEnd) return []; // the title paragraph (or no blank line at all) cannot be trailers

  const out: Trailer[] = [];
  let trailerLines = 0;
  let otherLines = 0;
  let recognised = false;
  let current: Trailer | null = null;
  for (let i = start; i < end; i++) {
    const line = lines[i] as string;
    if (line.startsWith('#')) continue;
    if (GIT_GENERATED.some((p) => line.startsWith(p))) recognised = true;
    if (current !== null && /^[ \t]/.test(line)) {
      current.value = `${current.value} ${line.trim()}`.trim();
      continue;
    }
    const m = TRAILER.exec(line);
    if (m) {
      trailerLines++;
      current = { key: m[1] as string, value: (m[2] as string).trim() };
      out.push(current);
    } else {
      if (line.startsWith('(cherry picked from commit ')) trailerLines++;
      else otherLines++;
      current = null;
    }
  }
  const isBlock = (trailerLines > 0 && otherLines === 0) || (recognised && trailerLines * 3 >= otherLines);
  return isBlock ? out : [];
}

/** `Name <email>` → {name, email}; anything else is a name. */
export function parsePerson(value: string): Person {
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value.trim());
  return m ? { name: (m[1] as string).trim(), email: (m[2] as string).trim() } : { name: value.trim(), email: '' };
}

export function formatPerson(p: Person): string {
  return p.email ? `${p.name} <${p.email}>` : p.name;
}
