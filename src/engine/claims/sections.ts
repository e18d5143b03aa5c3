// Agent sections: which headings name an agent, and the field labels a section is read through.
import type { FieldValue, FileClaim } from '../model.js';
import { Heading, MAX_HEADING_TEXT } from './markdown.js';
import { LETTER_OR_DIGIT, cleanName, dropLeadingDecoration, dropTrailingDecoration, isNoneLike, stripMarkup } from './text.js';

// ---------------------------------------------------------------------------------------------------------------
// Headings: agent sections and emergency overrides

/** Names that, standing alone before "Status", describe the document rather than an agent ("## Project Status"). */
export const NOT_AGENTS = new Set([
  'current',
  'overall',
  'project',
  'system',
  'sync',
  'work',
  'task',
  'tasks',
  'implementation',
  'automation',
  'build',
  'deployment',
  'module',
  'modules',
  'agent',
  'agents',
  'ai',
  'team',
  'phase',
  'progress',
  'current work',
  'ai current work',
  'sync check',
  'test',
  'tests',
  'ci'
]);

/** "## 🤖 ChatGPT Codex Status" → "ChatGPT Codex"; null when the heading is no agent section. */
export function agentNameFromHeading(h: Heading): string | null {
  if (h.level < 2 || h.text.length === 0 || h.text.length > MAX_HEADING_TEXT) return null;
  let t = dropTrailingDecoration(dropLeadingDecoration(stripMarkup(h.text))).trim();
  // A trailing parenthetical is a note: "## Codex Status (updated hourly)".
  if (t.endsWith(')')) {
    const open = t.lastIndexOf('(');
    if (open > 0) t = dropTrailingDecoration(t.slice(0, open)).trim();
  }
  while (t.length > 0 && ' \t:.!-–—|'.includes(t.charAt(t.length - 1))) t = t.slice(0, -1);
  if (t.length < 6 || t.slice(-6).toLowerCase() !== 'status') return null;
  const before = t.charAt(t.length - 7);
  if (before !== '' && LETTER_OR_DIGIT.test(before)) return null; // "Substatus"
  const name = cleanName(t.slice(0, -6));
  if (name === '' || name.length > 80) return null;
  if (NOT_AGENTS.has(name.toLowerCase().replace(/\s+/g, ' '))) return null;
  return name;
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

export const KEY_WORKING_ON = ['currently working on', 'working on', 'current work', 'current task'];
export const KEY_MODULE = ['module', 'modules'];
export const KEY_STARTED = ['started at', 'started', 'start time', 'claimed at'];
export const KEY_EXPECTED = ['expected completion', 'eta', 'expected completion time'];
export const KEY_CHECKIN = ['last checkin', 'checkin', 'last updated', 'last update'];
export const KEY_STATUS = ['status', 'state'];
export const KEY_FILES = new Set([
  'files being modified',
  'files',
  'files modified',
  'files being edited',
  'files claimed',
  'files to modify',
  'files being changed'
]);

export const AGENT_PLAIN_LABELS = new Set<string>([
  ...KEY_WORKING_ON,
  ...KEY_MODULE,
  ...KEY_STARTED,
  ...KEY_EXPECTED,
  ...KEY_CHECKIN,
  'status',
  ...KEY_FILES
]);

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

export interface SectionBuilder {
  name: string;
  line: number;
  level: number;
  fields: Record<string, FieldValue>;
  files: FileClaim[];
  seen: Set<string>;
  filesMode: boolean;
  sawBlank: boolean;
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
