// The terminal form of the catch-up that opens `ai-sync status` for a known agent: what landed since its check-in
// (commits by others, marking the files it claims), newer handoff notes, claims taken or released, new overrides.
// Compact (rows capped; the JSON has them all), and every name, subject, path and note is untrusted text: each is
// shown as one visible line (engine plain(): no control characters, no escape sequences, capped).
import { isEmpty, type CatchUp, type CatchUpCommitRow } from '../../engine/catchup/index.js';
import { plain } from '../../engine/text.js';
import { displayTime, painter, relative, shortTime } from './text.js';

const COMMIT_ROWS = 8;
const FILES_PER_ROW = 5;
const NOTES = 3;
const CLAIM_ROWS = 8;

const p = (s: string, max = 120): string => plain(s, max);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const list = (xs: readonly string[], max = 6): string => (xs.length <= max ? xs.map((x) => p(x, 80)).join(', ') : `${xs.slice(0, max).map((x) => p(x, 80)).join(', ')} +${xs.length - max} more`);

/** Commits to show: those touching the agent's files first (all of them, up to the cap), then the newest others. */
function pick(rows: readonly CatchUpCommitRow[]): CatchUpCommitRow[] {
  const chosen = new Set([...rows.filter((r) => r.yours.length > 0), ...rows].slice(0, COMMIT_ROWS));
  return rows.filter((r) => chosen.has(r));
}

/** The catch-up block, or nothing when nothing changed; `fetched` says whether the branch was just fetched. */
export function renderCatchUp(c: CatchUp | null, now: number, tz: string, colour: boolean, fetched: boolean): string[] {
  if (c === null || isEmpty(c)) return [];
  const paint = painter(colour);
  const out: string[] = [];
  const where = c.ref ? ` on ${p(c.ref)}${fetched ? '' : ' (as of the last fetch)'}` : '';
  if (c.since === null) out.push(paint('bold', `Catching up ${p(c.agent, 80)}${where}`));
  else {
    const what = c.basis === 'last-seen' ? 'your last push seen by the action' : 'your check-in';
    out.push(paint('bold', `Since ${what} at ${displayTime(c.since, tz)} (${relative(c.since, now)})${where}:`));
  }
  if (c.note) out.push(`  ${paint('dim', p(c.note, 300))}`);

  const work = c.commits.filter((r) => !r.bookkeeping);
  const yours = work.filter((r) => r.yours.length > 0).length;
  const books = c.commits.length - work.length;
  if (work.length > 0) {
    const touching = yours > 0 ? paint('yellow', `, ${yours} touching files you claim`) : '';
    out.push(`  ${plural(work.length, 'commit')} by others${touching}${c.truncated ? ' (and older ones not read)' : ''}:`);
    const shown = pick(work);
    for (const r of shown) {
      const mark = r.yours.length > 0 ? paint('yellow', '!') : ' ';
      out.push(`  ${mark} ${shortTime(r.at, tz)}  ${p(r.by, 40)}  ${r.sha.slice(0, 7)}  ${p(r.subject, 72)}${r.merge ? ' (merge)' : ''}`);
      const mine = new Set(r.yours);
      const files = [...r.yours, ...r.files.filter((f) => !mine.has(f))];
      if (files.length > 0) {
        const named = files.slice(0, FILES_PER_ROW).map((f) => (mine.has(f) ? paint('yellow', `${p(f, 100)} (yours)`) : p(f, 100)));
        out.push(`      ${named.join(', ')}${files.length > FILES_PER_ROW ? ` +${files.length - FILES_PER_ROW} more` : ''}`);
      }
    }
    if (work.length > shown.length) out.push(`    … ${work.length - shown.length} more (ai-sync status --json)`);
  }
  if (books > 0) out.push(`  ${plural(books, 'commit')} by others only updated the claims, status or handoff file${c.claims.length + c.handoff.length > 0 ? ' (below)' : ''}`);

  if (c.handoff.length > 0 || c.handoffChanged) {
    out.push(`  Handoff notes${c.since === null ? ' (newest)' : ' newer than that'}:`);
    for (const n of c.handoff.slice(0, NOTES)) {
      const first = n.lines.find((l) => l.trim() !== '' && !/^\*\*(module|task|files):\*\*/i.test(l.trim())) ?? '';
      out.push(`    ${p(n.heading, 100)}${first ? `: ${p(first.trim(), 100)}` : ''}`);
    }
    if (c.handoff.length > NOTES) out.push(`    … ${c.handoff.length - NOTES} more`);
    if (c.handoffChanged) out.push('    the handoff file changed without a new dated entry: read it');
  }

  if (c.claims.length > 0 || c.modules.length > 0) {
    out.push('  Claims:');
    for (const ch of c.claims.slice(0, CLAIM_ROWS)) {
      const parts: string[] = [];
      const took = [...ch.modulesTaken, ...ch.taken];
      const gave = [...ch.modulesReleased, ...ch.released];
      if (took.length > 0) parts.push(`took ${list(took)}`);
      if (gave.length > 0) parts.push(`released ${list(gave)}`);
      const task = took.length > 0 && ch.workingOn && !/^none$/i.test(ch.workingOn) ? ` (${p(ch.workingOn, 60)})` : '';
      out.push(`    ${p(ch.agent, 40)} ${parts.join('; ')}${task}`);
    }
    if (c.claims.length > CLAIM_ROWS) out.push(`    … ${c.claims.length - CLAIM_ROWS} more`);
    for (const m of c.modules.slice(0, CLAIM_ROWS)) out.push(`    module ${p(m.module, 60)}: ${m.before ?? 'not listed'} → ${m.after ?? 'not listed'}`);
  }
  for (const o of c.overrides) {
    const over = o.yours ? paint('yellow', 'over your claim') : `over ${p(o.originalOwner ?? '?', 40)}`;
    out.push(`  Emergency override by ${p(o.by ?? 'someone', 40)} ${over}${o.module ? ` (${p(o.module, 60)})` : ''}${o.reason ? `: ${p(o.reason, 100)}` : ''} (line ${o.line})`);
  }
  out.push('');
  return out;
}
