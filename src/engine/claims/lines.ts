// Claims written on one list line: `codex -> src/a.ts` (a lock), `- Session-3: TASK [Branch: x] [Files: a, b]`,
// `- Codex — tracking — Files: a.ts — since 2025-12-03 10:00`. And the lines that look like a claim (they start
// with an agent's name) but carry nothing the reader can use: those are reported, never dropped in silence.
import { roleOf } from './vocabulary.js';
import { normaliseLabel } from './markdown.js';
import { ownerName } from './claim.js';

export interface LineClaim {
  agent: string;
  /** The files part, as written (split by the files reader). */
  files: string;
  task: string | null;
  /** A time written after since/claimed/started, as written. */
  time: string | null;
  status: string | null;
}

const ARROW = /^(.{1,80}?)\s*(?:->|→|⇒|=>)\s*(\S.*)$/;
const BRACKET = /\[([^\]:]{1,40})[:：]\s*([^\]]*)\]/g;
const TIME = /\b(?:since|claimed(?:\s+at)?|started(?:\s+at)?|checked\s+in|updated|at)\s*[:：]?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:(?:\d{2}|[xX]{2})(?::\d{2})?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|\(?[A-Za-z]+\/[A-Za-z_]+\)?|[A-Z]{2,5}))?)/i;

/** The part before the first separator: the agent's name, if the line is shaped like a claim. */
export function linePrefix(text: string): { name: string; rest: string } | null {
  const m = /^(.{1,80}?)(?:\s*[:：]\s+|\s+[—–-]{1,2}\s+|\s*\[)/.exec(text);
  if (!m) return null;
  const name = ownerName(m[1]!);
  if (name === null) return null;
  return { name, rest: text.slice(m[0].length - (m[0].endsWith('[') ? 1 : 0)) };
}

/** A one-line claim with files, or null. */
export function lineClaim(text: string): LineClaim | null {
  const arrow = ARROW.exec(text);
  if (arrow) {
    const agent = ownerName(arrow[1]!);
    const left = arrow[1]!.trim();
    if (agent !== null && left.split(/\s+/).length <= 3 && !/[:：`]/.test(left) && !/\s/.test(arrow[2]!.trim().split(/\s+[—–-]\s+|\s+\(/)[0]!)) {
      return { agent, files: arrow[2]!, task: null, time: timeIn(text), status: null };
    }
  }
  const p = linePrefix(text);
  if (!p) return null;
  let files: string | null = null;
  let status: string | null = null;
  let task = p.rest;
  for (const m of p.rest.matchAll(BRACKET)) {
    const role = roleOf(normaliseLabel(m[1]!));
    if (role === 'files' && files === null) files = m[2]!;
    if (role === 'status' && status === null) status = m[2]!;
    task = task.replace(m[0], '');
  }
  if (files === null) {
    // "… — Files: a.ts, b.ts — since …"
    const f = /(?:^|[\s—–-])(files?|paths?|scope|touching)\s*[:：]\s*([^—–]+)/i.exec(p.rest);
    if (f) {
      files = f[2]!.replace(/\s+(?:since|claimed|started)\b.*$/i, '');
      task = task.slice(0, task.indexOf(f[0])).trim();
    }
  }
  if (files === null) return null;
  task = task.replace(/\s+/g, ' ').replace(/^[\s—–:-]+|[\s—–:-]+$/g, '');
  return { agent: p.name, files, task: task === '' ? null : task, time: timeIn(text), status };
}

function timeIn(text: string): string | null {
  return TIME.exec(text)?.[1]?.trim() ?? null;
}
