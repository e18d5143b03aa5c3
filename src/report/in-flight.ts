// The "In flight" section of the job summary and the PR comment: the other open pull requests that change the same
// files as this change or hold claims not merged yet (evaluation.inFlight, from engine/inflight/radar.ts), and how
// many were read. Titles, branches and agent names are untrusted: every cell is escaped, every row capped.
import type { InFlightReport, InFlightRow } from '../engine/model.js';
import { fileList, nameOr, plural, textOr } from './format.js';
import { code, row, tableHeader, text } from './markdown.js';

export const IN_FLIGHT_HEADERS = ['PR', 'Title', 'Draft', 'Agent', 'Branch', 'Shared files', 'Claims'];

export interface InFlightLimits {
  /** Markdown heading prefix: `###` in the summary, `####` in the comment. */
  heading: string;
  /** Rows shown; the rest are counted. */
  maxRows: number;
  /** Shared files and claimants listed per row. */
  maxFiles: number;
  /** Cap of a title (characters), of a name or path (characters). */
  maxTitle: number;
  maxName: number;
  /** Where the rows left out can be seen. */
  more: string;
}

export const SUMMARY_IN_FLIGHT: InFlightLimits = { heading: '###', maxRows: 50, maxFiles: 10, maxTitle: 120, maxName: 120, more: 'not shown' };
export const COMMENT_IN_FLIGHT: InFlightLimits = { heading: '####', maxRows: 10, maxFiles: 3, maxTitle: 60, maxName: 80, more: 'see the job summary' };

export function inFlightRow(r: InFlightRow, l: InFlightLimits): string {
  return row([
    r.pullRequest !== null ? code(`#${r.pullRequest}`) : '—',
    textOr(r.title, l.maxTitle),
    r.draft ? 'draft' : '—',
    nameOr(r.agent, '*unknown*', l.maxName),
    code(r.branch, l.maxName),
    fileList(r.sharedFiles, l.maxFiles, l.maxName),
    fileList(r.claims, l.maxFiles, l.maxName)
  ]);
}

/** The section (heading, note, table or a line saying there is nothing), or nothing when the radar did not run. */
export function inFlightBlock(report: InFlightReport | undefined, l: InFlightLimits): string[] {
  if (!report) return [];
  const shown = report.rows.slice(0, l.maxRows).map((r) => inFlightRow(r, l));
  const hidden = report.rows.length - shown.length;
  return [
    `${l.heading} In flight (${report.rows.length === 0 ? 'none' : plural(report.rows.length, 'open pull request')})`,
    '',
    ...(report.note ? [`> ${text(report.note, 300)}`, ''] : []),
    ...(shown.length > 0 ? [...tableHeader(IN_FLIGHT_HEADERS), ...shown] : ['No other open pull request changes these files or holds a claim not merged yet.']),
    ...(hidden > 0 ? ['', `> ${plural(hidden, 'more open pull request')}: ${l.more}.`] : []),
    ''
  ];
}
