// Untrusted text made one visible line, for messages of every kind (annotations, logs, the status file's warnings,
// code spans): line breaks become spaces, invisible and direction-changing characters become visible `\u{XXXX}`,
// long values are cut with `…`. The engine's messages and the reporters' escaping (report/markdown.ts) share it.

const ELLIPSIS = '…';

function isLineBreakLike(cp: number): boolean {
  return cp === 0x09 || cp === 0x0a || cp === 0x0b || cp === 0x0c || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

function isHidden(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x061c ||
    cp === 0x200b ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff ||
    (cp >= 0xd800 && cp <= 0xdfff) // a lone surrogate (pairs are iterated as one code point)
  );
}

/**
 * The visible form of each code point of `s` (each line break / tab is one space; CR LF is one). Stops after
 * `limit` tokens: every token renders as at least one character, so callers capping at `max` characters never
 * need more than `max` + a little lookahead (and a 10 MB name costs no more than a short one).
 */
export function tokens(s: string, limit = Infinity): string[] {
  const out: string[] = [];
  let prevCr = false;
  for (const ch of s) {
    if (out.length >= limit) break;
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x0a && prevCr) {
      prevCr = false;
      continue;
    }
    prevCr = cp === 0x0d;
    if (isLineBreakLike(cp)) out.push(' ');
    else if (isHidden(cp)) out.push(`\\u{${cp.toString(16).toUpperCase().padStart(4, '0')}}`);
    else out.push(ch);
  }
  return out;
}

/** Joins escaped pieces, keeping the result (ellipsis included) within `max` characters. */
export function capped(pieces: string[], max: number): string {
  const limit = Math.max(1, Math.floor(max));
  let total = 0;
  for (const p of pieces) total += p.length;
  if (total <= limit) return pieces.join('');
  let out = '';
  for (const p of pieces) {
    if (out.length + p.length > limit - ELLIPSIS.length) break;
    out += p;
  }
  return out + ELLIPSIS;
}

export function lookahead(max: number): number {
  return Math.max(1, Math.floor(max)) + 3;
}

/** One visible, single line of plain text (no markdown escaping): for annotations, logs and code spans. */
export function plain(s: string, max = 500): string {
  return capped(tokens(String(s), lookahead(max)), max);
}

/** UTF-8 length in bytes, without Buffer (the engine stays platform-neutral). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
