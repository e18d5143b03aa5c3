// One claim, from whatever shape it was written in (an agent section, a claim section with an Owner field, a claims
// table row, an inline list line): its fields in → an AgentSection out, with its state and any doubt about its age.
// Every dialect ends here, so a state word or a check-in means the same thing wherever it is written.
import type { AgentSection, ClaimSource, FieldValue, FileClaim, TimeInterval } from '../model.js';
import { readTime } from '../time/index.js';
import { KEY_CHECKIN, KEY_EXPECTED, KEY_MODULE, KEY_STARTED, KEY_STATUS, KEY_WORKING_ON, cleanModule, firstField, textValue } from './sections.js';
import { cleanName, isNoneLike, stripMarkup } from './text.js';
import { EVERY_AGENT_WORDS, roleOf, stateOf, type Role } from './vocabulary.js';

/** A time field read: the interval, or why it could not be read (null problem when absent or "None"/"Unknown"). */
export interface TimeRead {
  time: TimeInterval | null;
  problem: string | null;
}

export function readTimeField(f: FieldValue | null, timezone: string): TimeRead {
  if (!f) return { time: null, problem: null };
  const r = readTime(f.value, timezone);
  if (r.kind === 'time') return { time: r.interval, problem: null };
  if (r.kind === 'none') return { time: null, problem: null };
  return { time: null, problem: `"${f.value.slice(0, 80)}" could not be read (${r.reason})` };
}

export interface ClaimParts {
  name: string;
  aliases: string[];
  source: ClaimSource;
  line: number;
  endLine: number;
  body: string;
  fields: Record<string, FieldValue>;
  files: FileClaim[];
  /** Used when no working-on field says what the claim is for (a claim section's heading). */
  task?: string | null;
  /** The claim's own time when it has no check-in field (a table row's "Claimed At"). */
  startedIsCheckin?: boolean;
  /** Line of an unclosed comment or fence that hides the claim (0 when visible). */
  hiddenBy: number;
  timezone: string;
}

export interface BuiltClaim {
  section: AgentSection;
  /** Times that could not be read, for diagnostics: [line, value as written, field]. */
  timeProblems: [number, string, string][];
}

/** Fields → claim: state from the status word, liveness doubt from the check-in, the zone and the state. */
export function buildClaim(p: ClaimParts): BuiltClaim {
  const f = p.fields;
  const timeProblems: [number, string, string][] = [];
  const workingOn = textValue(firstField(f, KEY_WORKING_ON)) ?? p.task ?? null;
  const startedField = firstField(f, KEY_STARTED);
  const started = readTimeField(startedField, p.timezone);
  if (started.problem && startedField) timeProblems.push([startedField.line, startedField.value, 'Started At']);
  let checkinField = firstField(f, KEY_CHECKIN);
  let checkin = readTimeField(checkinField, p.timezone);
  if (checkin.problem && checkinField) timeProblems.push([checkinField.line, checkinField.value, 'Last Checkin']);
  if (!checkinField && p.startedIsCheckin) {
    checkinField = startedField;
    checkin = started;
  }
  const status = textValue(firstField(f, KEY_STATUS));
  const state = status === null ? null : stateOf(status);
  let idle = workingOn === null && p.files.length === 0;
  if (state === 'idle') idle = true;
  if (state === 'working') idle = false;

  let uncertain: string | null = null;
  if (!idle) {
    if (p.hiddenBy > 0) uncertain = `it is hidden by a comment or code fence left open at line ${p.hiddenBy}`;
    else if (checkin.problem) uncertain = `its check-in ${checkin.problem}`;
    else if (status !== null && state === 'uncertain') uncertain = `its state says "${status.slice(0, 60)}"`;
    else if (status !== null && state === null && p.files.length > 0) uncertain = `its state "${status.slice(0, 60)}" could not be read`;
  }
  const section: AgentSection = {
    name: p.name,
    line: p.line,
    endLine: p.endLine,
    body: p.body,
    workingOn,
    module: cleanModule(firstField(f, KEY_MODULE)),
    startedAt: started.time,
    expectedCompletion: textValue(firstField(f, KEY_EXPECTED)),
    lastCheckin: checkin.time,
    status,
    files: p.files,
    fields: f,
    idle
  };
  if (p.source !== 'section') section.source = p.source;
  if (p.aliases.length > 0) section.aliases = p.aliases;
  if (uncertain !== null) section.uncertain = uncertain;
  return { section, timeProblems };
}

/** Fields that make a heading without "Status" a claim: what is worked on, files, a time. */
const CLAIM_ROLES = new Set<Role | null>(['files', 'checkin', 'working-on', 'started']);

/** Does this (normalised) field label say the section holds a claim? */
export const isClaimField = (label: string): boolean => CLAIM_ROLES.has(roleOf(label));

/** An Owner/Agent value → the agent's name: "**Codex?**" → "Codex", "`agent-b` (reviewer)" → "agent-b". */
export function ownerName(value: string): string | null {
  let s = cleanName(stripMarkup(value).replace(/[?？]+/g, ' '));
  const cut = /\s[-–—|,;]\s|\s\(/.exec(s);
  if (cut) s = cleanName(s.slice(0, cut.index));
  if (s === '' || s.length > 80 || isNoneLike(s) || s.split(/\s+/).length > 5) return null;
  if (EVERY_AGENT_WORDS.has(s.toLowerCase())) return null;
  return s;
}
