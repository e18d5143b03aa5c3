// Claims written on one list line: `codex -> src/a.ts` (a lock), `- Session-3: TASK [Branch: x] [Files: a, b]`,
// `- Codex — tracking — Files: a.ts — since 2025-12-03 10:00`. And the lines that look like a claim (they start
// with an agent's name) but carry nothing the reader can use: those are reported, never dropped in silence.
import type { FieldValue } from '../model.js';
import { ownerName } from './claim.js';
import { agentKey, sameAgent } from '../names.js';
import { normaliseLabel } from './markdown.js';
import type { ClaimSink } from './sink.js';
import { stripMarkup } from './text.js';
import { isKnownAgentName, roleOf } from './vocabulary.js';

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

/** A line that starts with an agent's name but was not read as a claim (reported unless the agent has one). */
export interface Suspect {
  line: number;
  name: string;
  text: string;
}

/**
 * The claim written on line index `i`, into the sink; true when the line was one. A line naming a known agent
 * without files is kept in `suspects`. Consecutive lock lines of one agent ("codex -> a", "codex -> b") are one claim.
 */
export function readLineClaim(sink: ClaimSink, i: number, text: string, suspects: Suspect[]): boolean {
  const c = lineClaim(text.replace(/\*\*/g, ''));
  if (c === null) {
    const p = linePrefix(stripMarkup(text));
    if (p && (isKnownAgentName(p.name) || sink.explicitLines.has(agentKey(p.name)))) suspects.push({ line: i + 1, name: p.name, text });
    return false;
  }
  const target = sink.target(c.agent);
  sink.addFile(target, c.files, i + 1);
  if (target.files.length === 0 && target.pending.length === 0) return false;
  const prev = sink.agents[sink.agents.length - 1];
  if (prev && prev.source === 'list' && prev.endLine === i && sameAgent(prev.name, c.agent) && c.time === null && c.status === null && !prev.lastCheckin) {
    for (const f of target.files) if (!prev.files.some((x) => x.pattern === f.pattern)) prev.files.push(f);
    prev.endLine = i + 1;
    prev.body = `${prev.body}\n${sink.raw[i]!}`;
    for (const u of target.pending) sink.unreadable.push({ ...u, agent: prev.name });
    return true;
  }
  const fields: Record<string, FieldValue> = {};
  if (c.time !== null) fields['claimed at'] = { value: c.time, line: i + 1 };
  if (c.status !== null) fields['status'] = { value: c.status, line: i + 1 };
  if (c.task !== null) fields['task'] = { value: c.task, line: i + 1 };
  sink.addClaim(
    { name: c.agent, aliases: [], source: 'list', line: i + 1, endLine: i + 1, body: sink.raw[i]!, fields, files: target.files, startedIsCheckin: true, hiddenBy: sink.hiddenBy[i] ?? 0 },
    target.pending
  );
  return true;
}
