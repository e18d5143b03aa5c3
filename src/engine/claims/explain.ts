// How each line of a claims file was read, for `ai-sync status --explain`: an agent who wonders why its claim is
// not on the board sees the line, what the reader made of it, and — when it was skipped — why. Built from the
// reader's own result (the same ClaimsDocument every check uses) plus the markdown pass that says which lines are
// comments or fences, so the explanation cannot disagree with what the check judged.
import type { ClaimsDocument } from '../model.js';
import { Diagnostics, parseHeading, prepare } from './markdown.js';

export type LineReadingKind =
  | 'claim' // the first line of a claim (an agent section, claim section, table row or list line)
  | 'field' // a field or other line inside a claim
  | 'file' // a path claimed
  | 'module' // a module list line
  | 'override' // part of an emergency override
  | 'hidden' // inside a comment or code fence: never data
  | 'problem' // the reader could not account for it (reported as a finding or diagnostic)
  | 'skipped'; // text that holds no claim (prose, a heading that is not an agent)

export interface LineReading {
  line: number;
  kind: LineReadingKind;
  /** The line as written, shortened to 120 characters. */
  text: string;
  /** What the reader made of it, or why it was skipped. */
  note: string;
}

const SHOW = 120;
const short = (s: string): string => (s.length > SHOW ? `${s.slice(0, SHOW - 1)}…` : s);

/** One reading per non-blank line, in file order. `doc` must be `parseClaims(text)`'s result. */
export function explainClaims(text: string, doc: ClaimsDocument): LineReading[] {
  const { raw, data, hiddenBy } = prepare(text, new Diagnostics());
  const notes = new Map<number, { kind: LineReadingKind; note: string }>();
  // Later entries win: the most specific reading of a line is set last.
  const set = (line: number, kind: LineReadingKind, note: string): void => {
    if (line > 0) notes.set(line, { kind, note });
  };

  // Lines of a claim with no reading of their own (prose inside a section); a hidden line stays hidden.
  const partOf = new Map<number, string>();
  for (const a of doc.agents) {
    const source = a.source ?? 'section';
    for (let l = a.line + 1; l <= a.endLine; l++) partOf.set(l, `part of ${a.name}'s claim`);
    for (const f of Object.values(a.fields)) set(f.line, 'field', `field of ${a.name}'s claim`);
    const state = a.uncertain ? `uncertain: ${a.uncertain}` : a.idle ? 'claims nothing (idle)' : `check-in ${a.lastCheckin?.text ?? 'none'}`;
    set(a.line, 'claim', `${SOURCE_WORDS[source]} of ${a.name}${a.aliases?.length ? ` (also known as ${a.aliases.join(', ')})` : ''}; ${state}; ${a.files.length} path(s)`);
    for (const f of a.files) {
      const prev = notes.get(f.line);
      const claimed = `claims ${f.pattern} for ${a.name}${f.shared ? ' (shared)' : ''}`;
      set(f.line, prev?.kind === 'claim' ? 'claim' : 'file', prev?.kind === 'claim' ? `${prev.note}; ${claimed}` : claimed);
    }
  }
  for (const m of doc.modules) set(m.line, 'module', `module ${m.module}: ${m.state}`);
  for (const c of doc.moduleClaims) set(c.line, 'module', `module ${c.module} claimed by ${c.agent}`);
  for (const o of doc.overrides) {
    for (let l = o.line; l <= o.endLine; l++) set(l, 'override', `emergency override${o.by ? ` by ${o.by}` : ''}${o.module ? ` for ${o.module}` : ''}`);
  }
  for (const d of doc.diagnostics) {
    if (d.line > 0) set(d.line, 'problem', `${d.severity}: ${d.message}`);
  }
  for (const u of doc.unreadable ?? []) {
    if (u.line > 0) set(u.line, 'problem', `not read: ${u.found} — expected ${u.expected}`);
  }

  const out: LineReading[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (line.trim() === '') continue;
    const n = i + 1;
    const known = notes.get(n);
    if (known) {
      out.push({ line: n, kind: known.kind, text: short(line), note: known.note });
      continue;
    }
    const hidden = data[i] === '' || data[i]!.trim() === '';
    const part = partOf.get(n);
    if (part !== undefined && !hidden) {
      out.push({ line: n, kind: 'field', text: short(line), note: part });
      continue;
    }
    if (hidden) {
      const by = hiddenBy[i] ?? 0;
      out.push({ line: n, kind: 'hidden', text: short(line), note: by > 0 ? `after the unclosed comment or fence at line ${by}` : 'inside a comment or code fence: never a claim' });
      continue;
    }
    const h = parseHeading(data[i]!);
    const why = !h
      ? 'text outside any claim'
      : h.level === 1
        ? 'title: not a claim'
        : /\bstatus\W*$/i.test(h.text)
          ? 'heading that names no agent (a group or project heading): not a claim'
          : 'heading with no claim under it: an agent section needs a state, check-in or files field, or "Status" in the heading';
    const by = hiddenBy[i] ?? 0;
    out.push({ line: n, kind: 'skipped', text: short(line), note: by > 0 ? `${why} (after the unclosed comment or fence at line ${by})` : why });
  }
  return out;
}

const SOURCE_WORDS: Record<string, string> = {
  section: 'agent section',
  'claim-section': 'claim section (owner from a field)',
  table: 'claims table row',
  list: 'one-line claim',
  ownership: 'ownership table row'
};
