// Shared by the docs tests: reading Markdown code blocks and splitting shell lines, without a Markdown or shell
// dependency. Only what the repository's own docs use is supported; anything else fails loudly in the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const readRepo = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

export interface CodeBlock {
  lang: string;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** 1-based line of the closing fence. */
  end: number;
}

/** Fenced code blocks (``` or ~~~, any length ≥ 3; a block closes only with the same character, at least as long). */
export function codeBlocks(markdown: string): CodeBlock[] {
  const out: CodeBlock[] = [];
  const lines = markdown.split('\n');
  let open: { char: string; length: number; lang: string; line: number; body: string[] } | null = null;
  lines.forEach((line, i) => {
    const m = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)?.*$/.exec(line);
    if (open === null) {
      if (m) open = { char: (m[1] as string)[0] as string, length: (m[1] as string).length, lang: m[2] ?? '', line: i + 1, body: [] };
      return;
    }
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (close && (close[1] as string)[0] === open.char && (close[1] as string).length >= open.length) {
      out.push({ lang: open.lang, text: open.body.join('\n'), line: open.line, end: i + 1 });
      open = null;
      return;
    }
    open.body.push(line);
  });
  return out;
}

/** The Markdown outside fenced code blocks (fences and their content blanked, line count kept). */
export function proseOf(markdown: string): string {
  const lines = markdown.split('\n');
  const blocks = codeBlocks(markdown);
  for (const b of blocks) for (let i = b.line - 1; i < b.end; i++) lines[i] = '';
  return lines.join('\n');
}

/** GitHub's heading anchor: lower case, punctuation other than `-` and `_` dropped, spaces → `-`. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Anchors of every heading outside code blocks, with GitHub's `-1`, `-2` suffixes for repeats. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of proseOf(markdown).split('\n')) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = slug(m[1] as string);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Command lines of a shell block: comments and blank lines dropped, `\` continuations joined. */
export function shellLines(block: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const raw of block.split('\n')) {
    const line = stripComment(raw).trimEnd();
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const full = (pending + line).trim();
    pending = '';
    if (full !== '') out.push(full);
  }
  return out;
}

/** The line without a trailing `# comment` (a `#` that starts a word, outside quotes). */
export function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line.charAt(i - 1)))) return line.slice(0, i);
  }
  return line;
}

/** Splits on `&&`, `;` and `|` outside quotes and `$( … )`: the commands of one line, with the operator before each. */
export function splitCommands(line: string): { op: '' | '&&' | ';' | '|'; command: string }[] {
  const out: { op: '' | '&&' | ';' | '|'; command: string }[] = [];
  let quote: string | null = null;
  let depth = 0;
  let start = 0;
  let op: '' | '&&' | ';' | '|' = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '$' && line.charAt(i + 1) === '(') {
      depth++;
      i++;
    } else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0 && (ch === ';' || ch === '|' || (ch === '&' && line.charAt(i + 1) === '&'))) {
      out.push({ op, command: line.slice(start, i).trim() });
      op = ch === '&' ? '&&' : (ch as ';' | '|');
      if (ch === '&' || (ch === '|' && line.charAt(i + 1) === '|')) i++;
      start = i + 1;
    }
  }
  out.push({ op, command: line.slice(start).trim() });
  return out;
}

/** Shell words of a simple command: quotes removed, no expansion. */
export function words(command: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote: string | null = null;
  for (let i = 0; i < command.length; i++) {
    const ch = command.charAt(i);
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur !== '') out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} in: ${command}`);
  if (has || cur !== '') out.push(cur);
  return out;
}

/** `KEY=value` lines of a dotenv file (comments and blank lines skipped). */
export function dotenv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    out.set(m[1] as string, (m[2] as string).replace(/^(['"])(.*)\1$/, '$2'));
  }
  return out;
}
