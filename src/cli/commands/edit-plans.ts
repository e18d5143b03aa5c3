// What claim, checkin and release do to the claims file (and the handoff notes): each a plan that edits the texts
// through the pure claims editor, checks the result reads back as intended, and says what it did.
import { addHandoffEntry, addOverride, detectStampStyle, EditError, findSection, formatStamp, hasField, setAgentFields, setCheckin, setModuleLine, type AgentFields } from '../../engine/edit/index.js';
import { parseClaims } from '../../engine/claims/index.js';
import type { AgentSection, ClaimsDocument, Config } from '../../engine/model.js';
import { quote } from '../../engine/quote.js';
import { agentNames, resolveIdentity } from '../../engine/identity/index.js';
import { agentKey, sameAgent } from '../../engine/names.js';
import { lastSeenFrom, parseStatus } from '../../engine/status/read.js';
import { findConflicts, type Conflict } from '../conflicts.js';
import { canonicalAgent, didYouMean } from '../context.js';
import { CliError, EXIT, usage } from '../errors.js';
import { displayTime, relative } from '../../report/terminal/text.js';
import { type FileTexts, type Paths, type Plan } from '../publish.js';

export interface Agent {
  name: string;
  /** Every name the agent goes by (canonical, aliases, as typed). */
  names: string[];
  /** The agents the config and the claims file know (agentNames): a name none of them is is new, or misspelt. */
  known: string[];
}

export interface Env {
  config: Config;
  tz: string;
  now: number;
  paths: Paths;
  /** The agent name as given (--agent / AI_SYNC_AGENT). */
  typed: string;
  /** Claims in flight on other branches (claim refuses against them as against the claims file's). */
  inFlight?: AgentSection[];
}

export const parse = (text: string, env: Env): ClaimsDocument => parseClaims(text, { timezone: env.tz });

/**
 * The agent the given name means in this document, resolved exactly as the engine resolves an `AI-Agent:`
 * trailer (case, aliases, a unique word of a section name: "claude" → "Claude Code"), so the CLI edits the
 * section the action will attribute the agent's commits to.
 */
export function resolveAgent(env: Env, doc: ClaimsDocument): Agent {
  const known = agentNames(env.config, [...doc.agents.map((a) => a.name), ...doc.moduleClaims.map((m) => m.agent)]);
  const nobody = { name: '', email: '' };
  const id = resolveIdentity({ sha: '', message: `ai-sync\n\nAI-Agent: ${env.typed}`, author: nobody, committer: nobody }, { config: env.config, agents: known, branch: null });
  const name = id.agent ?? env.typed;
  const configured = canonicalAgent(name, env.config);
  return { name, names: [...new Set([name, ...configured.aliases, env.typed])], known };
}

export function lastSeen(texts: FileTexts, now: number): Record<string, string> {
  // A future lastSeenAt is not believed (the action warns about it; here it simply does not count).
  return lastSeenFrom(parseStatus(texts.status).status, now).lastSeen;
}

export function stampFor(doc: ClaimsDocument, env: Env): string {
  return formatStamp(env.now, env.tz, detectStampStyle(doc));
}

/** Runs an editor step, turning its errors into input errors. */
export function edit<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof EditError) throw usage(`cannot ${what}: ${e.message}`);
    throw e;
  }
}

/** The edited file must read back as intended; otherwise nothing is written. */
export function expect(ok: boolean, file: string, what: string): void {
  if (!ok) throw usage(`the edited ${file} would not read back as intended (${what}); the file was left unchanged`);
}

export function errorCount(doc: ClaimsDocument): number {
  return doc.diagnostics.filter((d) => d.severity === 'error').length;
}

export const sameModule = (a: string | null, b: string | null): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

// ---------------------------------------------------------------------------------------------------------------
// claim

export interface ClaimOptions {
  module: string | null;
  files: string[];
  task: string | null;
  expected: string | null;
  force: boolean;
  reason: string | null;
}

export function describeClaim(o: { module: string | null; files: readonly string[] }): string {
  if (o.module) return o.files.length > 0 ? `${o.module} (+${o.files.length} file${o.files.length > 1 ? 's' : ''})` : o.module;
  if (o.files.length <= 2) return o.files.join(', ');
  return `${o.files.slice(0, 2).join(', ')} (+${o.files.length - 2} more)`;
}

/** " on origin/codex/tracking, not merged yet" for a claim in flight on another branch; "" for the claims file's. */
const on = (c: Conflict): string => (c.branch !== null ? ` on ${c.branch}, not merged yet` : '');

export function conflictLine(c: Conflict, env: Env): string {
  const since = c.startedAt ?? c.lastCheckin ?? c.lastSeenAt;
  const live = c.lastSeenAt && (!c.lastCheckin || Date.parse(c.lastSeenAt) > Date.parse(c.lastCheckin)) ? c.lastSeenAt : c.lastCheckin;
  const parts = [
    `${c.item}: held by ${c.holder}${on(c)} (${c.state}${c.via !== c.item ? `, via ${c.via}` : ''})`,
    since ? `since ${displayTime(since, env.tz)}` : 'since an unknown time',
    live ? `last check-in ${displayTime(live, env.tz)} (${relative(live, env.now)})` : 'no readable check-in',
    c.staleAt ? `goes stale at ${displayTime(c.staleAt, env.tz)} (${relative(c.staleAt, env.now)})` : 'stale time unknown'
  ];
  return parts.join('; ');
}

export function refusal(conflicts: Conflict[], env: Env): CliError {
  const holders = [...new Set(conflicts.map((c) => c.holder))];
  const first = conflicts[0] as Conflict;
  const since = first.startedAt ?? first.lastCheckin ?? first.lastSeenAt;
  const more = conflicts.length > 1 ? ` (+${conflicts.length - 1} more below)` : '';
  // The first line says it all: what, who, since when, until when.
  const head =
    `refused: ${first.item} is claimed by ${first.holder}${on(first)} (${first.state}${since ? ` since ${displayTime(since, env.tz)}` : ''}); ` +
    `${first.staleAt ? `the claim goes stale at ${displayTime(first.staleAt, env.tz)} (${relative(first.staleAt, env.now)})` : 'its stale time is unknown'}${more}`;
  const details = conflicts.map((c) => conflictLine(c, env));
  details.push(
    `ask ${holders.join(' / ')} to release it, wait until the claim goes stale, or for an emergency: ai-sync claim ... --force --reason "why"`
  );
  return new CliError(head, EXIT.refused, details, { refused: true, holders, conflicts });
}

export function claimPlan(opts: ClaimOptions, env: Env): Plan {
  const file = env.paths.claims;
  return (texts) => {
    const text = texts.claims ?? '';
    const doc = parse(text, env);
    const agent = resolveAgent(env, doc);
    const report = findConflicts(doc, env.config, env.now, lastSeen(texts, env.now), agent.names, { module: opts.module, files: opts.files }, env.inFlight);
    const stamp = stampFor(doc, env);
    const notes = report.other.map((c) => `note: ${conflictLine(c, env)}`);
    // A name no one goes by yet gets a section of its own: say so when it looks like a misspelt known agent.
    const hint = agent.known.some((k) => agent.names.some((n) => sameAgent(k, n))) ? '' : didYouMean(agent.name, agent.known, env.config);
    if (hint !== '') notes.push(`note: ${quote(agent.name)} is a new agent in ${file}${hint}`);

    if (report.blocking.length > 0) {
      if (!opts.force) throw refusal(report.blocking, env);
      // Emergency: one override entry per holder; the holder's claim and our section stay as they are.
      let out = text;
      const holders = [...new Set(report.blocking.map((c) => c.holder))];
      for (const holder of holders) {
        const mine = report.blocking.filter((c) => c.holder === holder);
        const module = opts.module && mine.some((c) => c.item === `module ${opts.module}`) ? opts.module : (mine.find((c) => c.module)?.module ?? opts.module);
        const files = mine.filter((c) => !c.item.startsWith('module ')).map((c) => c.item);
        const action = `${opts.task ?? 'Emergency change'}${files.length > 0 ? ` (files: ${files.join(', ')})` : ''}`;
        out = edit('add the Emergency Override entry', () =>
          addOverride(out, parse(out, env), { date: stamp, agent: agent.name, reason: opts.reason ?? '', module, originalOwner: holder, action })
        );
      }
      const after = parse(out, env);
      const added = after.overrides.filter((o) => o.by !== null && sameAgent(o.by, agent.name) && o.date !== null && o.date.start <= env.now && env.now - o.date.end < 120_000);
      expect(added.length >= holders.length, file, 'the Emergency Override entry is not read as an override');
      const what = describeClaim(opts);
      return {
        writes: { [file]: out },
        subject: `chore(ai-sync): emergency override of ${what} for ${agent.name}`,
        agent: agent.name,
        lines: [
          `emergency override recorded in ${file} for ${what} (held by ${holders.join(', ')}); their claim stays in place`,
          ...report.blocking.map((c) => `  ${conflictLine(c, env)}`),
          `commit your fix with a message starting with "EMERGENCY:" and describe it in the handoff notes`,
          ...notes
        ]
      };
    }

    const section = findSection(doc, agent.names);
    const name = section?.name ?? agent.name;
    const fields: AgentFields = {
      workingOn: opts.task ?? opts.module ?? describeClaim(opts),
      module: opts.module ?? 'None',
      startedAt: stamp,
      files: opts.files,
      lastCheckin: stamp
    };
    if (opts.expected !== null || !section || hasField(section, 'expected')) fields.expected = opts.expected ?? 'N/A';
    let out = edit('write the claim', () => setAgentFields(text, doc, name, fields, agent.names));
    // Module lines: the new module is claimed; modules this agent claimed before are available again.
    const mine = new Set(agent.names.map(agentKey));
    const previous = parse(out, env).moduleClaims.filter((m) => mine.has(agentKey(m.agent)) && !sameModule(m.module, opts.module));
    for (const m of previous) out = edit('update the module list', () => setModuleLine(out, parse(out, env), m.module, 'available', null));
    if (opts.module) {
      const m = opts.module;
      out = edit('update the module list', () => setModuleLine(out, parse(out, env), m, 'claimed', name));
    }

    const after = parse(out, env);
    const s = findSection(after, agent.names);
    expect(s !== null, file, `no section for ${name}`);
    const got = (s?.files ?? []).map((f) => f.pattern);
    const unread = opts.files.filter((f) => !got.includes(f));
    if (unread.length > 0) {
      throw usage(`cannot claim ${unread.map((f) => `"${f}"`).join(', ')}: the claims file would not read it as a path (write a directory with a trailing "/", a file with its extension, or a glob)`);
    }
    expect(got.length === opts.files.length, file, `files read back as [${got.join(', ')}]`);
    expect(sameModule(s?.module ?? null, opts.module), file, `module reads back as ${s?.module ?? 'none'}`);
    expect(s?.lastCheckin !== null && s?.lastCheckin !== undefined, file, 'Last Checkin is not readable');
    expect(errorCount(after) <= errorCount(doc), file, 'new errors in the file');
    if (opts.module && doc.modules.length > 0) {
      expect(after.moduleClaims.some((c) => sameModule(c.module, opts.module) && mine.has(agentKey(c.agent))), file, 'the module line does not read as claimed');
    }
    const what = describeClaim(opts);
    return {
      writes: { [file]: out },
      subject: `chore(ai-sync): claim ${what} for ${name}`,
      agent: name,
      lines: [`claimed ${what} for ${name} in ${file} (checked in ${displayTime(env.now, env.tz)})`, ...notes]
    };
  };
}

// ---------------------------------------------------------------------------------------------------------------
// checkin

export function checkinPlan(env: Env): Plan {
  const file = env.paths.claims;
  return (texts) => {
    if (texts.claims === null) throw usage(`${file} does not exist: claim something first (ai-sync claim)`);
    const text = texts.claims;
    const doc = parse(text, env);
    const agent = resolveAgent(env, doc);
    const section = findSection(doc, agent.names);
    if (!section) {
      throw usage(`${file} has no section for ${agent.name}${didYouMean(agent.name, doc.agents.map((a) => a.name), env.config)}: claim something first (ai-sync claim)`);
    }
    const stamp = stampFor(doc, env);
    const out = edit('check in', () => setCheckin(text, doc, section.name, stamp));
    const s = findSection(parse(out, env), agent.names);
    expect(s?.lastCheckin !== null && s?.lastCheckin !== undefined, file, 'Last Checkin is not readable');
    return {
      writes: { [file]: out },
      subject: `chore(ai-sync): check in ${section.name}`,
      agent: section.name,
      lines: [`checked in ${section.name} at ${displayTime(env.now, env.tz)}${section.idle ? ' (note: the section claims nothing)' : ''}`]
    };
  };
}

// ---------------------------------------------------------------------------------------------------------------
// release

export function releasePlan(env: Env, handoff: string | null, moduleState: 'available' | 'complete'): Plan {
  const file = env.paths.claims;
  return (texts) => {
    if (texts.claims === null) throw usage(`${file} does not exist: nothing to release`);
    const text = texts.claims;
    const doc = parse(text, env);
    const agent = resolveAgent(env, doc);
    const section = findSection(doc, agent.names);
    const mine = new Set(agent.names.map(agentKey));
    const claimedLines = doc.moduleClaims.filter((m) => mine.has(agentKey(m.agent)));
    if (!section && claimedLines.length === 0) {
      const hint = didYouMean(agent.name, [...doc.agents.map((a) => a.name), ...doc.moduleClaims.map((m) => m.agent)], env.config);
      throw usage(`${file} has no section and no module claims for ${agent.name}${hint}: nothing to release`);
    }
    const name = section?.name ?? agent.name;
    const modules: string[] = [];
    for (const m of [...(section && !section.idle && section.module ? [section.module] : []), ...claimedLines.map((c) => c.module)]) {
      if (!modules.some((x) => sameModule(x, m))) modules.push(m);
    }
    const files = section && !section.idle ? section.files.map((f) => f.pattern) : [];
    const stamp = stampFor(doc, env);

    let out = text;
    if (section) {
      const fields: AgentFields = { workingOn: 'None', module: 'None', files: [], lastCheckin: stamp };
      if (hasField(section, 'startedAt')) fields.startedAt = 'N/A';
      if (hasField(section, 'expected')) fields.expected = 'N/A';
      out = edit('release the section', () => setAgentFields(text, doc, name, fields));
    }
    for (const m of modules) out = edit('update the module list', () => setModuleLine(out, parse(out, env), m, moduleState, null));

    const after = parse(out, env);
    const s = findSection(after, agent.names);
    if (section) expect(s !== null && s.idle, file, 'the section does not read as idle');
    expect(!after.moduleClaims.some((c) => mine.has(agentKey(c.agent))), file, `a module still reads as claimed by ${name}`);

    const writes: Record<string, string> = { [file]: out };
    if (handoff !== null) {
      writes[env.paths.handoff] = edit('write the handoff note', () =>
        addHandoffEntry(texts.handoff, {
          stamp,
          agent: name,
          module: modules.length > 0 ? modules.join(', ') : null,
          workingOn: section?.workingOn ?? null,
          files,
          note: handoff
        })
      );
    }
    const what = modules.length > 0 ? modules.join(', ') : files.length > 0 ? describeClaim({ module: null, files }) : 'claims';
    return {
      writes,
      subject: `chore(ai-sync): release ${what} for ${name}`,
      agent: name,
      lines: [
        `released ${what} for ${name}${modules.length > 0 ? ` (module list: ${moduleState})` : ''}`,
        ...(handoff !== null ? [`handoff note added to ${env.paths.handoff}`] : [])
      ]
    };
  };
}
