// What claim and emergency say about other agents' claims: one line per conflict, the refusal (first line self-
// contained), and commands printed for pasting — every argument quoted for a POSIX shell, never run by one.
import { quote } from '../engine/quote.js';
import { checkinWords, claimWindow, clockTime } from '../report/terminal/text.js';
import type { Conflict } from './conflicts.js';
import { CliError, EXIT } from './errors.js';
import { shellQuote } from './shell.js';

/** How printed commands name things so that they can be pasted as they are. */
export interface Hint {
  /** The agent as a command option: ["--agent", NAME] when it came from --agent or AI_SYNC_AGENT, else []. */
  agent: string[];
  /** The global options of this run (--claims-file …) that a pasted command needs too. */
  globals: string[];
  /** A repository path as an argument from the current directory (paths are taken relative to it). */
  path(p: string): string;
}

export interface Words {
  tz: string;
  now: number;
  hint: Hint;
}

/** An argument for a POSIX shell: plain when it holds nothing the shell reads, else single-quoted. */
export function shellArg(s: string): string {
  return /^[A-Za-z0-9_./:@%+=,^-]+$/.test(s) ? s : shellQuote(s);
}

/** `ai-sync <args>` ready to paste. */
export function command(args: readonly string[]): string {
  return ['ai-sync', ...args.map(shellArg)].join(' ');
}

/** " on origin/codex/tracking, not merged yet" for a claim in flight on another branch; "" for the claims file's. */
const on = (c: Conflict): string => (c.branch !== null ? ` on ${c.branch}, not merged yet` : '');

/** The holder's latest sign of life: its check-in as written, or later activity the action saw. */
function lastAlive(c: Conflict, w: Words): string {
  const seen = c.lastSeenAt ? Date.parse(c.lastSeenAt) : NaN;
  const checkin = c.checkin ? c.checkin.end : c.lastCheckin ? Date.parse(c.lastCheckin) : NaN;
  if (Number.isFinite(seen) && (!Number.isFinite(checkin) || seen > checkin)) return `last activity ${checkinWords(c.lastSeenAt, w.tz, w.now)}`;
  return `last check-in ${checkinWords(c.checkin ?? c.lastCheckin, w.tz, w.now)}`;
}

export const windowOf = (c: Conflict, w: Words): string => claimWindow(c.state, c.activeUntil, c.staleAt, w.tz, w.now);

export function conflictLine(c: Conflict, w: Words): string {
  const parts = [
    `${c.item}: held by ${c.holder}${on(c)}${c.via !== c.item ? ` (via ${c.via})` : ''}`,
    ...(c.workingOn ? [`working on ${quote(c.workingOn)}`] : []),
    ...(c.startedAt ? [`started ${c.started && c.started.end - c.started.start >= 3_600_000 ? c.started.text : clockTime(c.startedAt, w.tz, w.now)}`] : []),
    lastAlive(c, w),
    windowOf(c, w)
  ];
  return parts.join('; ');
}

/** What is refused, as the emergency command's options: the module and the paths (from the current directory). */
function emergencyArgs(conflicts: readonly Conflict[], hint: Hint): string[] {
  const args: string[] = [];
  const module = conflicts.find((c) => c.item.startsWith('module '))?.item.slice('module '.length);
  if (module) args.push('--module', module);
  const files = [...new Set(conflicts.filter((c) => !c.item.startsWith('module ')).map((c) => c.item))];
  if (files.length > 0) args.push('--files', ...files.map((f) => hint.path(f)));
  return args;
}

export function refusal(conflicts: Conflict[], w: Words): CliError {
  const holders = [...new Set(conflicts.map((c) => c.holder))];
  const first = conflicts[0] as Conflict;
  const more = conflicts.length > 1 ? ` (+${conflicts.length - 1} more below)` : '';
  // The first line says it all: what, who, until when in the action's words.
  const head = `refused: ${first.item} is claimed by ${first.holder}${on(first)}: ${windowOf(first, w)}${more}`;
  const details = conflicts.map((c) => conflictLine(c, w));
  const stale = conflicts.map((c) => (c.staleAt ? Date.parse(c.staleAt) : NaN)).filter(Number.isFinite);
  const wait = stale.length > 0 ? `wait until the claim is stale (after ${clockTime(Math.max(...stale), w.tz, w.now)})` : 'wait until the claim is stale';
  const emergency = command(['emergency', ...w.hint.agent, ...emergencyArgs(conflicts, w.hint), '--reason', 'describe the emergency', ...w.hint.globals]);
  details.push(
    'a push that changes a claimed file is an error while the claim is active, a warning while in caution, a notice once stale',
    `next: ask ${holders.join(' / ')} to release it, ${wait}, or in an emergency run:`,
    `  ${emergency}`
  );
  return new CliError(head, EXIT.refused, details, { refused: true, holders, conflicts, emergency });
}
