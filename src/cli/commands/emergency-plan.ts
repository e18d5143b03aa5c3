// ai-sync emergency (and claim --force): an Emergency Override entry per holder whose live claim blocks the
// request, written so the engine reads it as covering exactly what was asked; the holders' claims stay. What it
// says is what the engine will check: where the entry is (file:line), which commits need "EMERGENCY:", until when.
import { addOverride } from '../../engine/edit/index.js';
import { DAY } from '../../engine/judge/claims.js';
import { holdersOf, holdingsOf } from '../../engine/judge/holders.js';
import { inFlightHoldings } from '../../engine/judge/in-flight.js';
import type { ClaimsDocument } from '../../engine/model.js';
import { sameAgent } from '../../engine/names.js';
import { compilePatterns } from '../../engine/paths/index.js';
import { quote } from '../../engine/quote.js';
import { clockTime } from '../../report/terminal/text.js';
import { conflictLine, windowOf, type Words } from '../claim-text.js';
import type { Conflict } from '../conflicts.js';
import type { Outcome } from '../publish.js';
import { applyClaim, type ClaimDetail, type ClaimOptions } from './claim-edit.js';
import { edit, expect, parse, stampFor, type Agent, type Env } from './edit-plans.js';

/** Where an override was recorded and what it licenses, as data (EditResult.override). */
export interface OverrideDetail {
  file: string;
  entries: { line: number; heading: string; holder: string; module: string | null }[];
  /** Claimed files and patterns a commit may change only with a message starting with "EMERGENCY:". */
  covers: string[];
  /** The entry counts for 24 h from its date. */
  until: string;
  prefix: 'EMERGENCY:';
}

const GLOB = /[*?[\]{}]/;

/** A path the engine's override matching reads (a path or a parent directory): a glob stands for its fixed prefix. */
function overridePath(item: string): string {
  if (!GLOB.test(item)) return item;
  const segments = item.split('/');
  const fixed = segments.slice(0, segments.findIndex((s) => GLOB.test(s)));
  return fixed.length > 0 ? `${fixed.join('/')}/` : item;
}

/** The holder's pattern a conflict is about ("module X (glob)" → the glob). */
const viaPattern = (c: Conflict): string => /^module .+ \((.+)\)$/.exec(c.via)?.[1] ?? c.via;

/** Of a requested path and the holder's pattern it collides with, the narrower: what commits may really touch. */
function narrower(c: Conflict): string {
  const via = viaPattern(c);
  const inside = compilePatterns([{ pattern: via, owner: true }]).match(c.item.replace(/\/+$/, '')).length > 0;
  return inside ? c.item : via;
}

export function emergencyOutcome(text: string, doc: ClaimsDocument, blocking: Conflict[], opts: ClaimOptions, env: Env, agent: Agent, words: Words): Outcome {
  const file = env.paths.claims;
  const stamp = stampFor(doc, env);
  // What is not held by anyone is claimed as usual, in the same edit (first: the entries' lines are read after it).
  const blocked = new Set(blocking.map((c) => c.item));
  const free: ClaimOptions = {
    ...opts,
    files: opts.files.filter((f) => !blocked.has(f)),
    module: opts.module !== null && !blocked.has(`module ${opts.module}`) ? opts.module : null
  };
  let out = text;
  let claimed: { lines: string[]; detail: ClaimDetail } | null = null;
  if (free.files.length > 0 || free.module !== null) {
    const c = applyClaim(text, free, env, agent);
    out = c.out;
    claimed = c;
  }

  const holders = [...new Set(blocking.map((c) => c.holder))];
  const holdings = [...holdingsOf(holdersOf(doc), env.config), ...inFlightHoldings(env.inFlight ?? [], env.config)];
  const covers: string[] = [];
  const planned: { holder: string; module: string | null }[] = [];
  for (const holder of holders) {
    const mine = blocking.filter((c) => c.holder === holder);
    const module = opts.module && mine.some((c) => c.item === `module ${opts.module}`) ? opts.module : (mine.find((c) => c.module)?.module ?? opts.module);
    const paths = [...new Set(mine.filter((c) => !c.item.startsWith('module ')).map((c) => overridePath(c.item)))];
    const action = `${opts.task ?? 'Emergency change'}${paths.length > 0 ? ` (files: ${paths.join(', ')})` : ''}`;
    out = edit('add the Emergency Override entry', () => addOverride(out, parse(out, env), { date: stamp, agent: agent.name, reason: opts.reason ?? '', module, originalOwner: holder, action }));
    planned.push({ holder, module });
    // As the engine matches an entry: the holder's claims of its module, and the files it names.
    const theirs = holdings.filter((h) => sameAgent(h.agent, holder));
    if (module) for (const h of theirs) if (h.module && module.toLowerCase().includes(h.module.toLowerCase())) covers.push(h.pattern);
    for (const c of mine) if (!c.item.startsWith('module ')) covers.push(narrower(c));
  }

  const after = parse(out, env);
  const fresh = after.overrides.filter((o) => o.by !== null && sameAgent(o.by, agent.name) && o.date !== null && o.date.start <= env.now && env.now - o.date.end < 120_000);
  const entries = planned.map((p) => {
    const o = fresh.filter((x) => x.originalOwner !== null && sameAgent(x.originalOwner, p.holder)).sort((a, b) => b.line - a.line)[0];
    return { line: o?.line ?? 0, heading: out.split(/\r\n|\r|\n/)[(o?.line ?? 1) - 1]?.trim() ?? '', holder: p.holder, module: p.module };
  });
  expect(entries.every((e) => e.line > 0), file, 'the Emergency Override entry is not read as an override');

  const covered = [...new Set(covers)];
  const until = clockTime(env.now + DAY, env.tz, env.now);
  const lines: string[] = [];
  for (const e of entries) {
    const c = blocking.find((x) => x.holder === e.holder) as Conflict;
    lines.push(`emergency override recorded at ${file}:${e.line} (${quote(e.heading)}) over ${e.holder}'s claim — ${windowOf(c, words)}; their claim stays in place`);
  }
  lines.push(...blocking.map((c) => `  ${conflictLine(c, words)}`));
  lines.push(
    `every commit that changes ${covered.join(', ')} needs a message starting with "EMERGENCY:" (e.g. git commit -m 'EMERGENCY: what you fixed'); a commit without it is still an error while the claim is active`,
    `the override counts for 24 h (until ${until}), from the push that carries ${file} with it; tell ${holders.join(', ')}, and describe the change in the handoff notes (ai-sync release --handoff TEXT)`
  );
  if (claimed) lines.push(...claimed.lines);
  const what = [opts.module, ...opts.files].filter((x) => x !== null).join(', ');
  const override: OverrideDetail = { file, entries, covers: covered, until: new Date(env.now + DAY).toISOString().replace('.000Z', 'Z'), prefix: 'EMERGENCY:' };
  return {
    writes: { [file]: out },
    subject: `chore(ai-sync): emergency override of ${what} for ${agent.name}`,
    agent: agent.name,
    lines,
    detail: { override, ...(claimed ? { claim: claimed.detail } : {}) }
  };
}
