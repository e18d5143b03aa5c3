// The escaping toolkit for everything ai-sync renders as GitHub-flavoured markdown.
//
// Agent names, file paths, commit messages, branch names and PR titles are untrusted. Whatever they hold, the
// output of these functions never produces live HTML, live @mentions / #references, links or images, broken
// code spans or broken table rows. Decisions:
//
// * `plain(s)`: one visible line. CR LF / CR / LF / tab / VT / FF / NEL / U+2028 / U+2029 become one space each;
//   C0 and C1 controls, DEL, lone surrogates and invisible or direction-changing characters (U+061C, U+200B,
//   U+200E, U+200F, U+202A–U+202E, U+2060–U+2069, U+FEFF) are shown as `\u{XXXX}` so a reader sees them.
//   Long values are cut to `max` characters with a trailing `…` (never inside a `\u{…}` or a surrogate pair).
// * `code(s)`: an inline code span. The fence is one backtick longer than the longest backtick run inside, and
//   the content is padded with one space on each side when it starts or ends with a backtick, or starts AND ends
//   with a space (CommonMark strips exactly one such pair). Inside code spans nothing is live: no HTML, no
//   mentions, no links. An empty value renders as `*(empty)*` (an empty code span cannot be written).
// * `text(s)`: prose. Backslash, backtick and `* _ [ ] ( ) | ~ $ #` are backslash-escaped (`\$` stops GitHub
//   math), `< > &` become HTML entities (so no tag, comment or entity from the input survives), `@` becomes `＠`
//   (U+FF20) and `#` before a digit becomes `＃` (U+FF03): GitHub links mentions and issue references after
//   rendering, in HTML text, so only a different character reliably stops them (and their notifications and
//   cross-reference events). `://` and `www.` are broken with a backslash so bare URLs are not autolinked;
//   `- + = ! >` at the start of the text and the `.` of a leading `1.` are escaped, so the text never starts a
//   list, heading, quote or thematic break.
// * `cell(md)`: a table cell from already-escaped markdown: every `|` becomes `\|`. GFM splits rows on unescaped
//   pipes BEFORE inline parsing (code spans included) and turns every `\|` back into `|` afterwards, so this is
//   exactly invertible and works inside code spans too.
// * `html(s)`: text inside raw HTML (a `<summary>`): entities for `& < > " '` and for the markdown-significant
//   `` ` [ ] * _ ~ $ | \ ``, plus the mention/reference and bare-URL rules (as entities).

import { capped, lookahead, plain, tokens, utf8Length } from '../engine/text.js';

export { plain, utf8Length };

/** Default cap for code spans (names, paths). */
export const CODE_MAX = 200;
/** Default cap for prose (messages). */
export const TEXT_MAX = 500;

/** An inline code span that is well-formed whatever `s` holds. `max` caps the content. */
export function code(s: string, max = CODE_MAX): string {
  const v = plain(s, max);
  if (v === '') return '*(empty)*';
  let longest = 0;
  for (const m of v.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad =
    v.startsWith('`') || v.endsWith('`') || (v.startsWith(' ') && v.endsWith(' ') && !/^ +$/.test(v)) ? ' ' : '';
  return fence + pad + v + pad + fence;
}

const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '|', '~', '$', '#']);
const ESCAPED_AT_START = new Set(['-', '+', '=', '.', '>', '!']);

/** `& < >` as entities, in prose and in HTML alike: no tag, comment or entity from the input survives. */
const TAG_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeProse(token: string, index: number, all: string[], leadingDigits: number): string {
  if (token.length !== 1) return token.startsWith('\\u{') ? '\\' + token : token;
  const next = all[index + 1] ?? '';
  const entity = TAG_ENTITIES[token];
  if (entity !== undefined) return entity;
  switch (token) {
    case '@':
      return '\uFF20';
    case '#':
      return /^[0-9]$/.test(next) ? '\uFF03' : '\\#';
    case ':':
      return next === '/' && all[index + 2] === '/' ? '\\:' : ':';
    case '.': {
      const before = all.slice(Math.max(0, index - 3), index).join('').toLowerCase();
      if (before === 'www' || (index > 0 && index === leadingDigits)) return '\\.';
      break;
    }
  }
  if (ALWAYS_ESCAPED.has(token)) return '\\' + token;
  if (index === 0 && ESCAPED_AT_START.has(token)) return '\\' + token;
  return token;
}

/** Plain text made safe for markdown prose (and for HTML-sanitised rendering). */
export function text(s: string, max = TEXT_MAX): string {
  const toks = tokens(String(s), lookahead(max));
  let leadingDigits = 0;
  while (leadingDigits < toks.length && /^[0-9]$/.test(toks[leadingDigits] ?? '')) leadingDigits++;
  const pieces = toks.map((t, i) => escapeProse(t, i, toks, leadingDigits));
  return capped(pieces, max);
}

const HTML_ENTITY_CHARS = '`[]*_~$|\\';

/** Text for raw HTML contexts (e.g. inside `<summary>`), where markdown escapes do not apply. */
export function html(s: string, max = TEXT_MAX): string {
  const toks = tokens(String(s), lookahead(max));
  const pieces = toks.map((t, i) => {
    const entity = TAG_ENTITIES[t];
    if (entity !== undefined) return entity;
    switch (t) {
      case '"':
        return '&quot;';
      case "'":
        return '&#39;';
      case '@':
        return '\uFF20';
      case '#':
        return /^[0-9]$/.test(toks[i + 1] ?? '') ? '\uFF03' : '#';
      case ':':
        return toks[i + 1] === '/' && toks[i + 2] === '/' ? '&#58;' : ':';
      case '.':
        return toks.slice(Math.max(0, i - 3), i).join('').toLowerCase() === 'www' ? '&#46;' : '.';
      default:
        // Markdown-significant characters as numeric entities: inert in HTML, never re-read as markdown.
        return t.length === 1 && HTML_ENTITY_CHARS.includes(t) ? `&#${t.charCodeAt(0)};` : t;
    }
  });
  return capped(pieces, max);
}

/** A table cell from markdown built with `code`/`text`: pipes escaped so the row keeps its columns. */
export function cell(md: string): string {
  return md.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
}

/** One table row. Cells are passed through `cell`. */
export function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** The header and delimiter lines of a table. */
export function tableHeader(headers: readonly string[]): string[] {
  return [row(headers), `|${headers.map(() => ' --- ').join('|')}|`];
}

/** A whole table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [...tableHeader(headers), ...rows.map(row)].join('\n');
}

/** A collapsible block: `summary` is plain text (escaped for HTML here), `body` is markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}>\n<summary>${html(summary)}</summary>\n\n${body}\n\n</details>`;
}
