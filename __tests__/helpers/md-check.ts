// A tiny, strict model of the parts of GitHub-flavoured markdown that matter for injection: code spans,
// backslash escapes and table rows (cmark-gfm splits rows on unescaped pipes before inline parsing, then turns
// every `\|` into `|`). Used to check everything the reporters render.

import { COMMENT_MARKER } from '../../src/report/comment.js';

export interface Span {
  content: string;
}

export interface ScannedLine {
  spans: Span[];
  /** Positions of backtick runs that open no code span (an unbalanced span). */
  unmatched: number[];
  /** The text outside code spans; a backslash-escaped character becomes U+E000, a code span U+E001. */
  outside: string;
}

const PUNCT = /[!-/:-@[-`{-~]/;

/** Code spans of one line (CommonMark rules, no line breaks inside). */
export function scanInline(line: string): ScannedLine {
  const spans: Span[] = [];
  const unmatched: number[] = [];
  let outside = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === '\\' && i + 1 < line.length && PUNCT.test(line[i + 1] as string)) {
      outside += '\uE000';
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 0;
      while (line[i + n] === '`') n++;
      // Find a closing run of exactly n backticks.
      let j = i + n;
      let close = -1;
      while (j < line.length) {
        if (line[j] === '`') {
          let m = 0;
          while (line[j + m] === '`') m++;
          if (m === n) {
            close = j;
            break;
          }
          j += m;
        } else j++;
      }
      if (close < 0) {
        unmatched.push(i);
        outside += '`'.repeat(n);
        i += n;
      } else {
        spans.push({ content: line.slice(i + n, close) });
        outside += '\uE001';
        i = close + n;
      }
      continue;
    }
    outside += c;
    i++;
  }
  return { spans, unmatched, outside };
}

/** The visible content of a code span (CommonMark strips one space from each side when both are there). */
export function spanText(content: string): string {
  if (content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && !/^ +$/.test(content)) {
    return content.slice(1, -1);
  }
  return content;
}

export function isTableRow(line: string): boolean {
  return line.startsWith('|');
}

/** Cells of a table row as cmark-gfm splits them (escaped pipes do not split), pipes unescaped. */
export function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === '|') {
      cur += '\\|';
      i++;
    } else if (s[i] === '|') {
      cells.push(cur);
      cur = '';
    } else cur += s[i];
  }
  // Text after the last delimiter is a cell unless it is blank (the row's closing pipe).
  if (cur.trim() !== '' || cells.length === 0) cells.push(cur);
  return cells.map((c) => c.replace(/\\\|/g, '|').trim());
}

const OWN_TAGS = ['<details>', '<details open>', '</details>', '<summary>', '</summary>'];
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface Problem {
  line: number;
  problem: string;
  text: string;
}

/**
 * Everything that must hold for rendered markdown whatever the input: no control/bidi characters, every code
 * span balanced, tables keep their column count, and outside code spans no tag (but our own), no `@`, no
 * unescaped link/image/strike/math syntax, no bare URL, no entity but the ones we write.
 */
export function markdownProblems(md: string, opts: { marker?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  const lines = md.split('\n');
  let tableCols: number | null = null;
  lines.forEach((raw, idx) => {
    const report = (problem: string) => problems.push({ line: idx + 1, problem, text: raw.slice(0, 300) });
    if (raw.includes('\r')) report('carriage return');
    if (CONTROL.test(raw)) report('control or invisible character');
    if (LONE_SURROGATE.test(raw)) report('lone surrogate');
    let line = raw;
    if (opts.marker && idx === 0) {
      if (line !== COMMENT_MARKER) report('marker is not the whole first line');
      line = '';
    }
    const segments: string[] = [];
    if (isTableRow(line)) {
      const cells = splitRow(line);
      if (tableCols === null) tableCols = cells.length;
      else if (cells.length !== tableCols) report(`table row has ${cells.length} cells, header has ${tableCols}`);
      segments.push(...cells);
    } else {
      tableCols = null;
      segments.push(line);
    }
    for (const seg of segments) {
      const scan = scanInline(seg);
      if (scan.unmatched.length > 0) report('unbalanced code span');
      let out = scan.outside;
      for (const tag of OWN_TAGS) out = out.split(tag).join('');
      if (/<[a-z!/?]/i.test(out)) report('HTML tag or comment outside code');
      if (out.includes('@')) report('@ outside code (possible live mention)');
      if (/[[\]~$]/.test(out)) report('unescaped [ ] ~ or $ outside code');
      if (/:\/\//.test(out) || /www\./i.test(out)) report('bare URL outside code');
      if (/&(?!(?:amp|lt|gt|quot|#\d+);)/.test(out)) report('raw & outside code (entity injection)');
      if (/(^|[^\w＃])#\d/.test(out.replace(/&#\d+;/g, ''))) report('live #reference');
    }
  });
  return problems;
}

/** Column counts of every table in `md`, per row. */
export function tableShapes(md: string): number[][] {
  const tables: number[][] = [];
  let current: number[] | null = null;
  for (const line of md.split('\n')) {
    if (isTableRow(line)) {
      if (!current) tables.push((current = []));
      current.push(splitRow(line).length);
    } else current = null;
  }
  return tables;
}
