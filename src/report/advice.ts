// "What to do next": concrete steps derived from the findings, shared by the job summary and the PR comment.

import type { Evaluation, Finding, FindingKind } from '../engine/model.js';
import { DEFAULT_HANDOFF_FILE, type ReportContext } from './context.js';
import { fileList, formatTime, isIsoDateTime, nameOr, shortSha, unique } from './format.js';
import { code, text } from './markdown.js';

export interface AdviceOptions {
  /** At most this many steps (a final "…and N more" line counts as extra). Default 20. */
  maxItems?: number;
  /** Files named per step. Default 5. */
  maxFiles?: number;
}

interface Group {
  key: string;
  findings: Finding[];
}

function groupBy(findings: readonly Finding[], key: (f: Finding) => string): Group[] {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = key(f);
    const list = map.get(k);
    if (list) list.push(f);
    else map.set(k, [f]);
  }
  return [...map].map(([k, list]) => ({ key: k, findings: list }));
}

function filesOf(findings: readonly Finding[]): string[] {
  return unique(findings.map((f) => f.file).filter((f): f is string => f !== null));
}

function latest(values: readonly (string | null)[]): string | null {
  let best: string | null = null;
  let bestT = -Infinity;
  for (const v of values) {
    if (!isIsoDateTime(v)) continue;
    const t = Date.parse(v);
    if (t > bestT) {
      bestT = t;
      best = v;
    }
  }
  return best;
}

function modulesOf(findings: readonly Finding[]): string[] {
  return unique(findings.map((f) => f.module).filter((m): m is string => m !== null));
}

function withModules(findings: readonly Finding[]): string {
  const mods = modulesOf(findings);
  if (mods.length === 0) return '';
  return ` (module ${mods.slice(0, 3).map((m) => code(m, 80)).join(', ')}${mods.length > 3 ? ` and ${mods.length - 3} more` : ''})`;
}

/** The list items (each one markdown line starting with `- `). */
export function nextSteps(ev: Evaluation, ctx: ReportContext, options: AdviceOptions = {}): string[] {
  const maxItems = options.maxItems ?? 20;
  const maxFiles = options.maxFiles ?? 5;
  const claims = code(ctx.claimsFile, 100);
  const handoff = code(ctx.handoffFile ?? DEFAULT_HANDOFF_FILE, 100);
  const by = (kind: FindingKind) => ev.findings.filter((f) => f.kind === kind);
  const holderKey = (f: Finding) => JSON.stringify([f.claimedBy]);
  const holder = (g: Group) => nameOr(g.findings[0]?.claimedBy ?? null, 'the holder', 80);
  const files = (g: Group) => {
    const list = filesOf(g.findings);
    return list.length > 0 ? fileList(list, maxFiles, 120) : 'files';
  };
  const items: string[] = [];

  // A claim-tampered finding with no holder is a hand edit of the status file (engine/judge/status-edits.ts), not of
  // someone's section of the claims file.
  const statusEdits = by('claim-tampered').filter((f) => f.claimedBy === null);
  for (const g of groupBy(by('claim-tampered').filter((f) => f.claimedBy !== null), (f) => JSON.stringify([f.claimedBy, f.agent]))) {
    const f = g.findings[0] as Finding;
    const commits = unique(g.findings.map((x) => x.commit).filter((c): c is string => c !== null));
    items.push(
      `Revert the edits to ${nameOr(f.claimedBy, 'another agent', 80)}’s section of ${claims} made by ` +
        `${nameOr(f.agent, 'an unknown author', 80)}${commits.length > 0 ? ` (commit ${shortSha(commits[0])})` : ''}: ` +
        `only an agent may edit its own section. If the change was needed, record it under **Emergency Override**.`
    );
  }

  if (statusEdits.length > 0) {
    items.push(
      `Do not edit ${fileList(filesOf(statusEdits), maxFiles, 120)} by hand: ai-sync writes it after every push and ` +
        `replaces the edit. Record claims and check-ins in ${claims} instead.`
    );
  }

  const conflicts = by('identity-conflict');
  if (conflicts.length > 0) {
    const commits = unique(conflicts.map((f) => f.commit).filter((c): c is string => c !== null));
    items.push(
      `Check who made ${commits.length === 1 ? `commit ${shortSha(commits[0])}` : `${commits.length} commits`}: its ` +
        `${code('AI-Agent:')} trailer, author and committer name different agents (see above). Fix the trailer if it is wrong.`
    );
  }

  const invalid = by('invalid-claims-file');
  if (invalid.length > 0) {
    items.push(
      `Fix the ${invalid.length === 1 ? 'problem' : `${invalid.length} problems`} in ${claims} listed above, ` +
        `so every agent’s claims can be read reliably.`
    );
  }

  const blocked = groupBy(by('claimed-by-other'), holderKey);
  for (const g of blocked) {
    const staleAt = latest(g.findings.map((f) => f.staleAt));
    items.push(
      `Claimed by ${holder(g)}${withModules(g.findings)}: ${files(g)}. ` +
        (staleAt ? `Wait until the claim goes stale at **${formatTime(staleAt)}**, or ask` : 'Ask') +
        ` ${holder(g)} to release them (remove them from its **Files Being Modified**).`
    );
  }
  if (blocked.length > 0) {
    items.push(
      `If it truly cannot wait, use the emergency procedure: start the commit message with ${code('EMERGENCY:')} ` +
        `and add an entry under **Emergency Override** in ${claims} naming the module, the original owner and the reason.`
    );
  }

  for (const g of groupBy(by('emergency-override'), holderKey)) {
    items.push(
      `An emergency override was used on ${files(g)}${withModules(g.findings)}: tell ${holder(g)}, ` +
        `and describe what changed and what remains in ${handoff}.`
    );
  }

  if (by('missing-handoff').length > 0) {
    items.push(`Add ${handoff} describing what you changed in another agent’s area and what remains to do.`);
  }

  for (const g of groupBy(by('claim-caution'), holderKey)) {
    const staleAt = latest(g.findings.map((f) => f.staleAt));
    items.push(
      `${holder(g)} has not checked in recently but still holds ${files(g)}: coordinate with ${holder(g)} before ` +
        `continuing${staleAt ? `; the claim goes stale at **${formatTime(staleAt)}**` : ''}.`
    );
  }

  for (const g of groupBy(by('uncertain-claim'), holderKey)) {
    items.push(
      `The check-in time of ${holder(g)} (claiming ${files(g)}) cannot be read with certainty: ask ${holder(g)} ` +
        `to write **Last Check-in** as a full timestamp with a zone, e.g. ${code('2025-01-31 14:05 UTC')}.`
    );
  }

  for (const g of groupBy(by('overlapping-claims'), (f) => JSON.stringify([f.file]))) {
    const names = unique(g.findings.flatMap((f) => [f.agent, f.claimedBy]).filter((n): n is string => n !== null));
    items.push(
      `${names.length > 0 ? names.slice(0, 4).map((n) => code(n, 80)).join(' and ') : 'Several agents'} claim ` +
        `${files(g)}: agree who keeps it and remove it from the other’s **Files Being Modified** in ${claims}.`
    );
  }

  for (const g of groupBy(by('stale-claim'), holderKey)) {
    items.push(
      `The claim of ${holder(g)} on ${files(g)} is stale and no longer blocks: ${holder(g)} should check in or ` +
        `clear its section; to take the files over, list them in your own section of ${claims}.`
    );
  }

  const incomplete = by('incomplete-changes');
  if (incomplete.length > 0) {
    items.push(
      `Not every changed file could be checked (${text(incomplete[0]?.message ?? '', 200)}): run the ai-sync CLI ` +
        `locally on the full change.`
    );
  }

  if (ev.findings.some((f) => ['claimed-by-other', 'claim-caution', 'stale-claim', 'overlapping-claims'].includes(f.kind))) {
    items.push(
      `Keep your own section of ${claims} current: list the files you are changing under **Files Being Modified** ` +
        `and update **Last Check-in**.`
    );
  }

  if (items.length === 0) {
    items.push(
      ev.findings.length === 0
        ? `Nothing to do: no conflicts with other agents’ claims. Keep your section of ${claims} up to date.`
        : `Review the findings above.`
    );
  }

  const shown = items.slice(0, maxItems).map((i) => `- ${i}`);
  if (items.length > shown.length) shown.push(`- …and ${items.length - shown.length} more.`);
  return shown;
}
