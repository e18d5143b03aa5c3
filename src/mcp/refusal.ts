// What an agent reads when a claim is refused, beyond the CLI's message: for each holder, where the claim is
// written, its check-in age and when it goes stale; then the exact next steps as tool calls it can make.
import type { Conflict } from '../cli/conflicts.js';
import { quote } from '../engine/quote.js';
import { relative } from '../report/terminal/text.js';

export interface Refusal {
  refused: true;
  holders: string[];
  conflicts: Conflict[];
}

export function isRefusal(data: unknown): data is Refusal {
  const d = data as Partial<Refusal> | null;
  return typeof d === 'object' && d !== null && d.refused === true && Array.isArray(d.conflicts) && Array.isArray(d.holders);
}

export interface RefusalContext {
  claimsFile: string;
  now: number;
  /** The claim tool's arguments, for the next call to make. */
  args: Record<string, unknown>;
}

const when = (t: string, now: number): string => `${t} (${relative(t, now)})`;

/** The later of the holder's Last Checkin and the last push the action saw from them: what keeps the claim alive. */
function checkedIn(c: Conflict): string | null {
  if (c.lastSeenAt && (!c.lastCheckin || Date.parse(c.lastSeenAt) > Date.parse(c.lastCheckin))) return c.lastSeenAt;
  return c.lastCheckin;
}

/** Where the holder's claim is written: the claims file (and line) here, or on the branch it is in flight on. */
export function whereWritten(c: Conflict, claimsFile: string, pushed: boolean): string {
  const line = c.line !== null ? ` line ${c.line}` : '';
  if (c.branch !== null) return `${claimsFile}${line} on branch ${c.branch} (in flight, not merged yet)`;
  return `${claimsFile}${line}${pushed ? ' as on the upstream branch' : ''}`;
}

/** When every blocking claim has gone stale (the latest stale time), or null when one of them cannot tell. */
export function freeAt(conflicts: readonly Conflict[]): string | null {
  let latest: string | null = null;
  for (const c of conflicts) {
    if (c.staleAt === null) return null;
    if (latest === null || Date.parse(c.staleAt) > Date.parse(latest)) latest = c.staleAt;
  }
  return latest;
}

export function refusalLines(r: Refusal, ctx: RefusalContext): string[] {
  const pushed = ctx.args['push'] === true;
  const lines = ['', 'Nothing was written. Who holds it:'];
  const byHolder = new Map<string, Conflict[]>();
  for (const c of r.conflicts) {
    const key = `${c.holder}\u0000${c.branch ?? ''}`;
    byHolder.set(key, [...(byHolder.get(key) ?? []), c]);
  }
  // The action's words for a claim's times: active until (an error to touch), caution until, stale after.
  const window = (c: Conflict, now: number): string => {
    if (c.staleAt === null) return 'stale time unknown (its check-in cannot be read)';
    const active = c.state === 'active' && c.activeUntil !== null ? `active until ${when(c.activeUntil, now)}, ` : c.state === 'caution' ? 'in caution, ' : '';
    return `${active}stale after ${when(c.staleAt, now)}`;
  };
  for (const cs of byHolder.values()) {
    const c = cs[0] as Conflict;
    const seen = checkedIn(c);
    lines.push(
      `- ${quote(c.holder)} (${c.state}) holds ${cs.map((x) => (x.via === x.item ? x.item : `${x.item} (via ${x.via})`)).join(', ')}`,
      `  claim written in ${whereWritten(c, ctx.claimsFile, pushed)}`,
      `  last check-in ${seen ? when(seen, ctx.now) : 'unreadable'}; ${window(c, ctx.now)}`
    );
  }
  const holders = r.holders.map((h) => quote(h)).join(' / ');
  const free = freeAt(r.conflicts);
  const retry = JSON.stringify(ctx.args);
  const { replace: _replace, ...kept } = ctx.args;
  const forced = JSON.stringify({ ...kept, force: true, reason: '<why it cannot wait>', push: true });
  lines.push(
    '',
    'Next step (pick one; do not edit those files meanwhile):',
    `1. Ask ${holders} to release it (their release tool call), then call claim again with ${retry}.`,
    free
      ? `2. Or wait until ${when(free, ctx.now)}, when the claim goes stale unless ${r.holders.length > 1 ? 'they check' : 'it checks'} in, then call claim again with ${retry}.`
      : `2. Or ask ${holders}: the stale time cannot be told, so waiting gives no answer.`,
    '3. Or claim other files or another module.',
    `4. Emergency only (it cannot wait for ${holders}): call claim with ${forced}. That records an Emergency Override in ${ctx.claimsFile} (their claim stays); start each commit message of the fix with "EMERGENCY:".`
  );
  return lines;
}
