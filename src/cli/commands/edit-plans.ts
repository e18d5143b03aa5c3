// What checkin and release do to the claims file (and the handoff notes), and what every edit shares (claim-plan.ts
// and emergency-plan.ts build on it): the agent a name means, the stamp, the read-back checks. Each command is a
// plan that edits the texts through the pure claims editor, checks the result reads back as intended, and says
// what it did.
import { addHandoffEntry, detectStampStyle, EditError, findSection, formatStamp, hasField, setAgentFields, setCheckin, setModuleLine, unreadAgentHeadings, type AgentFields } from '../../engine/edit/index.js';
import { parseClaims } from '../../engine/claims/index.js';
import type { AgentSection, ClaimsDocument, Config } from '../../engine/model.js';
import { quote } from '../../engine/quote.js';
import { agentNames, resolveIdentity } from '../../engine/identity/index.js';
import { agentKey } from '../../engine/names.js';
import { lastSeenFrom, parseStatus } from '../../engine/status/read.js';
import type { Hint } from '../claim-text.js';
import { canonicalAgent, didYouMean } from '../context-base.js';
import { usage } from '../errors.js';
import { claimWindow, clockTime } from '../../report/terminal/text.js';
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
  /** How printed commands name the agent, the paths and the global options (for pasting). */
  hint: Hint;
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

export function describeClaim(o: { module: string | null; files: readonly string[] }): string {
  if (o.module) return o.files.length > 0 ? `${o.module} (+${o.files.length} file${o.files.length > 1 ? 's' : ''})` : o.module;
  if (o.files.length <= 2) return o.files.join(', ');
  return `${o.files.slice(0, 2).join(', ')} (+${o.files.length - 2} more)`;
}

/** "checked in 12:00 UTC: active until 14:00 UTC (in 2h 00m), stale after 16:00 UTC unless you check in again". */
export function checkedIn(env: Env): string {
  const hour = 3_600_000;
  const window = claimWindow('active', env.now + env.config.activeHours * hour, env.now + env.config.staleHours * hour, env.tz, env.now);
  return `checked in ${clockTime(env.now, env.tz, env.now)}: ${window} unless checked in again`;
}

/**
 * Why the file has no section for the agent although it names it: a heading "## Claude Code" the reader does not
 * read as a claim (no "Status", no state, check-in or files field under it). '' when there is none.
 */
export function unreadHeadingNote(text: string, doc: ClaimsDocument, agent: Agent, file: string): string {
  const [h] = unreadAgentHeadings(text, doc, agent.names);
  if (!h) return '';
  return `${file}:${h.line} has the heading ${quote(h.text)}, which is not read as ${agent.name}'s claim (an agent section needs "Status" in its heading, or a state, check-in or files field under it)`;
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
      const unread = unreadHeadingNote(text, doc, agent, file);
      if (unread !== '') throw usage(`${unread}: rename it to "## ${agent.name} Status", or claim something first (ai-sync claim)`);
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
      lines: [section.idle ? `checked in ${section.name} at ${clockTime(env.now, env.tz, env.now)} (note: the section claims nothing)` : `${checkedIn(env).replace(/^checked in/, `checked in ${section.name} at`)}`]
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
      const unread = unreadHeadingNote(text, doc, agent, file);
      throw usage(unread !== '' ? `${unread}: nothing to release` : `${file} has no section and no module claims for ${agent.name}${hint}: nothing to release`);
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
