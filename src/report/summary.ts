// The job summary (GITHUB_STEP_SUMMARY): verdict, context, every finding listed (and how many were not), the open
// pull requests in flight, the claims board, what to do next.

import type { BoardEntry, Evaluation, Finding } from '../engine/model.js';
import { nextSteps } from './advice.js';
import type { ReportContext } from './context.js';
import { inFlightBlock, SUMMARY_IN_FLIGHT } from './in-flight.js';
import {
  STATE_ICON,
  SEVERITY_ICON,
  VERDICT_ICON,
  VERDICT_TITLE,
  fileList,
  findingsCount,
  formatTime,
  nameOr,
  shortSha,
  sizeOf,
  sortFindings,
  findingsBlock,
  fitRows,
  omittedText,
  omittedWhy,
  textOr
} from './format.js';
import { code, row, tableHeader, text, utf8Length } from './markdown.js';

export type { ReportContext } from './context.js';

/** GitHub rejects a step summary over 1 MiB; keep a margin for anything else the step appends. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export interface SummaryOptions {
  /** Byte budget for the whole summary (UTF-8). Default `SUMMARY_MAX_BYTES`. */
  maxBytes?: number;
}

export const FINDING_HEADERS = ['Severity', 'Kind', 'File', 'Changed by', 'Claimed by', 'Module', 'Commit', 'Message'];
export const BOARD_HEADERS = [
  'Agent',
  'State',
  'Working on',
  'Module',
  'Files',
  'Last check-in',
  'Last seen',
  'Goes stale at'
];

export function findingRow(f: Finding): string {
  return row([
    `${SEVERITY_ICON[f.severity] ?? ''} ${text(f.severity, 20)}`,
    code(f.kind, 40),
    nameOr(f.file),
    nameOr(f.agent, '*unknown*'),
    nameOr(f.claimedBy),
    nameOr(f.module),
    shortSha(f.commit),
    textOr(f.message)
  ]);
}

export function boardRow(b: BoardEntry, maxFiles = 10): string {
  return row([
    code(b.name),
    `${STATE_ICON[b.state] ?? ''} ${text(b.state, 20)}`,
    textOr(b.workingOn, 200),
    nameOr(b.module),
    fileList(b.files, maxFiles),
    formatTime(b.lastCheckin),
    formatTime(b.lastSeenAt),
    formatTime(b.staleAt)
  ]);
}

export function contextLine(ctx: ReportContext): string {
  const parts = [
    `**Event:** ${code(ctx.eventName, 60)}`,
    `**Ref:** ${nameOr(ctx.ref, '—', 120)}`,
    ...(ctx.sha ? [`**Commit:** ${shortSha(ctx.sha)}`] : []),
    `**Agent:** ${nameOr(ctx.agent, '*unknown*', 80)}`,
    `**Changed files:** ${Number.isFinite(ctx.changedFiles) ? Math.max(0, Math.trunc(ctx.changedFiles)) : '?'}`,
    `**Claims file:** ${code(ctx.claimsFile, 120)}`,
    `**As of:** ${formatTime(ctx.now)}`
  ];
  return parts.join(' · ');
}

/** The note under the findings of a capped run: how many were left out, of which kinds, and why (none if none). */
export function omittedLines(ev: Pick<Evaluation, 'findings' | 'omitted'>): string[] {
  if (!ev.omitted) return [];
  return ['', `> ⚠️ ${omittedText(ev.omitted, (k) => code(k, 40))}: ${omittedWhy(ev.findings.length)}.`];
}

export function noteLines(notes: readonly string[] | undefined, maxNotes = 20, maxChars = 1000): string[] {
  if (!notes || notes.length === 0) return [];
  const lines = notes.slice(0, maxNotes).map((n) => `- ${text(n, maxChars)}`);
  if (notes.length > maxNotes) lines.push(`- …and ${notes.length - maxNotes} more notes.`);
  return ['**Notes**', '', ...lines, ''];
}

/**
 * The job summary markdown. Lists every finding the run lists unless that would pass `maxBytes`; then says how many
 * are left out — and, for a capped run, how many findings the run did not list at all.
 */
export function renderSummary(ev: Evaluation, ctx: ReportContext, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const measure = utf8Length;
  const findings = sortFindings(ev.findings);

  const head = [
    `## ${VERDICT_ICON[ev.verdict] ?? ''} ai-sync: ${text(ev.verdict, 10)} — ${VERDICT_TITLE[ev.verdict] ?? ''}`,
    '',
    contextLine(ctx),
    '',
    ...noteLines(ctx.notes)
  ];
  const findingsHead = [`### Findings (${findingsCount(ev)})`, ''];
  const boardHead = [`### Claims board (${code(ctx.claimsFile, 120)})`, ''];
  const inFlight = inFlightBlock(ev.inFlight, SUMMARY_IN_FLIGHT);
  const next = ['### What to do next', '', ...nextSteps(ev, ctx)];

  const findingRows = findings.map(findingRow);
  const boardRows = ev.board.map((b) => boardRow(b));
  const findingsTable = findings.length > 0 ? tableHeader(FINDING_HEADERS) : ['No findings.'];
  const boardTable = ev.board.length > 0 ? tableHeader(BOARD_HEADERS) : ['No agent sections found.'];

  const moreFindings = (n: number) =>
    `> ⚠️ ${n} more ${n === 1 ? 'finding is' : 'findings are'} not shown here (GitHub’s 1 MiB job summary limit): ` +
    `${ev.omitted ? 'every finding listed' : 'every finding'} is in the ${code('findings-json')} output.`;
  const moreAgents = (n: number) => `> ⚠️ ${n} more ${n === 1 ? 'agent is' : 'agents are'} not shown here.`;
  const noteReserve = 2 * (measure(moreFindings(findings.length)) + measure(moreAgents(ev.board.length)) + 4);
  const left = omittedLines(ev);

  const fixed = sizeOf([...head, ...findingsHead, ...findingsTable, ...left, '', ...inFlight, ...boardHead, ...boardTable, '', ...next], measure);
  const avail = Math.max(0, maxBytes - fixed - noteReserve);
  const shown = fitRows(findingRows, boardRows, avail, 4, measure);
  const lines = [
    ...head,
    ...findingsBlock(findingsHead, findingsTable, shown, moreFindings),
    ...left,
    '',
    ...inFlight,
    ...boardHead,
    ...boardTable,
    ...shown.board,
    ...(shown.hiddenBoard > 0 ? ['', moreAgents(shown.hiddenBoard)] : []),
    '',
    ...next
  ];
  return lines.join('\n') + '\n';
}
