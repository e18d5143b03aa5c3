// The notice a run sends to the notification webhook (notify-webhook): which findings notify (notify-on), the JSON
// body with its human `text` for Slack and Mattermost, and the GitHub accounts the PR comment may mention. Pure:
// the action's notify/ sends it. Every name, path and ref in `text` is untrusted and made inert here.
import { FINDING_KINDS, type AgentConfig, type BoardEntry, type Finding, type FindingKind, type OmittedFindings, type Severity, type Verdict } from '../engine/model.js';
import { agentKey } from '../engine/names.js';
import { plain } from '../engine/text.js';
import { SEVERITY_ICON, sortFindings } from './format.js';

// ---------------------------------------------------------------------------------------------------------------
// notify-on

export const NOTIFY_SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** Severities and finding kinds that notify; empty: none. */
export type NotifyOn = readonly (Severity | FindingKind)[];

/**
 * The default: errors (a claim actively trampled, tampering…) and emergency overrides, which are only warnings but
 * are exactly what the seed asks to tell the holder about. An EMERGENCY commit without an override entry is an error.
 */
export const NOTIFY_ON_DEFAULT: NotifyOn = ['error', 'emergency-override'];

/** Every word notify-on accepts, for the input's error message. */
export const NOTIFY_ON_WORDS: readonly string[] = [...NOTIFY_SEVERITIES, ...FINDING_KINDS, 'none'];

/**
 * notify-on as written (comma- or newline-separated, any case): the selection, or the first unknown word. An empty
 * value is the default; `none` (alone) selects nothing.
 */
export function parseNotifyOn(raw: string): { on: NotifyOn } | { unknown: string } | { noneWithOthers: true } {
  const words = raw
    .split(/[,\n]/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return { on: NOTIFY_ON_DEFAULT };
  const unknown = words.find((w) => !NOTIFY_ON_WORDS.includes(w));
  if (unknown !== undefined) return { unknown };
  if (words.includes('none')) return words.every((w) => w === 'none') ? { on: [] } : { noneWithOthers: true };
  return { on: [...new Set(words)] as (Severity | FindingKind)[] };
}

export const selects = (on: NotifyOn, f: Pick<Finding, 'severity' | 'kind'>): boolean => on.includes(f.severity) || on.includes(f.kind);

/**
 * How many of the findings a capped run did not list notify-on selects. They cannot be notified (nothing names them)
 * nor recorded as notified: the notice and the summary say how many there are instead.
 */
export function omittedSelected(on: NotifyOn, omitted: OmittedFindings | undefined): number {
  let n = 0;
  for (const c of omitted?.byKind ?? []) if (selects(on, c)) n += c.count;
  return n;
}

/** The sentence for them: "3 more findings notify-on selects are not listed by this run, so not notified". */
export function omittedNoticeText(n: number): string {
  return `${n} more ${n === 1 ? 'finding' : 'findings'} notify-on selects ${n === 1 ? 'is' : 'are'} not listed by this run (it lists only its most important findings), so not notified: see the run`;
}

// ---------------------------------------------------------------------------------------------------------------
// Mentions in the PR comment

export interface Mention {
  agent: string;
  login: string;
}

/**
 * The holders of the claims the selected findings hit, as `@login` mentions: only agents the config maps to a
 * GitHub account (`agents.<name>.github`, checked against GitHub's login rules when the config was read). Nothing
 * from the claims file or a commit can become a mention.
 */
export function holderMentions(findings: readonly Finding[], agents: Record<string, AgentConfig>, on: NotifyOn): Mention[] {
  const logins = new Map<string, Mention>();
  const byKey = new Map(Object.entries(agents).map(([name, a]) => [agentKey(name), { name, login: a.github }]));
  for (const f of findings) {
    if (f.claimedBy === null || !selects(on, f)) continue;
    const mapped = byKey.get(agentKey(f.claimedBy));
    if (mapped?.login && /^[A-Za-z0-9-]{1,39}$/.test(mapped.login) && !logins.has(mapped.login.toLowerCase())) {
      logins.set(mapped.login.toLowerCase(), { agent: mapped.name, login: mapped.login });
    }
  }
  return [...logins.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// The body

/** At most this many findings per notice; more are left for the next run and said so. */
export const NOTICE_MAX_FINDINGS = 50;
/** At most this many findings are listed in `text` (chat posts are read, not scrolled). */
export const NOTICE_TEXT_FINDINGS = 10;

/** What a notice is about: the run's repository, ref, commit, pull request, run and verdict. */
interface NoticeHead {
  repository: string;
  ref: string | null;
  commit: string | null;
  pullRequest: number | null;
  runUrl: string | null;
  verdict: Verdict;
}

export interface NoticeInput extends NoticeHead {
  /** The new findings to send (already selected and not notified before). */
  findings: readonly Finding[];
  claimsFile: string;
  /** The claims board, for the line each holder's claim is written on. */
  board: readonly BoardEntry[];
  /** Findings notify-on selects that the run did not list (omittedSelected): said in `text` and `omitted`. */
  omitted?: number;
}

export interface NoticeFinding {
  kind: FindingKind;
  severity: Severity;
  file: string | null;
  agent: string | null;
  claimedBy: string | null;
  module: string | null;
  /** Where to look: the commit, the claim in the claims file (and its line), the pull request or branch it is on. */
  where: { commit: string | null; claimsFile: string | null; line: number | null; pullRequest: number | null; branch: string | null };
}

export interface NoticeBody extends NoticeHead {
  text: string;
  findings: NoticeFinding[];
  /** Findings notify-on selects that the run judged but did not list (a capped run); absent when none. */
  omitted?: number;
}

/**
 * Untrusted text for a chat message (Slack mrkdwn, Mattermost markdown): one line, `& < >` as the entities Slack
 * requires (so no `<!channel>`, `<@U…>` or `<url|link>` can form), `@` as the full-width `＠` (no `@channel`, `@here`
 * or `@user` in Mattermost), in a code span (no emphasis, link, image or emoji) whose backticks become `ˋ`.
 */
export function chatCode(s: string | null | undefined, max = 120): string {
  if (s === null || s === undefined || s === '') return '(none)';
  const v = plain(s, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '\uFF20')
    .replace(/`/g, '\u02CB');
  return `\`${v}\``;
}

/** The 1-based line of the holder's claim in the claims file, from the board (the in-flight one when it is one). */
function claimLine(f: Finding, board: readonly BoardEntry[]): number | null {
  if (f.line !== undefined) return f.line;
  if (f.claimedBy === null) return null;
  const key = agentKey(f.claimedBy);
  const entry = board.find((b) => agentKey(b.name) === key && (b.branch ?? null) === (f.branch ?? null)) ?? board.find((b) => agentKey(b.name) === key);
  return entry?.line ?? null;
}

function noticeFinding(f: Finding, input: NoticeInput): NoticeFinding {
  const line = claimLine(f, input.board);
  return {
    kind: f.kind,
    severity: f.severity,
    file: f.file,
    agent: f.agent,
    claimedBy: f.claimedBy,
    module: f.module,
    where: {
      commit: f.commit,
      claimsFile: f.claimedBy !== null || f.line !== undefined ? input.claimsFile : null,
      line,
      pullRequest: f.pullRequest ?? null,
      branch: f.branch ?? null
    }
  };
}

const short = (sha: string | null): string | null => (sha === null ? null : /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : sha);

function findingLine(n: NoticeFinding): string {
  const what = `• ${SEVERITY_ICON[n.severity] ?? ''} ${n.severity} ${chatCode(n.kind, 40)}:`;
  const parts = [`${n.file !== null ? `${chatCode(n.file, 160)} ` : ''}changed by ${n.agent === null ? 'an unidentified author' : chatCode(n.agent, 60)}`];
  if (n.claimedBy !== null) {
    const claim = n.where.claimsFile !== null ? ` (${chatCode(n.where.claimsFile, 80)}${n.where.line !== null ? ` line ${n.where.line}` : ''})` : '';
    parts.push(`claimed by ${chatCode(n.claimedBy, 60)}${claim}`);
  }
  if (n.where.pullRequest !== null) parts.push(`on pull request #${n.where.pullRequest}`);
  else if (n.where.branch !== null) parts.push(`on branch ${chatCode(n.where.branch, 80)}`);
  if (n.where.commit !== null) parts.push(`commit ${chatCode(short(n.where.commit), 20)}`);
  return `${what} ${parts.join(', ')}`;
}

/** The webhook's JSON body: at most NOTICE_MAX_FINDINGS findings (the caller sends the rest next time). */
export function buildNotice(input: NoticeInput): NoticeBody {
  const findings = sortFindings(input.findings).slice(0, NOTICE_MAX_FINDINGS).map((f) => noticeFinding(f, input));
  const n = findings.length;
  const where = input.pullRequest !== null ? `pull request #${input.pullRequest}` : chatCode(input.ref, 100);
  const commit = input.commit !== null ? ` at ${chatCode(short(input.commit), 20)}` : '';
  const head = `ai-sync: ${n} new ${n === 1 ? 'finding' : 'findings'} on ${where} of ${chatCode(input.repository, 100)}${commit} — verdict ${input.verdict}`;
  const listed = findings.slice(0, NOTICE_TEXT_FINDINGS).map(findingLine);
  const more = n > listed.length ? [`…and ${n - listed.length} more in \`findings\` and the run.`] : [];
  const omitted = input.omitted !== undefined && input.omitted > 0 ? input.omitted : 0;
  if (omitted > 0) more.push(`…and ${omittedNoticeText(omitted)}.`);
  // The run URL comes from the runner's environment (validated by the caller); `& < >` are escaped all the same.
  const run = input.runUrl !== null ? [`Run: ${input.runUrl.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`] : [];
  return {
    text: [head, ...listed, ...more, ...run].join('\n'),
    repository: input.repository,
    ref: input.ref,
    commit: input.commit,
    pullRequest: input.pullRequest,
    runUrl: input.runUrl,
    verdict: input.verdict,
    findings,
    ...(omitted > 0 ? { omitted } : {})
  };
}

/**
 * The run's page, with its attempt: `<server>/<owner>/<repo>/actions/runs/<id>/attempts/<n>`, or null when the
 * runner's variables do not make a plain http(s) URL with a numeric run id.
 */
export function runUrl(serverUrl: string | undefined, repository: string, runId: string | undefined, attempt: string | undefined): string | null {
  if (!serverUrl || !runId || !/^\d{1,20}$/.test(runId) || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return null;
  let base: URL;
  try {
    base = new URL(serverUrl);
  } catch {
    return null;
  }
  if ((base.protocol !== 'https:' && base.protocol !== 'http:') || base.username || base.password || base.search || base.hash) return null;
  const origin = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
  const tail = attempt && /^\d{1,6}$/.test(attempt) ? `/attempts/${attempt}` : '';
  return `${origin}/${repository}/actions/runs/${runId}${tail}`;
}
