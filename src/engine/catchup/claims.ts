// What changed in the claims file between two points: per agent, the files and modules it took and released (as
// holdersOf reads each document: sections, rows, lines and the module list), the module list's state changes, and
// the emergency overrides that appeared. Check-ins alone (a new Last Checkin) are not changes of a claim.
import { holdersOf } from '../judge/holders.js';
import { formatIso } from '../time/index.js';
import type { ClaimsDocument, EmergencyOverride, ModuleListing } from '../model.js';

export interface ClaimChange {
  agent: string;
  /** File patterns claimed now and not before. */
  taken: string[];
  released: string[];
  modulesTaken: string[];
  modulesReleased: string[];
  /** What the agent says it works on now (its claim's "Currently Working On"). */
  workingOn: string | null;
}

export interface ModuleChange {
  module: string;
  /** The module list's state before and after; null when the module was not listed. */
  before: ModuleListing['state'] | null;
  after: ModuleListing['state'] | null;
}

export interface NewOverride {
  line: number;
  by: string | null;
  module: string | null;
  originalOwner: string | null;
  reason: string | null;
  date: string | null;
}

interface Held {
  name: string;
  files: string[];
  modules: string[];
  workingOn: string | null;
}

function held(doc: ClaimsDocument): Map<string, Held> {
  const out = new Map<string, Held>();
  for (const [key, h] of holdersOf(doc)) {
    const live = h.sections.filter((s) => !s.idle);
    out.set(key, {
      name: h.name,
      files: [...new Set(live.flatMap((s) => s.files.map((f) => f.pattern)))],
      modules: h.modules,
      workingOn: live[0]?.workingOn ?? null
    });
  }
  return out;
}

const minus = (a: readonly string[], b: readonly string[], fold = false): string[] => {
  const norm = (s: string): string => (fold ? s.toLowerCase() : s);
  const have = new Set(b.map(norm));
  return a.filter((x) => !have.has(norm(x)));
};

/** Each agent's taken and released files and modules (agents in `skip`, by agentKey, left out), in `after`'s order. */
export function claimChanges(before: ClaimsDocument, after: ClaimsDocument, skip: ReadonlySet<string>): ClaimChange[] {
  const was = held(before);
  const now = held(after);
  const keys = [...new Set([...now.keys(), ...was.keys()])].filter((k) => !skip.has(k));
  const out: ClaimChange[] = [];
  for (const k of keys) {
    const a = was.get(k) ?? { name: '', files: [], modules: [], workingOn: null };
    const b = now.get(k) ?? { name: a.name, files: [], modules: [], workingOn: null };
    const change: ClaimChange = {
      agent: b.name || a.name,
      taken: minus(b.files, a.files),
      released: minus(a.files, b.files),
      modulesTaken: minus(b.modules, a.modules, true),
      modulesReleased: minus(a.modules, b.modules, true),
      workingOn: b.workingOn
    };
    if (change.taken.length + change.released.length + change.modulesTaken.length + change.modulesReleased.length > 0) out.push(change);
  }
  return out;
}

/**
 * Modules whose state on the module list changed (listed, removed, claimed → complete…). A change to "claimed" is
 * left out: the claim itself is reported, with who took it (claimChanges).
 */
export function moduleChanges(before: ClaimsDocument, after: ClaimsDocument): ModuleChange[] {
  const state = (doc: ClaimsDocument): Map<string, ModuleListing> => {
    const m = new Map<string, ModuleListing>();
    for (const l of doc.modules) if (!m.has(l.module.toLowerCase())) m.set(l.module.toLowerCase(), l);
    return m;
  };
  const was = state(before);
  const now = state(after);
  const out: ModuleChange[] = [];
  for (const k of new Set([...now.keys(), ...was.keys()])) {
    const a = was.get(k) ?? null;
    const b = now.get(k) ?? null;
    if (a?.state !== b?.state && b?.state !== 'claimed') out.push({ module: (b ?? a)?.module ?? k, before: a?.state ?? null, after: b?.state ?? null });
  }
  return out;
}

/** An override's identity across versions of the file: its lines, trimmed (its line number moves). */
const overrideKey = (o: EmergencyOverride): string => o.lines.map((l) => l.trim()).join('\n');

/** Emergency overrides in `after` that were not in `before`. */
export function newOverrides(before: ClaimsDocument, after: ClaimsDocument): NewOverride[] {
  const old = new Set(before.overrides.map(overrideKey));
  return after.overrides
    .filter((o) => !old.has(overrideKey(o)))
    .map((o) => ({ line: o.line, by: o.by, module: o.module, originalOwner: o.originalOwner, reason: o.reason, date: o.date ? formatIso(o.date.start) : null }));
}
