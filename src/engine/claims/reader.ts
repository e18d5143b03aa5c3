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
import type { Unreadable, AgentSection, ClaimsDocument, EmergencyOverride, FieldValue, ModuleClaim, ModuleListing, ParseClaimsOptions, TimeInterval } from '../model.js';
import { Diagnostics, ListItem, MAX_LINE_LENGTH, isRule, parseField, parseHeading, parseListItem, prepare } from './markdown.js';
import { cleanName, isNoneLike, stripMarkup } from './text.js';
import { AGENT_PLAIN_LABELS, KEY_FILES, OVERRIDE_PLAIN_LABELS, SectionBuilder, FileTarget, agentHeading, KEY_OWNER, firstField, overrideHeading } from './sections.js';
import { extractPath, firstToken, isPathLike, normalisePath, splitTopLevel } from './files.js';
import { Context, ModuleState, headingContext, parseModuleLine } from './modules.js';
import { LEADING_DATE, OverrideBuilder, cleanDatePrefix, isPlaceholder } from './overrides.js';
import { patternProblem } from '../paths.js';
import { isClaimField, agentKey, buildClaim, ownerName, type ClaimParts } from './claim.js';
import { EVERY_AGENT_WORDS, isKnownAgentName } from './vocabulary.js';
import { lineClaim, linePrefix } from './lines.js';
import { filesCellText, isSeparatorRow, rowFields, splitRow, tableShape, type TableRow } from './tables.js';
import { isValidTimezone, parseTime } from '../time.js';

// ---------------------------------------------------------------------------------------------------------------
// The parser

/** Reads a claims file. Never throws; problems are reported as diagnostics with 1-based line numbers. */
export function parseClaims(text: string, options: ParseClaimsOptions = {}): ClaimsDocument {
  const diags = new Diagnostics();
  const source = typeof text === 'string' ? text : String(text ?? '');
  let timezone = options.timezone ?? 'UTC';
  if (!isValidTimezone(timezone)) {
    diags.add('warning', 0, `unknown time zone "${timezone}"; times without a zone are read as UTC — expected an IANA name like "Europe/Berlin"`);
    timezone = 'UTC';
  }

  const { raw, data, hiddenBy, unclosed } = prepare(source, diags);
  const agents: AgentSection[] = [];
  const moduleClaims: ModuleClaim[] = [];
  const modules: ModuleListing[] = [];
  const overrides: EmergencyOverride[] = [];
  const agentLines = new Map<string, number>();
  const unreadable: Unreadable[] = [];
  /** Lines that start with an agent's name but were not read as a claim: reported unless the agent is known. */
  const suspects: { line: number; name: string; text: string }[] = [];
  const ownership: { row: TableRow; owner: string; files: string }[] = [];

  let section: SectionBuilder | null = null;
  let override: OverrideBuilder | null = null;
  let stack: Context[] = [];

  const isBlankRaw = (i: number): boolean => raw[i]!.trim() === '';
  /** Last non-blank line index in [from, to]. */
  const lastNonBlank = (from: number, to: number): number => {
    let e = to;
    while (e > from && isBlankRaw(e)) e--;
    return e;
  };

  const timeProblem = (line: number, value: string, label: string): void => {
    diags.add(
      'warning',
      line,
      `could not read "${value.slice(0, 80)}" as a time for ${label} — expected a date like 2025-12-03 15:00:00, 2025-12-03T15:00:00Z or 2025-12-03`
    );
  };

  /** Adds a claim; a second explicit "## X Status" section for one agent is an error (the first counts). */
  const addClaim = (parts: Omit<ClaimParts, 'timezone'>, pending: readonly Unreadable[] = []): void => {
    const key = agentKey(parts.name);
    if (parts.source === 'section') {
      const first = agentLines.get(key);
      if (first !== undefined) {
        diags.add(
          'error',
          parts.line,
          `second status section for agent "${parts.name}" (the first is at line ${first}); this one is ignored — expected one section per agent`
        );
        return;
      }
      agentLines.set(key, parts.line);
    }
    const built = buildClaim({ ...parts, timezone });
    for (const [line, value, label] of built.timeProblems) timeProblem(line, value, label);
    agents.push(built.section);
    // What a live claim lists but the reader cannot use is reported; an idle claim's leftovers are not.
    if (!built.section.idle) for (const u of pending) unreadable.push({ ...u, agent: built.section.name });
  };

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
    const end = lastNonBlank(start, lastIndex);
    addClaim(
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
    const o = override;
    override = null;
    if (!o || o.template) return;
    const start = o.line - 1;
    const end = lastNonBlank(start, lastIndex);
    const f = o.fields;
    let date = o.date;
    const dateField = f['date'];
    if (date === null && dateField) date = parseTime(dateField.value, timezone);
    const byField = firstField(f, ['by', 'agent', 'taken by', 'overridden by']);
    const moduleField = f['module'];
    const ownerField = firstField(f, ['original owner', 'owner']);
    const reasonField = f['reason'];
    overrides.push({
      line: o.line,
      endLine: end + 1,
      date,
      by: o.by ?? (byField ? cleanName(byField.value) || null : null),
      module: moduleField && !isNoneLike(moduleField.value) ? cleanName(moduleField.value) || null : o.module,
      originalOwner: ownerField && !isNoneLike(ownerField.value) ? cleanName(ownerField.value) || null : null,
      reason: reasonField ? reasonField.value : o.reason,
      lines: raw.slice(start, end + 1)
    });
  };

  const closeBlocks = (lastIndex: number): void => {
    if (section) closeSection(lastIndex);
    if (override) closeOverride(lastIndex);
  };

  const addFile = (s: FileTarget, item: string, line: number): void => {
    for (const part of splitTopLevel(item)) {
      if (part.trim() === '' && item.indexOf(',') >= 0) continue;
      const r = extractPath(part);
      if (r.kind === 'path') {
        if (!s.seen.has(r.pattern)) {
          s.seen.add(r.pattern);
          s.files.push({ pattern: r.pattern, line });
          // Looks like a path, but the matcher refuses it: say so, or the claim silently protects nothing.
          const problem = patternProblem(r.pattern);
          if (problem) {
            diags.add(
              'error',
              line,
              `"${r.pattern.slice(0, 80)}" under Files Being Modified of ${s.name} cannot be matched (${problem}); it claims nothing — expected a path, a directory (dir/) or a glob`
            );
          }
        }
      } else if (r.kind === 'invalid') {
        const found = part.trim().slice(0, 80);
        diags.add(
          'warning',
          line,
          `"${found}" under Files Being Modified of ${s.name} does not look like a path; ignored — expected a path, a directory (dir/) or a glob, optionally followed by a note`
        );
        s.pending.push({
          line,
          found: `"${found}" in the files claimed by ${s.name}, which is not a path`,
          expected: 'a path, a directory (dir/) or a glob such as src/api/**, optionally followed by a note',
          agent: s.name
        });
      }
    }
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
        s.sawBlank = false;
        const v = field.value;
        const t = v.trim();
        if (t !== '' && !(t.startsWith('(') && t.endsWith(')')) && !t.endsWith(':')) addFile(s, v, lineNo);
      }
      return;
    }
    if (!s.filesMode) return;
    if (li) {
      s.sawBlank = false;
      if (li.text === '') return;
      addFile(s, li.text, lineNo);
      return;
    }
    // A bare path right under the field (no bullet, no blank line before it) still counts.
    if (!s.sawBlank) {
      const r = extractPath(d.trim());
      if (r.kind === 'path') {
        addFile(s, d.trim(), lineNo);
        return;
      }
      if (r.kind === 'none') return;
    }
    s.filesMode = false;
  };

  const overrideLine = (o: OverrideBuilder, i: number, d: string): boolean => {
    // Returns false when the line does not belong to a list-shaped entry (which then ends).
    const lineNo = i + 1;
    const li = parseListItem(d);
    if (o.indent >= 0) {
      if (d.trim() === '') {
        o.sawBlank = true;
        return true;
      }
      const indent = li ? li.indent : d.length - d.trimStart().length;
      if (li ? li.indent <= o.indent : o.sawBlank && indent <= o.indent) return false;
    }
    if (d.trim() === '') return true;
    o.sawBlank = false;
    const field = parseField(li ? li.text : d, OVERRIDE_PLAIN_LABELS);
    if (field && !Object.hasOwn(o.fields, field.key)) o.fields[field.key] = { value: field.value, line: lineNo };
    return true;
  };

  /** A dated list item under an "Emergency Override" heading: `- 2025-12-04 Claude Code: hotfix in a/b.ts`. */
  const openListOverride = (li: ListItem, i: number): boolean => {
    const s = cleanDatePrefix(li.text);
    const m = LEADING_DATE.exec(s);
    if (!m) return false;
    const date = parseTime(m[0], timezone);
    if (!date) return false;
    let rest = s.slice(m[0].length).replace(/^[\s*_`,:;–—-]+/, '');
    let by: string | null = null;
    let reason: string | null = null;
    const colon = rest.indexOf(':');
    const dash = (() => {
      let k = -1;
      for (const sep of [' - ', ' — ', ' – ']) {
        const x = rest.indexOf(sep);
        if (x >= 0 && (k < 0 || x < k)) k = x;
      }
      return k;
    })();
    const cut = colon >= 0 && (dash < 0 || colon < dash) ? colon : dash;
    if (cut > 0 && cut <= 60) {
      const who = cleanName(rest.slice(0, cut));
      if (who !== '' && who.split(/\s+/).length <= 4) {
        by = who;
        rest = rest.slice(cut + (cut === colon ? 1 : 3)).trim();
      }
    }
    reason = rest.trim() === '' ? null : rest.trim();
    let module: string | null = null;
    const first = reason ? cleanName(firstToken(reason)) : '';
    if (first !== '' && /^[A-Za-z_][\w.-]*Module$/.test(first)) module = first;
    override = {
      line: i + 1,
      indent: li.indent,
      level: 0,
      date,
      by,
      module,
      reason,
      fields: {},
      template: false,
      sawBlank: false
    };
    return true;
  };

  /** A claim written on one line; true when the line was one. Lines naming an agent without files are noted. */
  const lineClaimAt = (i: number, text: string): boolean => {
    const c = lineClaim(text.replace(/\*\*/g, ''));
    if (c === null) {
      const p = linePrefix(stripMarkup(text));
      if (p && (isKnownAgentName(p.name) || agentLines.has(agentKey(p.name)))) suspects.push({ line: i + 1, name: p.name, text });
      return false;
    }
    const target: FileTarget = { name: c.agent, files: [], seen: new Set(), pending: [] };
    addFile(target, c.files, i + 1);
    if (target.files.length === 0 && target.pending.length === 0) return false;
    // Consecutive lock lines of one agent ("codex -> a", "codex -> b") are one claim.
    const prev = agents[agents.length - 1];
    if (prev && prev.source === 'list' && prev.endLine === i && agentKey(prev.name) === agentKey(c.agent) && c.time === null && c.status === null && !prev.lastCheckin) {
      for (const f of target.files) if (!prev.files.some((x) => x.pattern === f.pattern)) prev.files.push(f);
      prev.endLine = i + 1;
      prev.body = `${prev.body}\n${raw[i]!}`;
      for (const u of target.pending) unreadable.push({ ...u, agent: prev.name });
      return true;
    }
    const fields: Record<string, FieldValue> = {};
    if (c.time !== null) fields['claimed at'] = { value: c.time, line: i + 1 };
    if (c.status !== null) fields['status'] = { value: c.status, line: i + 1 };
    if (c.task !== null) fields['task'] = { value: c.task, line: i + 1 };
    addClaim(
      { name: c.agent, aliases: [], source: 'list', line: i + 1, endLine: i + 1, body: raw[i]!, fields, files: target.files, startedIsCheckin: true, hiddenBy: hiddenBy[i] ?? 0 },
      target.pending
    );
    return true;
  };

  /** A table at line index i (header, separator, rows): claims rows now, ownership rows once every agent is known. */
  const tableAt = (i: number): number => {
    const header = splitRow(data[i]!);
    const sep = i + 1 < raw.length ? splitRow(data[i + 1]!) : null;
    if (!header || !sep || !isSeparatorRow(sep)) return i;
    let j = i + 2;
    const rows: TableRow[] = [];
    for (; j < raw.length; j++) {
      const cells = splitRow(data[j]!);
      if (!cells) break;
      rows.push({ line: j + 1, cells, raw: raw[j]! });
    }
    const shape = tableShape(header);
    if (shape === null) return j - 1;
    for (const row of rows) {
      const cell = row.cells[shape.owner] ?? '';
      if (shape.kind === 'ownership') {
        ownership.push({ row, owner: stripMarkup(cell).trim(), files: row.cells[shape.files] ?? '' });
        continue;
      }
      const owner = ownerName(cell);
      if (owner === null) continue;
      const target: FileTarget = { name: owner, files: [], seen: new Set(), pending: [] };
      const filesCell = filesCellText(row.cells[shape.files] ?? '');
      addFile(target, filesCell, row.line);
      addClaim(
        { name: owner, aliases: [], source: 'table', line: row.line, endLine: row.line, body: row.raw, fields: rowFields(shape, row), files: target.files, startedIsCheckin: true, hiddenBy: hiddenBy[row.line - 1] ?? 0 },
        target.pending
      );
    }
    return j - 1;
  };

  const contextLine = (i: number, d: string): void => {
    if (d.trim() === '') return;
    const li = parseListItem(d);
    if (!li) {
      // "codex -> src/a.ts" lock lines are not always list items.
      if (/->|→/.test(d)) lineClaimAt(i, d.trim());
      return;
    }
    if (lineClaimAt(i, li.text)) return;
    let state: ModuleState | null = null;
    let modulesHeading = false;
    for (let k = stack.length - 1; k >= 0; k--) {
      const c = stack[k]!;
      if (c.overrideContainer) {
        openListOverride(li, i);
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
          sawBlank: false
        };
        stack.push(agent.explicit ? { level: h.level, state: null, modules: false, overrideContainer: false } : context);
      } else if (entryParts !== null) {
        const parts = entryParts;
        const template = parts.some(isPlaceholder);
        if (template) {
          diags.add(
            'warning',
            i + 1,
            `emergency override heading "${h.text.slice(0, 80)}" looks like an unfilled template; ignored — expected "Emergency Override - <date> - <name>"`
          );
        }
        let date: TimeInterval | null = null;
        let by: string | null = null;
        for (const part of parts) {
          const t: TimeInterval | null = date === null ? parseTime(part, timezone) : null;
          if (t) date = t;
          else if (by === null) by = cleanName(part) || null;
        }
        override = {
          line: i + 1,
          indent: -1,
          level: h.level,
          date,
          by,
          module: null,
          reason: null,
          fields: {},
          template,
          sawBlank: false
        };
        stack.push({ level: h.level, state: null, modules: false, overrideContainer: false });
      } else if (!section && !override) {
        stack.push(context);
      }
      continue;
    }
    if (d.length > 0 && isRule(d)) {
      closeBlocks(i - 1);
      stack = [];
      continue;
    }
    if (!section && !override && d.trimStart().startsWith('|')) {
      const last = tableAt(i);
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
      if (overrideLine(override, i, d)) continue;
      closeOverride(i - 1);
    }
    contextLine(i, d);
  }
  closeBlocks(raw.length - 1);

  // A list-shaped override naming a module listed elsewhere in the file ("- 2025-12-04 Codex: Billing hotfix").
  if (modules.length > 0) {
    const known = new Map(modules.map((m) => [m.module.toLowerCase(), m.module]));
    for (const o of overrides) {
      if (o.module !== null || !o.reason) continue;
      const first = cleanName(firstToken(o.reason)).toLowerCase();
      const hit = known.get(first);
      if (hit) o.module = hit;
    }
  }

  readOwnership();
  for (const sus of suspects) {
    // A line naming an agent that has a claim elsewhere is a note about it; otherwise it may be a claim we miss.
    if (agents.some((a) => agentKey(a.name) === agentKey(sus.name) && a.line !== sus.line)) continue;
    unreadable.push({
      line: sus.line,
      found: `"${sus.text.slice(0, 80)}", which names ${sus.name} like a claim but lists no files`,
      expected: `a section "## ${sus.name} Status" with "**Files Being Modified:**", or files on the line ("[Files: a.ts, b.ts]")`,
      agent: sus.name
    });
  }

  /** Ownership rows give paths to agents named elsewhere: "Desktop" abbreviates "Desktop Agent"; Both/All is everyone. */
  function readOwnership(): void {
    for (const o of ownership) {
      const key = agentKey(o.owner);
      const every = EVERY_AGENT_WORDS.has(key);
      const named = agents.filter((a) => a.source !== 'ownership');
      let owners = every ? named : named.filter((a) => agentKey(a.name) === key || (a.aliases ?? []).some((x) => agentKey(x) === key));
      if (owners.length === 0 && !every && key !== '') owners = named.filter((a) => agentKey(a.name).split(/[\s/_-]+/).includes(key) || agentKey(a.name).startsWith(`${key} `));
      const names = [...new Set(owners.map((a) => a.name))];
      if (names.length === 0) {
        const name = ownerName(o.owner);
        if (name !== null) names.push(name);
      }
      for (const name of names) {
        const target: FileTarget = { name, files: [], seen: new Set(), pending: [] };
        addFile(target, filesCellText(o.files), o.row.line);
        const host = agents.find((a) => agentKey(a.name) === agentKey(name) && !a.idle && a.source !== 'ownership');
        const files = target.files.map((f) => (every ? { ...f, shared: true } : f));
        if (host) {
          // The owner's live claim covers its area too, with the claim's own liveness.
          for (const f of files) if (!host.files.some((h) => h.pattern === f.pattern)) host.files.push(f);
          for (const u of target.pending) unreadable.push({ ...u, agent: name });
        } else if (!agents.some((a) => agentKey(a.name) === agentKey(name))) {
          addClaim(
            { name, aliases: [], source: 'ownership', line: o.row.line, endLine: o.row.line, body: o.row.raw, fields: {}, files, hiddenBy: hiddenBy[o.row.line - 1] ?? 0 },
            target.pending
          );
        }
      }
    }
  }

  // Comments and fences left open: the claims read below them anyway are named, and uncertain.
  for (const u of unclosed) {
    const hides = agents.filter((a) => a.line > u.line && hiddenBy[a.line - 1] === u.line).map((a) => a.name);
    unreadable.push({
      line: u.line,
      found: `${u.what} opened here and never closed${hides.length > 0 ? `; it hides the claims of ${hides.join(', ')} (read anyway, as uncertain)` : ''}`,
      expected: `a closing ${u.closer}`,
      ...(hides.length > 0 ? { hides } : {})
    });
  }
  if (agents.length === 0) {
    diags.add('warning', 0, 'no agent status sections found — expected headings like "## Claude Code Status"');
    if (moduleClaims.length === 0 && hasContent(raw, data)) {
      unreadable.push({
        line: 0,
        found: 'text, but no agent section, claims table or claim line the reader knows',
        expected: 'sections like "## Claude Code Status" with "**Files Being Modified:**", or a table with Agent and Files columns'
      });
    }
  }
  unreadable.sort((a, b) => a.line - b.line);
  return { agents, moduleClaims, modules, overrides, diagnostics: diags.finish(), unreadable };
}

/** Has the file anything but headings, rules, blank lines and comments (a bare template claims nothing)? */
function hasContent(raw: readonly string[], data: readonly string[]): boolean {
  for (let i = 0; i < raw.length; i++) {
    const d = (data[i] ?? '').trim();
    if (d === '' || d.startsWith('#') || isRule(d)) continue;
    return true;
  }
  return false;
}
