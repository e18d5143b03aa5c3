// A claims file cut into the pieces the merge works on, as the reader reads it: each agent's claim (section, table
// row, list line) keyed by the agent, each module list line keyed by its module, each emergency override keyed
// by its first line; every other line is a piece of its own. Pieces keep their exact text and terminators. Pure.
import { parseClaims } from '../claims/reader.js';
import { Lines } from '../edit/lines.js';
import { agentKey } from '../names.js';

export interface Piece {
  /** What aligns this piece with its counterpart in another version: the key of a block, else the line's text. */
  id: string;
  /** The block's key ("agent:codex", "module:trackingmodule", "override:…"); null for a plain line. */
  key: string | null;
  /** The exact text, line terminators included. */
  text: string;
}

export interface Cut {
  pieces: Piece[];
  /** Text of each keyed block by key. */
  blocks: Map<string, string>;
  bom: boolean;
}

interface Span {
  start: number;
  end: number;
  key: string;
}

/** The keyed spans of a text (0-based, inclusive), first come first served where the reader's blocks overlap. */
function spans(text: string, lineCount: number): Span[] {
  const doc = parseClaims(text);
  const wanted: Span[] = [];
  for (const a of doc.agents) wanted.push({ start: a.line - 1, end: a.endLine - 1, key: `agent:${agentKey(a.name)}` });
  for (const o of doc.overrides) wanted.push({ start: o.line - 1, end: o.endLine - 1, key: `override:${(o.lines[0] ?? '').trim().replace(/\s+/g, ' ')}` });
  for (const m of doc.modules) wanted.push({ start: m.line - 1, end: m.line - 1, key: `module:${m.module.trim().toLowerCase()}` });
  const taken = new Uint8Array(lineCount);
  const out: Span[] = [];
  for (const s of wanted) {
    if (s.start < 0 || s.end < s.start || s.end >= lineCount) continue;
    let free = true;
    for (let i = s.start; i <= s.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, s.start, s.end + 1);
    out.push(s);
  }
  out.sort((x, y) => x.start - y.start);
  // A key seen again (a second list line for one module) is told apart by its rank: "module:x#2".
  const seen = new Map<string, number>();
  for (const s of out) {
    const n = (seen.get(s.key) ?? 0) + 1;
    seen.set(s.key, n);
    if (n > 1) s.key = `${s.key}#${n}`;
  }
  return out;
}

/** Cuts a claims file into pieces. */
export function cutClaims(text: string): Cut {
  const lines = new Lines(text).items;
  const raw = (i: number): string => {
    const l = lines[i];
    return l ? l.text + l.eol : '';
  };
  const pieces: Piece[] = [];
  const blocks = new Map<string, string>();
  let i = 0;
  for (const s of spans(text, lines.length)) {
    for (; i < s.start; i++) pieces.push({ id: `L${raw(i)}`, key: null, text: raw(i) });
    let body = '';
    for (; i <= s.end; i++) body += raw(i);
    pieces.push({ id: `K${s.key}`, key: s.key, text: body });
    blocks.set(s.key, body);
  }
  for (; i < lines.length; i++) pieces.push({ id: `L${raw(i)}`, key: null, text: raw(i) });
  return { pieces, blocks, bom: text.charCodeAt(0) === 0xfeff };
}
