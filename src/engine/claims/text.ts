// Small single-pass text helpers of the claims reader: emoji/mojibake decoration, markdown emphasis, names, "None".


// ---------------------------------------------------------------------------------------------------------------
// Small text helpers (all single pass)

export function isAsciiAlnum(cp: number): boolean {
  return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Is this whitespace-separated token pure decoration: an emoji, a symbol, or the mojibake an emoji turns into when
 * UTF-8 is read as Mac Roman / Windows-1252 (`üî¥`, `‚ö†Ô∏è`, `‚úÖ`)? Such mojibake is made of Latin-1/Latin
 * Extended letters, Greek and symbols, never of ASCII letters or digits.
 */
export function isDecorationToken(token: string): boolean {
  for (const ch of token) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      if (isAsciiAlnum(cp)) return false;
      continue;
    }
    const mojibakeRange =
      cp <= 0x24f || (cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0xfb00 && cp <= 0xfb06);
    if (!mojibakeRange && LETTER_OR_DIGIT.test(ch)) return false;
  }
  return true;
}

/** Drops leading whitespace-separated decoration tokens (emoji, mojibake, bullets like `•`). */
export function dropLeadingDecoration(s: string): string {
  let i = 0;
  const n = s.length;
  for (;;) {
    while (i < n && isSpace(s.charAt(i))) i++;
    if (i >= n) return '';
    let j = i;
    while (j < n && !isSpace(s.charAt(j))) j++;
    if (!isDecorationToken(s.slice(i, j))) return s.slice(i);
    i = j;
  }
}

/** Drops trailing whitespace-separated decoration tokens. */
export function dropTrailingDecoration(s: string): string {
  let j = s.length;
  for (;;) {
    while (j > 0 && isSpace(s.charAt(j - 1))) j--;
    if (j <= 0) return '';
    let i = j;
    while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
    if (!isDecorationToken(s.slice(i, j))) return s.slice(0, j);
    j = i;
  }
}

/** Removes markdown emphasis and code marks (`**`, `__`, `*`, backticks, `~~`) and reduces links to their text. */
export const MARKUP = /[*`~_[]/;

export function stripMarkup(s: string): string {
  if (!MARKUP.test(s)) return s;
  let out = '';
  const n = s.length;
  // Cached "next ]" / "next )" positions: each only moves forward, so links cost linear time overall.
  let nextBracket = -2;
  let nextParen = -2;
  for (let i = 0; i < n; i++) {
    const ch = s.charAt(i);
    if (ch === '*' || ch === '`') continue;
    if (ch === '~' && s.charAt(i + 1) === '~') {
      i++;
      continue;
    }
    if (ch === '_') {
      // Only emphasis underscores, at a word edge: keep snake_case.
      const prev = i > 0 ? s.charAt(i - 1) : ' ';
      const next = i + 1 < n ? s.charAt(i + 1) : ' ';
      const prevWord = LETTER_OR_DIGIT.test(prev);
      const nextWord = LETTER_OR_DIGIT.test(next);
      if (prevWord && nextWord) out += ch;
      continue;
    }
    if (ch === '[' && nextBracket !== -1) {
      if (nextBracket < i) nextBracket = s.indexOf(']', i + 1);
      if (nextBracket > i && s.charAt(nextBracket + 1) === '(' && nextParen !== -1) {
        if (nextParen < nextBracket + 2) nextParen = s.indexOf(')', nextBracket + 2);
        if (nextParen > nextBracket) {
          out += s.slice(i + 1, nextBracket);
          i = nextParen;
          continue;
        }
      }
    }
    out += ch;
  }
  return out;
}

/** Cleans a name as written: markup and decoration removed, outer punctuation trimmed. */
export function cleanName(s: string): string {
  let t = dropTrailingDecoration(dropLeadingDecoration(stripMarkup(s))).trim();
  // Leading symbols glued to the name ("🤖Claude") and trailing separators ("Claude Code -").
  let i = 0;
  while (i < t.length) {
    const cp = t.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (LETTER_OR_DIGIT.test(ch) || ch === '_' || ch === '@' || ch === '.' || ch === '/') break;
    i += ch.length;
  }
  t = t.slice(i);
  let j = t.length;
  while (j > 0 && ' \t-–—:|,;.'.includes(t.charAt(j - 1))) j--;
  return t.slice(0, j).trim();
}

export const NONE_WORDS = new Set([
  '',
  'none',
  'n/a',
  'na',
  'n.a',
  '-',
  '--',
  '—',
  '–',
  'nothing',
  'null',
  'nil',
  'idle',
  'none yet',
  'nothing yet',
  'none currently',
  'not working on anything',
  'no files',
  'no',
  'empty'
]);

/** Cuts a trailing note: " (…)", " - …", " — …", " – …". */
export function dropNote(s: string): string {
  let cut = s.length;
  for (const sep of [' (', ' - ', ' — ', ' – ', ' -- ']) {
    const k = s.indexOf(sep);
    if (k >= 0 && k < cut) cut = k;
  }
  return s.slice(0, cut);
}

/** "None", "None.", "N/A", "-", "(none)", "None - all done", empty… */
export function isNoneLike(value: string): boolean {
  let s = stripMarkup(value).trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  s = dropNote(s).trim();
  while (s.endsWith('.') || s.endsWith('!')) s = s.slice(0, -1).trimEnd();
  return NONE_WORDS.has(s.toLowerCase());
}

/** Values of a time field that mean "no time" (no warning for them). */
export function isTimeNullWord(value: string): boolean {
  if (isNoneLike(value)) return true;
  let s = dropNote(stripMarkup(value).trim()).trim().toLowerCase();
  while (s.endsWith('.')) s = s.slice(0, -1);
  return ['unknown', 'never', 'tbd', 'tba', 'pending', 'not started', '?', '??', 'not yet', 'n/k'].includes(s);
}
