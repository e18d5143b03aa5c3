// Catch up: what changed on the default branch since an agent's last check-in — other agents' commits (who, when,
// which files, and which of them the agent claims), handoff notes newer than the check-in, claims taken or released
// by others — from what the front end read (commits, the claims and handoff files before and after, the agent's
// own claims, the time). Pure: `now` is an input; nothing is read here.
import { resolveIdentity } from '../identity/index.js';
import { holdersOf, holdingsOf } from '../judge/holders.js';
import { agentKey, sameAgent } from '../names.js';
import { compilePatterns } from '../paths/index.js';
import { formatIso } from '../time/index.js';
import type { ClaimsDocument, Config, Identity, IdentityRule, Person, ReportedFiles } from '../model.js';
import { claimChanges, moduleChanges, newOverrides, type ClaimChange, type ModuleChange, type NewOverride } from './claims.js';
import { latestHandoffNotes, newHandoffNotes, type HandoffEntryRead } from './handoff.js';

export { readHandoff, newHandoffNotes, latestHandoffNotes, type HandoffEntryRead } from './handoff.js';
export type { ClaimChange, ModuleChange, NewOverride } from './claims.js';

/** At most this many commits are read since a check-in (a long history stays bounded; `truncated` says so). */
export const CATCH_UP_LIMIT = 200;
/** Without a readable check-in: the newest commits and handoff notes shown instead. */
export const RECENT_COMMITS = 10;
export const RECENT_NOTES = 3;
/** Lines of a handoff entry kept in the report. */
const NOTE_LINES = 12;

/** One commit of the default branch as git lists it (newest first: the branch's tip comes first). */
export interface CatchUpCommit {
  sha: string;
  parents: string[];
  /** Committer time (epoch ms): when it was made on the branch (a rebased commit: when it was rebased). */
  time: number;
  author: Person;
  committer: Person;
  message: string;
  /** Paths it changes against its first parent; none for a merge (the commits it brings are listed themselves). */
  files: string[];
}

export interface CatchUpInput {
  /** The agent catching up, and every name it goes by (config aliases): its own commits and notes are no news. */
  agent: string;
  names: readonly string[];
  /** Its last check-in (epoch ms) and where that came from; null when there is none to read (`why` says why). */
  since: { at: number; from: 'checkin' | 'last-seen' } | null;
  why?: string | null;
  /** The default branch as read ("origin/main"); null when none was found (`why` says why). */
  ref: string | null;
  /** git's listing: newest first; more than `limit` entries means the cap was hit. */
  commits: readonly CatchUpCommit[];
  limit: number;
  /** The claims file at the last commit before the check-in and now; null when not read (nothing landed since). */
  claims: { before: ClaimsDocument; after: ClaimsDocument } | null;
  /** The handoff file at the same two points (null: absent there); null when not read. */
  handoff: { before: string | null; after: string | null } | null;
  /** The agent's claims as its board shows them: commits touching these files are marked. */
  mine: ClaimsDocument;
  config: Config;
  /** Agent names from the claims files (identity resolution). */
  known: readonly string[];
  files: ReportedFiles;
  timezone: string;
  now: number;
}

export interface CatchUpCommitRow {
  sha: string;
  at: string;
  /** The agent it is attributed to as the action attributes commits; null when none matched. */
  agent: string | null;
  rule: IdentityRule;
  /** Who to name: the agent, else the author's name. */
  by: string;
  subject: string;
  files: string[];
  /** The files among them the agent claims. */
  yours: string[];
  merge: boolean;
  /** It changes only the claims, status or handoff file (its news is under claims and handoff). */
  bookkeeping: boolean;
}

export interface HandoffNote {
  line: number;
  at: string | null;
  agent: string | null;
  heading: string;
  lines: string[];
  /** Lines of the entry not kept in `lines`. */
  more: number;
}

export interface CatchUp {
  agent: string;
  /** The check-in compared against (ISO); null without one. */
  since: string | null;
  basis: 'checkin' | 'last-seen' | 'none';
  ref: string | null;
  /** What the reader should know about how this was read (no check-in, partial history); null when nothing. */
  note: string | null;
  commits: CatchUpCommitRow[];
  /** More commits landed since the check-in than were read (the newest `limit` are listed). */
  truncated: boolean;
  handoff: HandoffNote[];
  /** The handoff file changed since the check-in without a new dated entry (read it). */
  handoffChanged: boolean;
  claims: ClaimChange[];
  modules: ModuleChange[];
  overrides: (NewOverride & { yours: boolean })[];
}

/**
 * The commit the claims and handoff files are compared against: the first parent of the oldest commit on the
 * tip's first-parent chain among those listed (the branch as it stood before the first of them landed); null when
 * that chain reaches a root commit, undefined when nothing is listed (nothing landed: nothing to compare).
 */
export function baseOf(commits: readonly CatchUpCommit[]): string | null | undefined {
  const first = commits[0];
  if (!first) return undefined;
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  let c = first;
  const seen = new Set<string>();
  for (;;) {
    seen.add(c.sha);
    const parent = c.parents[0];
    if (parent === undefined) return null;
    const next = bySha.get(parent);
    if (!next || seen.has(parent)) return parent;
    c = next;
  }
}

/** The agent each commit is attributed to, as the action attributes commits (no branch: it is the default one). */
function attribute(c: CatchUpCommit, config: Config, known: readonly string[]): Identity {
  return resolveIdentity({ sha: c.sha, message: c.message, author: c.author, committer: c.committer }, { config, agents: known, branch: null });
}

/** Whether a commit is the agent's own (attributed to it, or unattributed and authored under its name). */
function isOwn(c: CatchUpCommit, id: Identity, names: readonly string[]): boolean {
  const self = (name: string): boolean => names.some((n) => sameAgent(n, name));
  return id.agent !== null ? self(id.agent) : self(c.author.name);
}

/** Whether any of `commits` is someone else's: when none is, nothing changed for the agent (no file to read). */
export function othersLanded(commits: readonly CatchUpCommit[], names: readonly string[], config: Config, known: readonly string[]): boolean {
  return commits.some((c) => !isOwn(c, attribute(c, config, known), names));
}

const iso = (ms: number): string => formatIso(ms);
const subjectOf = (message: string): string => message.split(/\r?\n/, 1)[0]?.trim() ?? '';

/** Whether the report has anything to say (a report with nothing is not shown; its JSON lists are empty). */
export function isEmpty(c: CatchUp): boolean {
  return c.note === null && c.commits.length === 0 && c.handoff.length === 0 && !c.handoffChanged && c.claims.length === 0 && c.modules.length === 0 && c.overrides.length === 0;
}

function note(e: HandoffEntryRead): HandoffNote {
  return { line: e.line, at: e.time ? iso(e.time.start) : null, agent: e.agent, heading: e.heading, lines: e.body.slice(0, NOTE_LINES), more: Math.max(0, e.body.length - NOTE_LINES) };
}

export function catchUp(input: CatchUpInput): CatchUp {
  const self = (name: string | null): boolean => name !== null && input.names.some((n) => sameAgent(n, name));
  const skip = new Set(input.names.map(agentKey));
  const since = input.since;

  // The agent's claimed patterns (files and its modules' configured paths), as the judge reads holdings.
  const patterns = holdingsOf(holdersOf(input.mine), input.config).filter((h) => skip.has(agentKey(h.agent)));
  const index = compilePatterns(patterns.map((h) => ({ pattern: h.pattern, owner: true as const })));
  const own = new Set([input.files.claims, input.files.status, input.files.handoff]);

  const truncated = since !== null && input.commits.length > input.limit;
  const listed = input.commits.slice(0, input.limit).filter((c) => since === null || c.time >= since.at);
  const commits: CatchUpCommitRow[] = [];
  for (const c of listed) {
    const id = attribute(c, input.config, input.known);
    if (isOwn(c, id, input.names)) continue;
    commits.push({
      sha: c.sha,
      at: iso(c.time),
      agent: id.agent,
      rule: id.rule,
      by: id.agent ?? (c.author.name || c.author.email || 'unknown'),
      subject: subjectOf(c.message),
      files: c.files,
      yours: c.files.filter((f) => !own.has(f) && index.match(f).length > 0),
      merge: c.parents.length > 1,
      bookkeeping: c.files.length > 0 && c.files.every((f) => own.has(f))
    });
  }

  let handoff: HandoffNote[] = [];
  let handoffChanged = false;
  if (input.handoff?.after != null) {
    if (since === null) handoff = latestHandoffNotes(input.handoff.after, input.timezone, input.names, RECENT_NOTES).map(note);
    else {
      const fresh = newHandoffNotes({ since: since.at, before: input.handoff.before, after: input.handoff.after, timezone: input.timezone, self: input.names });
      handoff = fresh.entries.map(note);
      handoffChanged = fresh.changedWithoutEntry;
    }
  }

  const claims = input.claims && since !== null ? input.claims : null;
  const mineNames = input.names;
  const overrides = claims
    ? newOverrides(claims.before, claims.after)
        .filter((o) => !self(o.by))
        .map((o) => ({ ...o, yours: o.originalOwner !== null && mineNames.some((n) => sameAgent(n, o.originalOwner as string)) }))
    : [];

  const notes: string[] = [];
  if (input.why) notes.push(input.why);
  if (since === null && input.ref !== null) notes.push(`showing the newest commits on ${input.ref} (the last ${input.limit}) and handoff notes instead`);
  if (truncated) {
    notes.push(`more than ${input.limit} commits landed since then: the newest ${input.limit} were read, and claims are compared over them only`);
  }
  return {
    agent: input.agent,
    since: since ? iso(since.at) : null,
    basis: since?.from ?? 'none',
    ref: input.ref,
    note: notes.length > 0 ? notes.join('; ') : null,
    commits,
    truncated,
    handoff,
    handoffChanged,
    claims: claims ? claimChanges(claims.before, claims.after, skip) : [],
    modules: claims ? moduleChanges(claims.before, claims.after) : [],
    overrides
  };
}
