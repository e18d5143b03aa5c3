// Reading the previous AI_SYNC_STATUS.json: tolerant (never throws; anything unexpected is ignored with a one-line
// warning), and careful with what it carries forward — a lastSeenAt in the future is dropped, so a hand-pushed file
// cannot keep a claim alive.
import { z } from 'zod';
import { FINDING_KINDS, type BoardEntry, type Finding } from '../model.js';
import { plain, utf8Length } from '../text.js';
import { STATUS_SCHEMA_VERSION, normalizeStatus, type StatusFile } from './schema.js';

const str = z.string();
const nstr = z.string().nullable();

const FindingSchema = z.object({
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(['error', 'warning', 'notice']),
  file: nstr,
  line: z.number().int().positive().optional(),
  agent: nstr,
  claimedBy: nstr,
  module: nstr,
  commit: nstr,
  pullRequest: z.number().int().positive().optional(),
  branch: str.optional(),
  checkin: nstr,
  age: z.number().nullable(),
  staleAt: nstr,
  message: str
});

const BoardEntrySchema = z.object({
  name: str,
  workingOn: nstr,
  module: nstr,
  files: z.array(str),
  startedAt: nstr,
  lastCheckin: nstr,
  lastSeenAt: nstr,
  state: z.enum(['active', 'caution', 'stale', 'idle', 'uncertain']),
  staleAt: nstr,
  line: z.number().int().positive().optional(),
  uncertain: str.optional(),
  branch: str.optional(),
  pullRequest: z.number().int().positive().optional()
});

const NotifiedSchema = z.object({
  kind: z.enum(FINDING_KINDS),
  file: nstr,
  agent: nstr,
  claimedBy: nstr,
  commit: nstr,
  pullRequest: z.number().int().positive().optional(),
  branch: str.optional(),
  at: str
});

const count = z.number().int().nonnegative();
const OmittedSchema = z.object({
  count,
  bySeverity: z.object({ error: count, warning: count, notice: count }),
  byKind: z.array(z.object({ kind: z.enum(FINDING_KINDS), severity: z.enum(['error', 'warning', 'notice']), count }))
});

/** Unknown keys are dropped (a tolerant reader); `$schema` and `needsSync` are not required. */
const StatusSchema = z.object({
  $schema: str.optional(),
  schemaVersion: z.literal(1),
  lastUpdate: str,
  lastAuthor: str,
  lastAgent: nstr,
  lastCommitMessage: str,
  lastCommit: str,
  ref: str,
  modifiedFiles: z.array(str),
  needsSync: z.boolean().optional(),
  result: z.enum(['pass', 'warn', 'fail']),
  findings: z.array(FindingSchema),
  findingsOmitted: OmittedSchema.optional(),
  agents: z.array(BoardEntrySchema),
  notified: z.array(NotifiedSchema).optional()
});

const WHAT = 'previous status ignored:';

/** Offset and reason of the first JSON syntax error (iterative: deep nesting cannot overflow the stack). */
export function jsonSyntaxError(src: string): { offset: number; reason: string } | null {
  const n = src.length;
  const stack: string[] = [];
  type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after';
  let state: State = 'value';
  let i = 0;
  const fail = (reason: string) => ({ offset: i, reason });
  const unexpected = () => {
    const cp = src.codePointAt(i) ?? 0;
    const shown = cp > 0x20 && cp < 0x7f ? `'${String.fromCharCode(cp)}'` : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return fail(`unexpected character ${shown}`);
  };
  const scanString = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = src[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
            i++;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (;;) {
    while (i < n && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\r')) i++;
    if (i >= n) return state === 'after' && stack.length === 0 ? null : fail('unexpected end of input');
    const c = src[i] as string;
    if (state === 'value' || state === 'value-or-close') {
      if (state === 'value-or-close' && c === ']') {
        stack.pop();
        i++;
        state = 'after';
      } else if (c === '{') {
        stack.push('}');
        i++;
        state = 'key-or-close';
      } else if (c === '[') {
        stack.push(']');
        i++;
        state = 'value-or-close';
      } else if (c === '"') {
        if (!scanString()) return i >= n ? fail('unterminated string') : fail('invalid character in string');
        state = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(src)) return fail('invalid number');
        i = NUMBER.lastIndex;
        state = 'after';
      } else {
        const lit = ['true', 'false', 'null'].find((w) => src.startsWith(w, i));
        if (!lit) return unexpected();
        i += lit.length;
        state = 'after';
      }
    } else if (state === 'key' || state === 'key-or-close') {
      if (state === 'key-or-close' && c === '}') {
        stack.pop();
        i++;
        state = 'after';
      } else if (c === '"') {
        if (!scanString()) return i >= n ? fail('unterminated string') : fail('invalid character in string');
        while (i < n && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\r')) i++;
        if (i >= n) return fail('unexpected end of input');
        if (src[i] !== ':') return unexpected();
        i++;
        state = 'value';
      } else return unexpected();
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return unexpected();
      if (c === ',') {
        i++;
        state = top === '}' ? 'key' : 'value';
      } else if (c === top) {
        stack.pop();
        i++;
      } else return unexpected();
    }
  }
}

function lineColumn(src: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < src.length; i++) {
    if (src.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

/**
 * Reads the previous status file. Absent (null) → no status, no warning. Anything unusable (too large, not JSON,
 * another schema version, wrong shape) → no status and a one-line warning. Never throws.
 */
export function parseStatus(
  text: string | null,
  maxBytes = 5_000_000
): { status: StatusFile | null; warning: string | null } {
  try {
    if (text === null || text === undefined) return { status: null, warning: null };
    if (typeof text !== 'string') return { status: null, warning: `${WHAT} it could not be read.` };
    if (text.length > maxBytes || utf8Length(text) > maxBytes) {
      return { status: null, warning: `${WHAT} it is larger than ${maxBytes} bytes.` };
    }
    const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (src.trim() === '') return { status: null, warning: `${WHAT} the file is empty.` };
    let data: unknown;
    try {
      data = JSON.parse(src);
    } catch {
      const err = jsonSyntaxError(src);
      if (!err) return { status: null, warning: `${WHAT} it is not valid JSON.` };
      const { line, column } = lineColumn(src, err.offset);
      return {
        status: null,
        warning: `${WHAT} it is not valid JSON (${err.reason} at line ${line}, column ${column}, position ${err.offset}).`
      };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { status: null, warning: `${WHAT} it holds ${describe(data)}, not an object.` };
    }
    const version = (data as Record<string, unknown>)['schemaVersion'];
    if (version === undefined) {
      return { status: null, warning: `${WHAT} it has no schemaVersion (an older format?).` };
    }
    if (version !== STATUS_SCHEMA_VERSION) {
      return {
        status: null,
        warning: `${WHAT} it has schemaVersion ${describe(version)}; this version reads only ${STATUS_SCHEMA_VERSION}.`
      };
    }
    const parsed = StatusSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '';
      const msg = issue ? plain(`${path || '(root)'}: ${issue.message}`, 300) : 'unexpected shape';
      const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
      return { status: null, warning: `${WHAT} it does not match schema version 1 (${msg}${more}).` };
    }
    const d = parsed.data;
    return {
      status: normalizeStatus({ ...d, findings: d.findings as Finding[], agents: d.agents as BoardEntry[] }),
      warning: null
    };
  } catch (e) {
    return { status: null, warning: `${WHAT} it could not be read (${plain(String(e), 200)}).` };
  }
}

export { futureLastSeenWarning, lastSeenFrom, type LastSeen } from './seen.js';
