// The sticky PR comment: one comment per PR, found again by its first-line marker and edited in place: verdict,
// findings, the open pull requests in flight, the agents involved, what to do next.

import { githubLoginProblem } from '../engine/config/base.js';
import { agentKey } from '../engine/names.js';
import type { Evaluation } from '../engine/model.js';
import { nextSteps } from './advice.js';
import type { ReportContext } from './context.js';
import { SEVERITY_ICON, VERDICT_ICON, VERDICT_TITLE, findingsCount, formatTime, nameOr, plural, shortSha, sizeOf, sortFindings, findingsBlock, fitRows, textOr } from './format.js';
import { COMMENT_IN_FLIGHT, inFlightBlock } from './in-flight.js';
import { code, details, row, tableHeader, text } from './markdown.js';
import type { Mention } from './notice.js';
import { notifiedStateLine } from './notified.js';
import { boardRow, BOARD_HEADERS, contextLine, noteLines, omittedLines } from './summary.js';

export const COMMENT_MARKER = '<!-- ai-sync:report -->';

/** GitHub's limit for an issue/PR comment body, in characters. */
export const COMMENT_MAX_CHARS = 65_536;

const COMMENT_FINDING_HEADERS = ['Severity', 'Kind', 'File', 'Changed by', 'Claimed by', 'Message'];
const MAX_BOARD_ROWS = 15;

// UTF-16 length is never below the code point count GitHub enforces, so it is a safe measure.
const measure = (s: string): number => s.length;

function footer(ctx: ReportContext): string {
  return `_ai-sync checked ${ctx.sha ? shortSha(ctx.sha) : nameOr(ctx.ref, 'this change', 120)} at ${formatTime(ctx.now)}; this comment is updated in place._`;
}

/** What the comment carries besides the report: the claim holders to mention, what was notified (hidden). */
export interface CommentExtras {
  /** GitHub accounts from the config (`agents.<name>.github`); a login that breaks GitHub's rules is dropped. */
  mentions?: readonly Mention[];
  /** Hashes of the notices already sent for this pull request (report/notified.ts), kept on the last line. */
  notified?: readonly string[];
}

/** `**Claim holders:** @login (`Agent`)…`: the one place a live mention is written, from validated logins only. */
function mentionLines(mentions: readonly Mention[] | undefined): string[] {
  const valid = (mentions ?? []).filter((m) => githubLoginProblem(m.login) === null).slice(0, 10);
  if (valid.length === 0) return [];
  return [`**Claim holders:** ${valid.map((m) => `@${m.login} (${code(m.agent, 80)})`).join(', ')}`, ''];
}

/** The hidden state line, when there is one: always the body's last line (report/notified.ts reads only that). */
function stateLines(notified: readonly string[] | undefined): string[] {
  const line = notifiedStateLine(notified ?? []);
  return line === '' ? [] : [line];
}

/** The PR comment: marker first, verdict, findings (truncated to fit GitHub's limit), involved agents, next steps. */
export function renderComment(ev: Evaluation, ctx: ReportContext, extras: CommentExtras = {}): string {
  const findings = sortFindings(ev.findings);
  const head = [
    COMMENT_MARKER,
    `### ${VERDICT_ICON[ev.verdict] ?? ''} ai-sync: ${text(ev.verdict, 10)} — ${VERDICT_TITLE[ev.verdict] ?? ''}`,
    '',
    contextLine(ctx),
    '',
    ...mentionLines(extras.mentions),
    ...noteLines(ctx.notes, 5, 300)
  ];
  const findingsHead = [`#### Findings (${findingsCount(ev)})`, ''];
  const findingsTable = findings.length > 0 ? tableHeader(COMMENT_FINDING_HEADERS) : ['No findings.'];
  const inFlight = inFlightBlock(ev.inFlight, COMMENT_IN_FLIGHT);
  const next = ['#### What to do next', '', ...nextSteps(ev, ctx, { maxItems: 10, maxFiles: 3 })];
  const tail = ['', footer(ctx), ...stateLines(extras.notified)];

  // Involved agents: anyone named by a finding, plus the acting agent.
  const involved = new Set<string>();
  for (const f of findings) {
    if (f.agent) involved.add(agentKey(f.agent));
    if (f.claimedBy) involved.add(agentKey(f.claimedBy));
  }
  if (ctx.agent) involved.add(agentKey(ctx.agent));
  const board = ev.board.filter((b) => involved.has(agentKey(b.name)));
  const boardRows = board.slice(0, MAX_BOARD_ROWS).map((b) => boardRow(b, 3));
  const boardExtra = board.length - boardRows.length;

  const findingRows = findings.map((f) =>
    row([
      `${SEVERITY_ICON[f.severity] ?? ''} ${text(f.severity, 20)}`,
      code(f.kind, 40),
      nameOr(f.file, '—', 120),
      nameOr(f.agent, '*unknown*', 80),
      nameOr(f.claimedBy, '—', 80),
      textOr(f.message, 300)
    ])
  );
  const moreFindings = (n: number) =>
    `> ${n} more ${n === 1 ? 'finding' : 'findings'}: see the job summary or the ${code('findings-json')} output.`;
  const left = omittedLines(ev);
  const moreAgents = (n: number) => `${n} more ${n === 1 ? 'agent' : 'agents'}: see the claims board in the job summary.`;

  const boardBlock = (rows: string[], hidden: number): string[] =>
    board.length === 0
      ? []
      : [
          '',
          details(
            `Agents involved (${board.length})`,
            [...tableHeader(BOARD_HEADERS), ...rows, ...(hidden > 0 ? ['', moreAgents(hidden)] : [])].join('\n')
          )
        ];

  const fixed = sizeOf([...head, ...findingsHead, ...findingsTable, ...left, '', ...inFlight, ...next, ...tail], measure);
  const reserve = measure(moreFindings(findings.length)) + measure(moreAgents(board.length)) + 16;
  const avail = Math.max(0, COMMENT_MAX_CHARS - 1 - fixed - reserve - sizeOf(boardBlock([], 0), measure));
  const shown = fitRows(findingRows, boardRows, avail, 3, measure);

  const lines = [
    ...head,
    ...findingsBlock(findingsHead, findingsTable, shown, moreFindings),
    ...left,
    ...boardBlock(shown.board, boardExtra + shown.hiddenBoard),
    '',
    ...inFlight,
    ...next,
    ...tail
  ];
  return lines.join('\n') + '\n';
}

/** The comment once the PR has no findings left (replaces an earlier report); it keeps what was notified. */
export function renderResolvedComment(ctx: ReportContext & { previousFindings?: number; notified?: readonly string[] }): string {
  const at = ctx.sha ? shortSha(ctx.sha) : nameOr(ctx.ref, 'this change', 120);
  const earlier =
    ctx.previousFindings !== undefined && Number.isFinite(ctx.previousFindings) && ctx.previousFindings > 0
      ? ` The ${plural(Math.trunc(ctx.previousFindings), 'finding')} reported earlier ${ctx.previousFindings === 1 ? 'is' : 'are'} resolved.`
      : '';
  return [
    COMMENT_MARKER,
    `### ✅ ai-sync: resolved`,
    '',
    `No conflicts with other agents’ claims as of ${at} (${formatTime(ctx.now)}).${earlier}`,
    ...stateLines(ctx.notified),
    ''
  ].join('\n');
}

function normalizeLogin(login: string): string {
  return login.trim().toLowerCase().replace(/\[bot\]$/, '');
}

/**
 * True only for a comment this tool wrote: the body STARTS with the marker (a user quoting it later, or in a `>`
 * quote, does not count) and its author is the viewer (case-insensitive, a trailing `[bot]` ignored on both sides).
 */
export function isOwnComment(
  comment: { body?: string | null; user?: { login: string } | null },
  viewerLogin: string
): boolean {
  const body = comment.body;
  if (typeof body !== 'string' || !body.startsWith(COMMENT_MARKER)) return false;
  const login = comment.user?.login;
  if (typeof login !== 'string' || typeof viewerLogin !== 'string') return false;
  const a = normalizeLogin(login);
  const b = normalizeLogin(viewerLogin);
  return a !== '' && a === b;
}
