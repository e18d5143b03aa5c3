// The claim itself: what an agent's section and the module list become when it claims more (the default) or
// claims anew (--replace), the task and start time kept unless told otherwise; and the checks made before a claim
// starts a section for a name the file does not know yet (a misspelt agent, a heading the reader skips).
import { editFileItems, findSection, hasField, setAgentFields, setModuleLine, type AgentFields } from '../../engine/edit/index.js';
import type { ClaimsDocument } from '../../engine/model.js';
import { agentKey, closestAgent, sameAgent } from '../../engine/names.js';
import { quote } from '../../engine/quote.js';
import { command } from '../claim-text.js';
import { guessAgent } from '../context-base.js';
import { CliError, EXIT, usage } from '../errors.js';
import { checkedIn, describeClaim, edit, errorCount, expect, parse, sameModule, stampFor, unreadHeadingNote, type Agent, type Env } from './edit-plans.js';

export interface ClaimOptions {
  module: string | null;
  files: string[];
  task: string | null;
  expected: string | null;
  /** Record an Emergency Override instead of refusing (emergency, claim --force). */
  force: boolean;
  reason: string | null;
  /** Replace the agent's claim (its files and modules) instead of adding to it. */
  replace: boolean;
}

/** What the agent's claim holds after the edit, and what the edit added and released. */
export interface ClaimDetail {
  modules: string[];
  files: string[];
  added: { modules: string[]; files: string[] };
  released: { modules: string[]; files: string[] };
}

export interface ClaimEdit {
  out: string;
  /** The section's name (as the file writes it). */
  name: string;
  /** What was added, for the commit subject ("InvoicesModule (+1 file)"); the whole request when nothing was. */
  what: string;
  lines: string[];
  detail: ClaimDetail;
}

/**
 * Before a claim starts a section for a name the file has none for: a heading that names the agent but is not read
 * as its claim, or a name close to a known agent's ("ClaudeCode" for "Claude Code"), would give one agent two
 * sections. Both are refused (exit 2) with what to do; a name close to no one is a new agent.
 */
export function guardNewAgent(text: string, doc: ClaimsDocument, agent: Agent, env: Env): void {
  const mine = new Set(agent.names.map(agentKey));
  if (findSection(doc, agent.names) || doc.moduleClaims.some((m) => mine.has(agentKey(m.agent)))) return;
  const file = env.paths.claims;
  const unread = unreadHeadingNote(text, doc, agent, file);
  if (unread !== '') {
    throw usage(`${unread}: rename it to "## ${agent.name} Status" (or remove it), then claim again; ai-sync does not start a second section for ${agent.name}`);
  }
  if (agent.known.some((k) => agent.names.some((n) => sameAgent(k, n)))) return;
  const guess = guessAgent(agent.name, agent.known, env.config);
  if (guess === null) return;
  const again = `${command(['claim', '--agent', guess])} ...`;
  throw new CliError(
    `${file} has no section for ${quote(agent.name)} (did you mean ${quote(guess)}?): not starting a second section for ${guess}; run again as ${again}, or, if ${quote(agent.name)} is another agent, list it under "agents:" in the config first`,
    EXIT.usage,
    [],
    { didYouMean: guess }
  );
}

/** A module neither the config nor the claims file knows: a did-you-mean when it is close to one, else "new". */
export function moduleWarning(module: string | null, doc: ClaimsDocument, env: Env): string | null {
  if (module === null) return null;
  const known = [...new Set([...Object.keys(env.config.modules), ...doc.modules.map((m) => m.module), ...doc.agents.flatMap((a) => (a.module ? [a.module] : []))])];
  if (known.some((k) => sameModule(k, module))) return null;
  const guess = closestAgent(module, known);
  const where = `neither in the config's modules nor in ${env.paths.claims}'s module list`;
  return guess !== null && !sameModule(guess, module)
    ? `warning: module ${module} is ${where} (did you mean ${guess}?); claimed as written`
    : `warning: ${module} is a new module (${where}); claimed as written`;
}

/** A task ai-sync wrote itself (a module name, the files) follows the claim; one the agent wrote stays. */
const written = (task: string, held: readonly string[], module: string | null, files: readonly string[]): boolean =>
  !held.some((m) => sameModule(m, task)) && task !== describeClaim({ module, files }) && task !== describeClaim({ module: null, files });

export function applyClaim(text: string, opts: ClaimOptions, env: Env, agent: Agent): ClaimEdit {
  const file = env.paths.claims;
  const doc = parse(text, env);
  const section = findSection(doc, agent.names);
  const live = section && !section.idle ? section : null;
  const mine = new Set(agent.names.map(agentKey));
  const name = section?.name ?? agent.name;
  const stamp = stampFor(doc, env);

  // What the agent holds now: its section's module and files, and modules claimed for it on the module list.
  const fieldBefore = live?.module ?? null;
  const held: string[] = [];
  for (const m of [...(fieldBefore ? [fieldBefore] : []), ...doc.moduleClaims.filter((c) => mine.has(agentKey(c.agent))).map((c) => c.module)]) {
    if (!held.some((x) => sameModule(x, m))) held.push(m);
  }
  const heldFiles = [...new Set((live?.files ?? []).map((f) => f.pattern))];
  const addFiles = opts.files.filter((f) => !heldFiles.includes(f));
  const dropFiles = opts.replace ? heldFiles.filter((f) => !opts.files.includes(f)) : [];
  const files = [...heldFiles.filter((f) => !dropFiles.includes(f)), ...addFiles];

  const wanted = opts.module;
  const addModules = wanted !== null && !held.some((m) => sameModule(m, wanted)) ? [wanted] : [];
  const dropModules = opts.replace ? held.filter((m) => !sameModule(m, wanted)) : [];
  let field: string | null;
  if (opts.replace || fieldBefore === null) field = wanted;
  else {
    field = fieldBefore;
    // A second module is held too: the Module field names one, the module list marks the other claimed.
    if (addModules.length > 0 && doc.modules.length === 0) {
      throw usage(
        `${name} already claims module ${fieldBefore}, and ${file} has no module list to hold a second one: run with --replace to claim ${wanted} instead (releasing ${fieldBefore}), or release ${fieldBefore} first`
      );
    }
  }
  const modulesAfter = opts.replace ? (wanted ? [wanted] : []) : [...held, ...addModules];

  const keepTask = live?.workingOn && written(live.workingOn, held, fieldBefore, heldFiles) ? live.workingOn : null;
  const workingOn = opts.task ?? keepTask ?? field ?? describeClaim({ module: null, files });
  const fields: AgentFields = { lastCheckin: stamp };
  if (!live || workingOn !== live.workingOn) fields.workingOn = workingOn;
  if (!live || !sameModule(field, live.module)) fields.module = field ?? 'None';
  // A claim going on keeps its start; one without a Started At field does not get one that would say "now".
  if (!live || (live.startedAt === null && hasField(live, 'startedAt'))) fields.startedAt = stamp;
  if (opts.expected !== null) fields.expected = opts.expected;
  else if (!live && (!section || hasField(section, 'expected'))) fields.expected = 'N/A';

  let out: string;
  if (live) {
    out = edit('write the claim', () => setAgentFields(text, doc, name, fields, agent.names));
    if (addFiles.length > 0 || dropFiles.length > 0) {
      const d = parse(out, env);
      const itemwise = edit('write the files list', () => editFileItems(out, d, agent.names, addFiles, dropFiles));
      out = itemwise ?? edit('write the claim', () => setAgentFields(out, d, name, { files }, agent.names));
    }
  } else {
    out = edit('write the claim', () => setAgentFields(text, doc, name, { ...fields, files }, agent.names));
  }
  for (const m of dropModules) out = edit('update the module list', () => setModuleLine(out, parse(out, env), m, 'available', null));
  if (wanted !== null) out = edit('update the module list', () => setModuleLine(out, parse(out, env), wanted, 'claimed', name));

  const after = parse(out, env);
  const s = findSection(after, agent.names);
  expect(s !== null, file, `no section for ${name}`);
  const got = (s?.files ?? []).map((f) => f.pattern);
  const unread = opts.files.filter((f) => !got.includes(f));
  if (unread.length > 0) {
    throw usage(`cannot claim ${unread.map((f) => `"${f}"`).join(', ')}: the claims file would not read it as a path (write a directory with a trailing "/", a file with its extension, or a glob)`);
  }
  expect(new Set(got).size === files.length && files.every((f) => got.includes(f)), file, `files read back as [${got.join(', ')}]`);
  expect(s?.idle === false, file, `${name}'s section reads as claiming nothing${s?.status ? ` (its status says "${s.status}")` : ''}`);
  expect(sameModule(s?.module ?? null, field), file, `module reads back as ${s?.module ?? 'none'}`);
  expect(s?.lastCheckin !== null && s?.lastCheckin !== undefined, file, 'Last Checkin is not readable');
  expect(errorCount(after) <= errorCount(doc), file, 'new errors in the file');
  const claimedBy = (m: string): boolean => after.moduleClaims.some((c) => sameModule(c.module, m) && mine.has(agentKey(c.agent)));
  if (wanted !== null && doc.modules.length > 0) expect(claimedBy(wanted), file, `the module line of ${wanted} does not read as claimed`);
  for (const m of dropModules) expect(!claimedBy(m), file, `${m} still reads as claimed by ${name}`);

  const added = describeClaim({ module: addModules[0] ?? null, files: addFiles });
  const now = describeHolding(modulesAfter, files);
  const lines: string[] = [];
  if (live && added === '' && dropFiles.length === 0 && dropModules.length === 0 && opts.task === null && opts.expected === null) {
    lines.push(`nothing new to claim: ${name} already claims ${now}; ${checkedIn(env)}`);
  } else {
    lines.push(`${added === '' ? `updated ${name}'s claim` : `claimed ${added} for ${name}`} in ${file}${opts.replace && live ? ' (replacing the claim)' : ''}`);
    lines.push(`  ${name}'s claim now: ${now}${workingOn ? `; working on ${quote(workingOn)}` : ''}`);
    for (const f of dropFiles) lines.push(`  released ${f}`);
    for (const m of dropModules) lines.push(`  released module ${m}${doc.modules.length > 0 ? ' (module list: available)' : ''}`);
    lines.push(`  ${checkedIn(env)}`);
  }
  return {
    out,
    name,
    what: added === '' ? describeClaim(opts) : added,
    lines,
    detail: { modules: modulesAfter, files, added: { modules: addModules, files: addFiles }, released: { modules: dropModules, files: dropFiles } }
  };
}

/** "module InvoicesModule; files api/src/invoices/**, README.md". */
export function describeHolding(modules: readonly string[], files: readonly string[]): string {
  const parts: string[] = [];
  if (modules.length > 0) parts.push(`module${modules.length > 1 ? 's' : ''} ${modules.join(', ')}`);
  if (files.length > 0) parts.push(`file${files.length > 1 ? 's' : ''} ${files.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'nothing';
}
