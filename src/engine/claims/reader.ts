// Reading AI_CURRENT_WORK.md: the markdown file in which agents claim work. Agents write it by hand (or rather,
// by model), so the reader is tolerant of decoration and sloppy structure but conservative about what counts as
// a claim. It never throws, and it runs in linear time: every scan is an indexOf or a single pass over a line,
// and the few regular expressions are anchored with no nested quantifiers.
//
// Shape of the document:
//   ## <Agent> Status            an agent section (any heading level >= 2 whose text ends with "Status"); it ends
//                                at the next heading of the same or a higher level, at a `---` rule, or at the
//                                next agent/override heading of any level
//   **Label:** value             fields of a section (also `- **Label:** value`, `**Label**: value`)
//   **Files Being Modified:**    followed by list items: paths, directories, globs, each with an optional note
//   - TrackingModule - CLAIMED BY Codex    module list lines outside agent sections
//   ### Emergency Override - <date> - <name>   override entries (or dated items under an "Emergency Override" heading)
// Fenced code blocks and HTML comments are never data (the templates live there).
import type { ClaimsDocument, EmergencyOverride, ModuleClaim, ModuleListing, ParseClaimsOptions } from '../model.js';
import { timezoneProblem } from '../time/index.js';
import { isClaimField, ownerName } from './claim.js';
import { agentKey } from '../names.js';
import { extractPath, isPathLike, normalisePath } from './files.js';
import { readLineClaim, type Suspect } from './lines.js';
import { Diagnostics, MAX_LINE_LENGTH, isRule, lastNonBlank, parseField, parseHeading, parseListItem, prepare, type Prepared } from './markdown.js';
import { headingContext, parseModuleLine, type Context, type ModuleState } from './modules.js';
import { LEADING_DATE, cleanDatePrefix, finishOverride, linkOverrideModules, overrideFromHeading, overrideFromListItem, overrideLine, type OverrideBuilder } from './overrides.js';
import { AGENT_PLAIN_LABELS, KEY_FILES, KEY_OWNER, agentHeading, firstField, overrideHeading, type SectionBuilder } from './sections.js';
import { ClaimSink } from './sink.js';
import { hiddenClaims, revealHidden } from './hidden.js';
import { OrphanLists } from './orphans.js';
import { readOwnership, readTableAt, type OwnershipRow } from './tables.js';
import { isNoneLike, stripMarkup } from './text.js';
import { reportUnaccounted } from './unaccounted.js';

/** Reads a claims file. Never throws; problems are reported as diagnostics with 1-based line numbers. */
export function parseClaims(text: string, options: ParseClaimsOptions = {}): ClaimsDocument {
  return readClaims(text, options).doc;
}

/** A reading with what the line map (claims/line-map.ts) needs besides the document. */
export interface Reading {
  doc: ClaimsDocument;
  prepared: Prepared;
  /** 0-based index of each line read as part of a files list → the 1-based line of that list's field. */
  filesOf: Map<number, number>;
}

/** parseClaims, keeping where each files list was read: the editor replaces exactly those lines. */
export function readClaims(text: string, options: ParseClaimsOptions = {}): Reading {
  const diags = new Diagnostics();
  const source = typeof text === 'string' ? text : String(text ?? '');
  let timezone = options.timezone ?? 'UTC';
  const zoneProblem = timezoneProblem(timezone);
  if (zoneProblem !== null) {
    diags.add('warning', 0, `time zone ${zoneProblem}; times without a zone are read as UTC`);
    timezone = 'UTC';
  }

  const prepared = prepare(source, diags);
  const { raw, data, hiddenBy } = prepared;
  const sink = new ClaimSink(diags, timezone, raw, hiddenBy);
  const moduleClaims: ModuleClaim[] = [];
  const modules: ModuleListing[] = [];
  const overrides: EmergencyOverride[] = [];
  const suspects: Suspect[] = [];
  const ownership: OwnershipRow[] = [];
  const orphans = new OrphanLists();
  const filesOf = new Map<number, number>();

  let section: SectionBuilder | null = null;
  let override: OverrideBuilder | null = null;
  let stack: Context[] = [];

  const closeSection = (lastIndex: number): void => {
    const s = section;
    section = null;
    // A heading with no field under it is prose ("### Check Sync Status" over a code block).
    if (!s || Object.keys(s.fields).length === 0) return;
    const f = s.fields;
    const ownerField = firstField(f, KEY_OWNER);
    const owner = ownerField && !isNoneLike(ownerField.value) ? ownerName(ownerField.value) : null;
    const named = (n: string): boolean => agentKey(n) === agentKey(s.name) || s.aliases.some((a) => agentKey(a) === agentKey(n));
    // "### PR 3 — telemetry" with "**Owner:** Codex": a claim section, keyed by the claim.
    const claimOwner = owner !== null && !named(owner) && !s.explicit ? owner : null;
    // A heading without "Status" is a section only when a field says it holds a claim.
    if (claimOwner === null && !s.explicit && !Object.keys(f).some(isClaimField)) return;
    const start = s.line - 1;
    const end = lastNonBlank(raw, start, lastIndex);
    sink.addClaim(
      {
        name: claimOwner ?? s.name,
        aliases: claimOwner === null ? s.aliases : [],
        source: claimOwner === null ? 'section' : 'claim-section',
        line: s.line,
        endLine: end + 1,
        body: raw.slice(start, end + 1).join('\n'),
        fields: f,
        files: s.files,
        task: claimOwner === null ? null : s.name,
        // Under a plain heading the claim's time is its "Claimed At"; an agent section has a Last Checkin.
        startedIsCheckin: !s.explicit,
        hiddenBy: s.hiddenBy
      },
      s.pending
    );
  };

  const closeOverride = (lastIndex: number): void => {
    const entry = override ? finishOverride(override, raw, lastIndex, timezone) : null;
    override = null;
    if (entry) overrides.push(entry);
  };

  const closeBlocks = (lastIndex: number): void => {
    if (section) closeSection(lastIndex);
    if (override) closeOverride(lastIndex);
  };

  const sectionLine = (s: SectionBuilder, i: number, d: string): void => {
    const lineNo = i + 1;
    if (d.trim() === '') {
      if (s.filesMode) s.sawBlank = true;
      return;
    }
    const li = parseListItem(d);
    let field = parseField(li ? li.text : d, AGENT_PLAIN_LABELS);
    // "- **src/a.ts**: note" inside a files list is a file, not an unknown field.
    if (field && s.filesMode && !AGENT_PLAIN_LABELS.has(field.key) && isPathLike(normalisePath(stripMarkup(field.label)))) {
      field = null;
    }
    if (field) {
      s.filesMode = false;
      const prev = Object.hasOwn(s.fields, field.key) ? s.fields[field.key] : undefined;
      if (prev) {
        diags.add(
          'warning',
          lineNo,
          `field "${field.label}" of ${s.name} appears again (first at line ${prev.line}); ${KEY_FILES.has(field.key) ? 'both lists are used' : 'this value is ignored'} — expected each field once per section`
        );
      } else {
        s.fields[field.key] = { value: field.value, line: lineNo };
      }
      if (KEY_FILES.has(field.key)) {
        s.filesMode = true;
        s.filesLine = lineNo;
        s.sawBlank = false;
        s.afterProse = false;
        const v = field.value;
        const t = v.trim();
        if (t !== '' && !(t.startsWith('(') && t.endsWith(')')) && !t.endsWith(':')) sink.addFile(s, v, lineNo);
      }
      return;
    }
    if (!s.filesMode) return;
    if (li) {
      s.sawBlank = false;
      filesOf.set(i, s.filesLine);
      if (li.text === '') return;
      if (s.afterProse && extractPath(li.text).kind !== 'path') return;
      sink.addFile(s, li.text, lineNo);
      return;
    }
    // A bare path right under the field (no bullet, no blank line before it) still counts.
    if (!s.sawBlank) {
      const r = extractPath(d.trim());
      if (r.kind === 'path') {
        filesOf.set(i, s.filesLine);
        sink.addFile(s, d.trim(), lineNo);
        return;
      }
      if (r.kind === 'none') {
        filesOf.set(i, s.filesLine);
        return;
      }
    }
    // Prose after a blank line ends a list that has items. A note between the label and the items ("Files Being
    // Modified:", "see below", "- a.ts") or inside the list does not: dropping the items after it would be a
    // silent pass; later items count when they are paths.
    if (s.sawBlank && s.files.length + s.pending.length > 0) {
      s.filesMode = false;
      return;
    }
    s.afterProse = true;
  };

  const contextLine = (i: number, d: string): void => {
    if (d.trim() === '') return;
    const li = parseListItem(d);
    if (!li) {
      // "codex -> src/a.ts" lock lines are not always list items.
      if (/->|→/.test(d)) readLineClaim(sink, i, d.trim(), suspects);
      return;
    }
    if (readLineClaim(sink, i, li.text, suspects)) return;
    let state: ModuleState | null = null;
    let modulesHeading = false;
    for (let k = stack.length - 1; k >= 0; k--) {
      const c = stack[k]!;
      if (c.overrideContainer) {
        override = overrideFromListItem(li, i + 1, timezone) ?? override;
        return;
      }
      if (state === null && c.state !== null) state = c.state;
      if (c.modules) modulesHeading = true;
    }
    const m = parseModuleLine(li.text, { state, modules: modulesHeading });
    if (!m) return;
    modules.push({ module: m.module, state: m.state, line: i + 1 });
    if (m.agent !== null) moduleClaims.push({ module: m.module, agent: m.agent, line: i + 1 });
  };

  for (let i = 0; i < raw.length; i++) {
    const d = data[i]!;
    const h = d.length > 0 && d.length <= MAX_LINE_LENGTH ? parseHeading(d) : null;
    if (h) {
      orphans.close();
      const context = headingContext(h);
      let agent = agentHeading(h);
      // A candidate (a heading without "Status") is not an agent when it labels a module list or an override
      // group, and does not end the section it sits in when it is deeper (a sub-heading of that section).
      if (agent && !agent.explicit && (context.state !== null || context.modules || context.overrideContainer)) agent = null;
      if (agent && !agent.explicit && section && h.level > section.level) agent = null;
      // Under an "Emergency Overrides" heading, sub-headings are entries ("### 2026-01-02 - Codex").
      if (agent && !agent.explicit && stack.some((c) => c.overrideContainer && c.level < h.level)) agent = null;
      const ov = agent === null ? overrideHeading(h) : null;
      let entryParts = ov !== null && ov.parts.length > 0 ? ov.parts : null;
      const blockLevel = section ? section.level : override ? override.level : 0;
      if ((section || override) && (agent !== null || ov !== null || h.level <= blockLevel || (override && override.indent >= 0))) {
        closeBlocks(i - 1);
      }
      while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
      // Under an "Emergency Overrides" heading, a heading that starts with a date is an entry too.
      if (agent === null && ov === null && !section && !override && stack.some((c) => c.overrideContainer)) {
        const t = cleanDatePrefix(stripMarkup(h.text));
        if (LEADING_DATE.test(t)) entryParts = t.split(/\s+[-–—|:]\s+/).filter((p) => p.trim() !== '');
      }
      if (agent !== null) {
        section = {
          name: agent.name,
          aliases: agent.aliases,
          explicit: agent.explicit,
          hiddenBy: hiddenBy[i] ?? 0,
          line: i + 1,
          level: h.level,
          fields: {},
          files: [],
          seen: new Set(),
          pending: [],
          filesMode: false,
          filesLine: 0,
          sawBlank: false,
          afterProse: false
        };
        stack.push(agent.explicit ? { level: h.level, state: null, modules: false, overrideContainer: false } : context);
      } else if (entryParts !== null) {
        override = overrideFromHeading(entryParts, i + 1, h.level, h.text, timezone, diags);
        stack.push({ level: h.level, state: null, modules: false, overrideContainer: false });
      } else if (!section && !override) {
        stack.push(context);
      }
      continue;
    }
    // "* **" is a rule to CommonMark, but in a files list it is the claim "**" (the whole repository).
    if (d.length > 0 && isRule(d) && !((section?.filesMode || orphans.isOpen) && parseListItem(d)?.text.trim() === '**')) {
      orphans.close();
      // A rule right under an agent heading is decoration ("## Codex Status", "---", fields): the section goes on.
      if (section && section.explicit && Object.keys(section.fields).length === 0) continue;
      if (section?.filesMode) orphans.cutOff(i + 1, `the rule here, which ends ${section.name}'s files list, is followed by a list`);
      closeBlocks(i - 1);
      stack = [];
      continue;
    }
    if (!section && !override && d.trimStart().startsWith('|')) {
      const last = readTableAt(sink, data, i, ownership);
      if (last > i) {
        i = last;
        continue;
      }
    }
    if (section) {
      sectionLine(section, i, d);
      // Until its fields make it a claim, a candidate's lines may still be module lines ("- X - CLAIMED BY Y").
      if (!section.explicit) contextLine(i, d);
      continue;
    }
    if (override) {
      if (overrideLine(override, d, i + 1)) continue;
      closeOverride(i - 1);
    }
    orphans.line(i, d);
    contextLine(i, d);
  }
  closeBlocks(raw.length - 1);

  linkOverrideModules(overrides, modules);
  readOwnership(sink, ownership);
  sink.unreadable.push(...orphans.report());
  reportUnaccounted(sink, prepared, suspects, moduleClaims);
  const revealed = options.nested ? null : revealHidden(prepared);
  const hidden = revealed === null ? [] : hiddenClaims(parseClaims(revealed, { timezone, nested: true }).agents, sink.agents);
  const doc: ClaimsDocument = {
    agents: sink.agents,
    moduleClaims,
    modules,
    overrides,
    diagnostics: diags.finish(),
    unreadable: sink.unreadable,
    ...(hidden.length > 0 ? { hidden } : {})
  };
  return { doc, prepared, filesOf };
}
