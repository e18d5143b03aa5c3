// The 3-way merge of the claims file (the `ai-sync merge-driver claims` of git): agents' claims and module list
// lines are merged as blocks matched by agent and by module, so edits to different agents' sections and to
// different module lines merge even when they are adjacent; every other line merges as git would. A block changed
// on both sides in different ways, or deleted on one side and changed on the other, becomes a conflict block with
// both sides: a side is never picked silently. Pure.
import { cutClaims, type Cut, type Piece } from './blocks.js';
import { diff3, interner, type Region } from './diff3.js';
import { isRule } from '../claims/markdown.js';
import { Lines } from '../edit/lines.js';
import { conflictBlock, firstEol, withEol, type MergeLabels, type MergeResult } from './markers.js';

/** What becomes of a keyed block: its merged text, nothing (deleted), or a conflict between the two sides. */
type Fate = { kind: 'text'; text: string } | { kind: 'absent' } | { kind: 'conflict'; ours: string; theirs: string };

type Side = 'ours' | 'theirs' | 'both';

interface Part {
  text: string;
  /** The block this part holds (a conflict block counts as holding it too). */
  key: string | null;
  side: Side;
  conflict: boolean;
}

/**
 * The usual 3-way rule on one block: unchanged on a side → the other side's; the same on both → that. Changed on
 * both: merged line by line as git would when the two changes touch lines apart, else a conflict.
 */
function fateOf(base: string | undefined, ours: string | undefined, theirs: string | undefined): Fate {
  const pick = (v: string | undefined): Fate => (v === undefined ? { kind: 'absent' } : { kind: 'text', text: v });
  if (ours === theirs) return pick(ours);
  if (base === ours) return pick(theirs);
  if (base === theirs) return pick(ours);
  const lines = base === undefined || ours === undefined || theirs === undefined ? null : mergeLines(base, ours, theirs);
  return lines === null ? { kind: 'conflict', ours: ours ?? '', theirs: theirs ?? '' } : { kind: 'text', text: lines };
}

/** A line-by-line 3-way merge, or null when a change on one side meets a change on the other (same or adjacent lines). */
function mergeLines(base: string, ours: string, theirs: string): string | null {
  const split = (s: string): string[] => new Lines(s).items.map((l) => l.text + l.eol);
  const [b, o, t] = [split(base), split(ours), split(theirs)];
  const id = interner();
  let out = '';
  for (const r of diff3(b.map(id), o.map(id), t.map(id))) {
    const [bs, os, ts] = [b.slice(...r.base).join(''), o.slice(...r.ours).join(''), t.slice(...r.theirs).join('')];
    if (r.stable || os === ts || bs === ts) out += os;
    else if (bs === os) out += ts;
    else return null;
  }
  return out;
}

/** A blank line or a `---` rule: what separates blocks (and may come with a new one). */
const isSeparator = (line: string): boolean => line.trim() === '' || isRule(line.replace(/[\r\n]+$/, ''));

const sameIds = (a: readonly Piece[], b: readonly Piece[]): boolean => a.length === b.length && a.every((p, i) => p.id === b[i]?.id);

class Merger {
  readonly parts: Part[] = [];
  conflicts = 0;
  private readonly fates = new Map<string, Fate>();
  /** Keys whose conflict block has been written (each is written once). */
  private readonly shown = new Set<string>();

  constructor(
    private readonly base: Cut,
    private readonly ours: Cut,
    private readonly theirs: Cut,
    private readonly eol: string,
    private readonly labels: MergeLabels
  ) {}

  fate(key: string): Fate {
    let f = this.fates.get(key);
    if (!f) {
      f = fateOf(this.base.blocks.get(key), this.ours.blocks.get(key), this.theirs.blocks.get(key));
      this.fates.set(key, f);
    }
    return f;
  }

  conflict(ours: string, theirs: string, key: string | null, side: Side): void {
    this.parts.push({ text: conflictBlock(ours, theirs, this.eol, this.labels), key, side, conflict: true });
    this.conflicts++;
  }

  /** A piece as merged: a plain line as it is, a block as its fate says. */
  piece(p: Piece, side: Side): void {
    if (p.key === null) {
      this.parts.push({ text: p.text, key: null, side, conflict: false });
      return;
    }
    const f = this.fate(p.key);
    if (f.kind === 'text') this.parts.push({ text: f.text, key: p.key, side, conflict: false });
    else if (f.kind === 'conflict' && !this.shown.has(p.key)) {
      this.shown.add(p.key);
      this.conflict(f.ours, f.theirs, p.key, side);
    }
  }

  /**
   * Blocks of `dropped` (the base's pieces a side replaced) that this side deleted while the other side changed
   * them: a delete/modify conflict, shown where the block was.
   */
  deleted(dropped: readonly Piece[], by: Cut): void {
    for (const p of dropped) {
      if (p.key === null || by.blocks.has(p.key)) continue;
      this.piece(p, 'both');
    }
  }

  region(r: Region): void {
    const b = this.base.pieces.slice(r.base[0], r.base[1]);
    const o = this.ours.pieces.slice(r.ours[0], r.ours[1]);
    const t = this.theirs.pieces.slice(r.theirs[0], r.theirs[1]);
    if (r.stable) {
      for (const p of b) this.piece(p, 'both');
      return;
    }
    if (sameIds(o, t)) {
      for (const p of o) this.piece(p, 'both');
      return;
    }
    if (sameIds(b, o) || sameIds(b, t)) {
      const [side, taken, by] = sameIds(b, o) ? (['theirs', t, this.theirs] as const) : (['ours', o, this.ours] as const);
      this.deleted(b, by);
      for (const p of taken) this.piece(p, side);
      return;
    }
    if (this.byKeys(b, o, t)) return;
    // Changed differently on both sides: both as written.
    const text = (ps: readonly Piece[]): string => ps.map((p) => withEol(p.text, this.eol)).join('');
    for (const p of [...o, ...t]) if (p.key !== null) this.shown.add(p.key);
    this.conflict(text(o), text(t), null, 'both');
  }

  /**
   * A hunk both sides changed, merged by block keys when its blocks say it all: blocks the two sides added at
   * the same place (two new agent sections) are both kept, ours first; a block stays where both sides kept it
   * and goes where either side took it away (moved to another group, deleted). Other lines take part only as
   * blank lines and rules around new blocks where nothing was before. False when that does not apply.
   */
  private byKeys(b: readonly Piece[], o: readonly Piece[], t: readonly Piece[]): boolean {
    const keyed = (ps: readonly Piece[]): boolean => ps.every((p) => p.key !== null);
    const separated = (ps: readonly Piece[]): boolean => ps.some((p) => p.key !== null) && ps.every((p) => p.key !== null || isSeparator(p.text));
    if (!(b.length === 0 ? separated(o) && separated(t) : keyed(b) && keyed(o) && keyed(t))) return false;
    const inBase = new Set(b.map((p) => p.id));
    const has = (ps: readonly Piece[]): Set<string> => new Set(ps.map((p) => p.id));
    const [inO, inT] = [has(o), has(t)];
    const anchors = b.filter((p) => inO.has(p.id) && inT.has(p.id));
    const isAnchor = new Set(anchors.map((p) => p.id));
    const added = (ps: readonly Piece[]): Piece[][] => {
      const segments: Piece[][] = [[]];
      for (const p of ps) {
        if (isAnchor.has(p.id)) segments.push([]);
        else if (!inBase.has(p.id)) (segments[segments.length - 1] as Piece[]).push(p);
      }
      return segments;
    };
    const order = (ps: readonly Piece[]): string => ps.flatMap((p) => (isAnchor.has(p.id) ? [p.id] : [])).join('\0');
    const [ao, at] = [added(o), added(t)];
    const addedKeys = (segs: Piece[][]): string[] => segs.flat().flatMap((p) => (p.key === null ? [] : [p.key]));
    const theirsAdded = new Set(addedKeys(at));
    if (order(o) !== order(anchors) || order(t) !== order(anchors) || addedKeys(ao).some((k) => theirsAdded.has(k))) return false;
    this.deleted(b, this.ours);
    this.deleted(b, this.theirs);
    anchors.forEach((anchor, i) => {
      for (const p of ao[i] as Piece[]) this.piece(p, 'ours');
      for (const p of at[i] as Piece[]) this.piece(p, 'theirs');
      this.piece(anchor, 'both');
    });
    for (const p of ao[anchors.length] as Piece[]) this.piece(p, 'ours');
    for (const p of at[anchors.length] as Piece[]) this.piece(p, 'theirs');
    return true;
  }

  /** Conflicting blocks that no region showed (a side moved a block the other deleted): shown at the end. */
  leftovers(): void {
    const keys = new Set([...this.base.blocks.keys(), ...this.ours.blocks.keys(), ...this.theirs.blocks.keys()]);
    const placed = new Set(this.parts.flatMap((p) => (p.key === null ? [] : [p.key])));
    for (const k of keys) {
      const f = this.fate(k);
      if (f.kind === 'conflict' && !this.shown.has(k) && !placed.has(k)) {
        this.shown.add(k);
        this.conflict(f.ours, f.theirs, k, 'both');
      }
    }
  }

  /** A block placed twice (each side moved it to another place): each place becomes a conflict. */
  placedTwice(): void {
    const count = new Map<string, number>();
    for (const p of this.parts) if (p.key !== null && !p.conflict) count.set(p.key, (count.get(p.key) ?? 0) + 1);
    for (let i = 0; i < this.parts.length; i++) {
      const p = this.parts[i] as Part;
      if (p.key === null || p.conflict || (count.get(p.key) ?? 0) < 2) continue;
      const side: Cut = p.side === 'theirs' ? this.theirs : this.ours;
      const text = side.blocks.get(p.key) ?? p.text;
      const block = p.side === 'theirs' ? conflictBlock('', text, this.eol, this.labels) : conflictBlock(text, '', this.eol, this.labels);
      this.parts[i] = { text: block, key: p.key, side: p.side, conflict: true };
      this.conflicts++;
    }
  }

  text(): string {
    const n = this.parts.length;
    let out = '';
    for (let i = 0; i < n; i++) {
      const t = (this.parts[i] as Part).text;
      out += i < n - 1 ? withEol(t, this.eol) : t;
    }
    return out;
  }
}

/**
 * Merges three versions of the claims file (the common ancestor, ours, theirs). Clean when every change is on one
 * side only or the same on both; otherwise the result holds git-style conflict blocks, counted in `conflicts`.
 * Everything not changed is kept byte for byte, line endings (CRLF) and a byte order mark included.
 */
export function mergeClaims(base: string, ours: string, theirs: string, labels: MergeLabels = {}): MergeResult {
  if (ours === theirs || base === theirs) return { text: ours, conflicts: 0 };
  if (base === ours) return { text: theirs, conflicts: 0 };
  const cuts = [cutClaims(base), cutClaims(ours), cutClaims(theirs)] as const;
  const id = interner();
  const idsOf = (c: Cut): number[] => c.pieces.map((p) => id(p.id));
  const eol = firstEol([ours, theirs, base]);
  const m = new Merger(cuts[0], cuts[1], cuts[2], eol, labels);
  for (const r of diff3(idsOf(cuts[0]), idsOf(cuts[1]), idsOf(cuts[2]))) m.region(r);
  m.leftovers();
  m.placedTwice();
  // A byte order mark added or dropped on one side only follows that side.
  const keepBom = cuts[0].bom === cuts[1].bom ? cuts[2].bom : cuts[1].bom;
  return { text: (keepBom ? '\uFEFF' : '') + m.text(), conflicts: m.conflicts };
}
