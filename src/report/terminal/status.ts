// The terminal form of `ai-sync status`: what changed since the agent's check-in (catchup.ts), the claims board with each claim's line, the claims in flight on other
// branches and the radar, what could not be read, the modules, overrides, the last push, warnings and (with
// --explain) how each line of the claims file was read.
import type { CatchUp } from '../../engine/catchup/index.js';
import type { LineReading } from '../../engine/claims/explain.js';
import type { BoardEntry, Diagnostic, InFlightRow, Unreadable } from '../../engine/model.js';
import type { StatusFile } from '../../engine/status/schema.js';
import { omittedText, omittedWhy } from '../omitted.js';
import { renderCatchUp } from './catchup.js';
import { claimWindow, displayTime, duration, painter, relative, shortTime, table, type Colour } from './text.js';

export interface ModuleRow {
  module: string;
  state: 'available' | 'complete' | 'claimed' | 'other' | 'configured';
  agent: string | null;
  line: number | null;
}

export interface StatusJson {
  version: 1;
  now: string;
  timezone: string;
  claimsFile: string;
  claimsFileExists: boolean;
  /** Every claim: those of the claims file, then those in flight on other branches (with their `branch`). */
  agents: StatusAgent[];
  modules: ModuleRow[];
  overrides: { line: number; by: string | null; module: string | null; originalOwner: string | null; reason: string | null; date: string | null }[];
  lastStatus: StatusFile | null;
  /** What changed on the default branch since the agent's check-in (status for a known agent); null without one. */
  catchUp: CatchUp | null;
  /** `remote`: the remote read ("origin"), null when the repository has none (its local branches are read). */
  git: { branch: string | null; remote: string | null; upstream: string | null; ahead: number | null; behind: number | null; fetched: boolean };
  /** The other branches (the default branch `base` excluded): their in-flight claims and the files they change
   *  that this branch changes too (the radar); `note` when not all were read. */
  inFlight: { base: string | null; rows: InFlightRow[]; note: string | null };
  diagnostics: Diagnostic[];
  /** What could hold a claim but was not read (each is a claims-unreadable warning on GitHub). */
  unreadable: Unreadable[];
  warnings: string[];
  /** With --explain: how each non-blank line of the claims file was read, and why skipped lines were skipped. */
  explain?: LineReading[];
}

/** A claim: the claims file's own, or one in flight on another branch (`branch`, and `pullRequest` when known). */
export type StatusAgent = BoardEntry & {
  ageHours: number | null;
  activeUntil?: string | null;
  /** The check-in is a date without a time of day (lastCheckin is that day's start): shown as the date alone. */
  checkinDateOnly?: boolean;
};

const STATE_COLOUR: Record<BoardEntry['state'], Colour> = { active: 'red', caution: 'yellow', stale: 'dim', idle: 'green', uncertain: 'magenta' };

/** The status document as lines of text; `colour` says whether the stream takes colour. */
export function renderStatus(s: StatusJson, now: number, colour: boolean): string[] {
  const paint = painter(colour);
  const tz = s.timezone;
  // Without a remote, the local default branch is the whole truth: there is no fetch to be "as of".
  const out: string[] = renderCatchUp(s.catchUp, now, tz, colour, s.git.fetched || s.git.remote === null);

  // Pull first?
  const gi = s.git;
  if (gi.remote === null) {
    out.push(`Branch ${gi.branch ?? '(detached HEAD)'}: no remote (a local repository; its branches are read)`);
  } else if (gi.upstream === null) {
    out.push(`Branch ${gi.branch ?? '(detached HEAD)'}: no upstream`);
  } else if (gi.behind !== null && gi.ahead !== null) {
    const parts: string[] = [];
    if (gi.behind > 0) parts.push(paint('yellow', `${gi.behind} behind — pull first: git pull --rebase`));
    if (gi.ahead > 0) parts.push(`${gi.ahead} ahead (not pushed)`);
    out.push(`Branch ${gi.branch} ↔ ${gi.upstream}: ${parts.length > 0 ? parts.join(', ') : 'up to date'}${gi.fetched ? ' (just fetched)' : ' (as of the last fetch; --fetch to refresh)'}`);
  }
  out.push('');

  const landed = s.agents.filter((a) => a.branch === undefined);
  const flying = s.agents.filter((a) => a.branch !== undefined);
  out.push(paint('bold', `Claims (${s.claimsFile}) at ${displayTime(now, tz)}`));
  if (!s.claimsFileExists) out.push(`  ${s.claimsFile} does not exist yet: ai-sync claim creates it`);
  else if (landed.length === 0) out.push('  no agent sections');
  else out.push(...claimsBlock(landed, now, tz, paint));
  out.push('');

  if (flying.length > 0) {
    out.push(paint('bold', `In flight (claimed on branches not merged into ${s.inFlight.base ?? 'the default branch'} yet)`));
    out.push(...claimsBlock(flying, now, tz, paint));
    out.push('');
  }
  const overlaps = s.inFlight.rows.filter((r) => r.sharedFiles.length > 0);
  if (overlaps.length > 0 || s.inFlight.note) {
    out.push(paint('bold', `Radar (files ${s.git.branch ?? 'HEAD'} changes that other branches change too)`));
    for (const r of overlaps) out.push(`  also changed on ${r.branch}${r.agent ? ` (${r.agent})` : ''}: ${r.sharedFiles.join(', ')}`);
    if (s.inFlight.note) out.push(`  ${s.inFlight.note}`);
    out.push('');
  }

  if (s.modules.length > 0) {
    out.push(paint('bold', 'Modules'));
    const by = (st: ModuleRow['state']): ModuleRow[] => s.modules.filter((m) => m.state === st);
    const rows: string[][] = [];
    const avail = by('available');
    if (avail.length > 0) rows.push(['available', avail.map((m) => m.module).join(', ')]);
    const claimed = by('claimed');
    if (claimed.length > 0) rows.push(['claimed', claimed.map((m) => (m.agent ? `${m.module} (${m.agent})` : m.module)).join(', ')]);
    const complete = by('complete');
    if (complete.length > 0) rows.push(['complete', complete.map((m) => m.module).join(', ')]);
    const other = [...by('other'), ...by('configured')];
    if (other.length > 0) rows.push(['other', other.map((m) => m.module).join(', ')]);
    out.push(...table(rows, (_r, c, cell) => (c === 0 ? paint('dim', cell) : cell)).map((l) => `  ${l}`));
    out.push('');
  }

  if (s.overrides.length > 0) {
    out.push(paint('bold', 'Emergency overrides'));
    for (const o of s.overrides) {
      out.push(`  line ${o.line}: ${o.by ?? 'someone'} over ${o.originalOwner ?? '?'}${o.module ? ` (${o.module})` : ''}${o.date ? ` at ${displayTime(o.date, tz)}` : ''}${o.reason ? ` — ${o.reason}` : ''}`);
    }
    out.push('');
  }

  const st = s.lastStatus;
  out.push(paint('bold', 'Last push'));
  if (!st) out.push('  no status file yet (the GitHub action writes it after each push)');
  else {
    const verdict = st.result === 'fail' ? paint('red', 'fail') : st.result === 'warn' ? paint('yellow', 'warn') : paint('green', 'pass');
    out.push(`  ${st.lastCommit.slice(0, 12)} "${st.lastCommitMessage}" by ${st.lastAuthor}${st.lastAgent ? ` (agent ${st.lastAgent})` : ''}`);
    // A capped run listed only its first findings: the total counts every one, the rest are said by kind.
    const total = st.findings.length + (st.findingsOmitted?.count ?? 0);
    out.push(`  checked ${displayTime(st.lastUpdate, tz)} (${relative(st.lastUpdate, now)}) on ${st.ref}: ${verdict}, ${total} finding${total === 1 ? '' : 's'}`);
    for (const f of st.findings.slice(0, 10)) out.push(`    ${f.severity.padEnd(7)} ${f.kind}: ${f.message}`);
    if (st.findings.length > 10) out.push(`    … ${st.findings.length - 10} more (ai-sync status --json)`);
    if (st.findingsOmitted) out.push(`    … ${omittedText(st.findingsOmitted)}: ${omittedWhy(st.findings.length)}`);
  }

  // A line already under "Not read" is not repeated as a warning.
  const shown = new Set(s.unreadable.map((u) => u.line));
  const problems = s.diagnostics.filter((d) => (d.severity === 'error' || d.line > 0) && !shown.has(d.line));
  if (s.unreadable.length > 0) {
    out.push('');
    out.push(paint('bold', 'Not read (could hold a claim)'));
    for (const u of s.unreadable) out.push(`  ${s.claimsFile}:${u.line}: ${u.found} — expected ${u.expected}`);
  }
  if (problems.length > 0 || s.warnings.length > 0) {
    out.push('');
    out.push(paint('bold', 'Warnings'));
    for (const d of problems.slice(0, 10)) out.push(`  ${s.claimsFile}:${d.line}: ${d.message}`);
    if (problems.length > 10) out.push(`  … ${problems.length - 10} more`);
    for (const w of s.warnings) out.push(`  ${w}`);
  }
  if (s.explain) {
    out.push('');
    out.push(paint('bold', `How each line of ${s.claimsFile} was read`));
    if (s.explain.length === 0) out.push('  (nothing to read)');
    for (const r of s.explain) {
      out.push(`  ${String(r.line).padStart(4)} ${paint(r.kind === 'problem' ? 'yellow' : r.kind === 'skipped' || r.kind === 'hidden' ? 'dim' : 'bold', r.kind.padEnd(8))} ${r.text}`);
      out.push(`       ${''.padEnd(8)} → ${r.note}`);
    }
  }
  return out;
}

/** The claims table (with a BRANCH column for in-flight claims), each claim's files, doubts and blocking time. */
function claimsBlock(agents: readonly StatusAgent[], now: number, tz: string, paint: ReturnType<typeof painter>): string[] {
  const out: string[] = [];
  const where = agents.some((a) => a.branch !== undefined);
  const rows = [['AGENT', ...(where ? ['BRANCH'] : []), 'LINE', 'STATE', 'CHECK-IN', 'AGE', 'STALE AT', 'MODULE', 'WORKING ON']];
  for (const a of agents) {
    const live = a.lastSeenAt && (!a.lastCheckin || Date.parse(a.lastSeenAt) > Date.parse(a.lastCheckin)) ? a.lastSeenAt : a.lastCheckin;
    rows.push([
      a.name,
      ...(where ? [a.pullRequest !== undefined ? `#${a.pullRequest} ${a.branch ?? ''}` : (a.branch ?? '-')] : []),
      a.line === undefined ? '-' : String(a.line),
      a.state,
      // A day, not its midnight: the date alone, and an age that is at most the time since the day began.
      a.checkinDateOnly ? shortTime(live, tz).slice(0, 10) : shortTime(live, tz),
      a.ageHours === null ? '-' : `${a.checkinDateOnly ? '≤ ' : ''}${duration(a.ageHours * 3_600_000)}`,
      a.state === 'idle' ? '-' : shortTime(a.staleAt, tz),
      a.module ?? '-',
      a.workingOn ?? '-'
    ]);
  }
  const stateColumn = where ? 3 : 2;
  const lines = table(rows, (r, c, cell) => (r === 0 ? paint('dim', cell) : c === stateColumn ? paint(STATE_COLOUR[agents[r - 1]?.state ?? 'idle'], cell) : cell));
  out.push(...lines.map((l) => `  ${l}`));
  const on = (a: StatusAgent): string => (a.branch !== undefined ? ` on ${a.branch}` : '');
  for (const a of agents) {
    if (a.files.length > 0) out.push(`  ${a.name}${on(a)} files: ${a.files.join(', ')}`);
    if (a.uncertain) out.push(`  ${a.name}'s claim${on(a)} is uncertain: ${a.uncertain}`);
  }
  for (const a of agents.filter((x) => x.state === 'active' || x.state === 'caution')) {
    if (a.staleAt) out.push(`  ${a.name}'s claim${on(a)}: ${claimWindow(a.state, a.activeUntil ?? null, a.staleAt, tz, now)} unless checked in again`);
  }
  return out;
}
