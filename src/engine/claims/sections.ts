// Agent sections: which headings name an agent, and the field labels a section is read through.
import type { FieldValue, FileClaim, Unreadable } from '../model.js';
import { Heading, MAX_HEADING_TEXT } from './markdown.js';
import { NOT_AGENT_WORDS, isKnownAgentName, labelsOf, roleOf } from './vocabulary.js';
import { LETTER_OR_DIGIT, cleanName, dropLeadingDecoration, dropTrailingDecoration, isNoneLike, stripMarkup } from './text.js';

// ---------------------------------------------------------------------------------------------------------------
// Headings: agent sections and emergency overrides

/** What a heading says about an agent section under it. */
export interface AgentHeading {
  /** "ChatGPT Codex", "Agent-A (Central Panel)". */
  name: string;
  /** Shorter names: "Agent-A" for "Agent-A (Central Panel)". */
  aliases: string[];
  /**
   * Written as an agent heading ("… Status", "Agent: …", a known agent's name): a section even with a single
   * field. Otherwise a candidate: a section only when its fields make it one (an owner, files, a check-in…).
   */
  explicit: boolean;
}

/** "1.", "2)", "#3", "Step 4:" numbering before a heading's text. */
const NUMBERING = /^(?:#?\d{1,3}[.)]?|[ivx]{1,4}[.)])\s+/i;

/** Splits "Agent-A (Central Panel)" into the name as written and its short form. */
function withRole(name: string): { name: string; aliases: string[] } {
  const open = name.indexOf('(');
  if (open > 0 && name.endsWith(')')) {
    const short = cleanName(name.slice(0, open));
    if (short !== '' && short !== name) return { name, aliases: [short] };
  }
  return { name, aliases: [] };
}

function isNotAgent(name: string): boolean {
  const key = name.toLowerCase().replace(/\s+/g, ' ');
  return NOT_AGENT_WORDS.has(key) || roleOf(key) !== null;
}

/**
 * "## 🤖 ChatGPT Codex Status" → ChatGPT Codex (explicit); "### 🤖 Agent-A (Central Panel)" → a candidate named
 * "Agent-A (Central Panel)", also known as "Agent-A"; "## Coordination Rules" → null. Levels 2–6 for "… Status"
 * headings (as before), 2–4 for the others.
 */
export function agentHeading(h: Heading): AgentHeading | null {
  if (h.level < 2 || h.text.length === 0 || h.text.length > MAX_HEADING_TEXT) return null;
  let t = dropTrailingDecoration(dropLeadingDecoration(stripMarkup(h.text))).trim();
  t = t.replace(NUMBERING, '');
  let explicit = false;
  const prefix = /^(?:agent|ai agent|owner)\s*[:：]\s*/i.exec(t);
  if (prefix) {
    t = t.slice(prefix[0].length);
    explicit = true;
  }
  // A trailing parenthetical after "Status" is a note: "## Codex Status (updated hourly)".
  let u = t;
  if (u.endsWith(')')) {
    const open = u.lastIndexOf('(');
    if (open > 0) u = dropTrailingDecoration(u.slice(0, open)).trim();
  }
  while (u.length > 0 && ' \t:.!-–—|'.includes(u.charAt(u.length - 1))) u = u.slice(0, -1);
  if (u.length >= 6 && u.slice(-6).toLowerCase() === 'status' && !LETTER_OR_DIGIT.test(u.charAt(u.length - 7))) {
    const name = cleanName(u.slice(0, -6));
    if (name === '' || name.length > 80 || isNotAgent(name)) return null;
    return { ...withRole(name), explicit: true };
  }
  if (h.level > 4) return null;
  const name = cleanName(t);
  if (name === '' || name.length > 80 || isNotAgent(name)) return null;
  // A candidate is a name, not a sentence or a label with a value ("Current Status: PHASE 2 COMPLETE").
  if (/[:：]/.test(name) || name.split(/\s+/).length > 6) return null;
  return { ...withRole(name), explicit: explicit || isKnownAgentName(name) };
}

/** "## 🤖 ChatGPT Codex Status" → "ChatGPT Codex"; null when the heading is no explicit agent section. */
export function agentNameFromHeading(h: Heading): string | null {
  const a = agentHeading(h);
  return a && a.explicit ? a.name : null;
}

export interface OverrideHeading {
  /** Parts after "Emergency Override", e.g. ["2025-12-04", "Claude Code"]; empty for a container heading. */
  parts: string[];
}

/** "Emergency Override(s)…" headings: an entry when followed by " - <date> - <name>", else a container. */
export function overrideHeading(h: Heading): OverrideHeading | null {
  if (h.text.length > MAX_HEADING_TEXT) return null;
  const t = dropLeadingDecoration(stripMarkup(h.text)).trim();
  const lower = t.toLowerCase();
  const at = lower.indexOf('emergency override');
  if (at < 0) return null;
  let rest = t.slice(at + 'emergency override'.length);
  if (rest.charAt(0).toLowerCase() === 's') rest = rest.slice(1);
  const sep = /^\s*[-–—:|]\s*/.exec(rest);
  if (at > 0 || !sep) return { parts: [] };
  const parts: string[] = [];
  for (const piece of rest.slice(sep[0].length).split(/\s+[-–—|]\s+/)) {
    const p = piece.trim();
    if (p !== '') parts.push(p);
  }
  return { parts };
}

// ---------------------------------------------------------------------------------------------------------------
// Agent sections

export const KEY_WORKING_ON = labelsOf('working-on');
export const KEY_MODULE = labelsOf('module');
export const KEY_STARTED = labelsOf('started');
export const KEY_EXPECTED = labelsOf('expected');
export const KEY_CHECKIN = labelsOf('checkin');
export const KEY_STATUS = labelsOf('status');
export const KEY_OWNER = labelsOf('owner');
export const KEY_FILES = new Set(labelsOf('files'));

/** Labels read in the plain `Label: value` form too (any label is read when bold). */
export const AGENT_PLAIN_LABELS = new Set<string>(labelsOf('working-on', 'module', 'started', 'expected', 'checkin', 'status', 'files', 'owner'));

export const OVERRIDE_PLAIN_LABELS = new Set<string>([
  'module',
  'original owner',
  'owner',
  'reason',
  'date',
  'agent',
  'by',
  'taken by',
  'overridden by',
  'action taken',
  'files'
]);

/** Where a file item lands: a claim being built, with what it could not read of it. */
export interface FileTarget {
  name: string;
  files: FileClaim[];
  seen: Set<string>;
  pending: Unreadable[];
}

export interface SectionBuilder extends FileTarget {
  name: string;
  aliases: string[];
  explicit: boolean;
  /** Line of an unclosed comment or fence that hides the heading (0 when visible). */
  hiddenBy: number;
  line: number;
  level: number;
  fields: Record<string, FieldValue>;
  files: FileClaim[];
  seen: Set<string>;
  filesMode: boolean;
  /** 1-based line of the files field whose list is being read (for the line map). */
  filesLine: number;
  sawBlank: boolean;
  /** A prose line came after the files label: later list items count only when they are paths. */
  afterProse: boolean;
}

export function firstField(fields: Record<string, FieldValue>, keys: readonly string[]): FieldValue | null {
  for (const k of keys) {
    const f = fields[k];
    if (f) return f;
  }
  return null;
}

export function textValue(f: FieldValue | null): string | null {
  if (!f) return null;
  if (isNoneLike(f.value)) return null;
  return f.value;
}

export function cleanModule(f: FieldValue | null): string | null {
  const v = textValue(f);
  if (v === null) return null;
  const c = cleanName(v);
  return c === '' ? null : c;
}
