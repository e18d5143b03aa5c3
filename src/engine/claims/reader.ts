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
import type { AgentSection, ClaimsDocument, EmergencyOverride, FieldValue, ModuleClaim, ModuleListing, ParseClaimsOptions, TimeInterval } from '../model.js';
import { Diagnostics, ListItem, MAX_LINE_LENGTH, isRule, parseField, parseHeading, parseListItem, prepare } from './markdown.js';
import { cleanName, isNoneLike, isTimeNullWord, stripMarkup } from './text.js';
import { AGENT_PLAIN_LABELS, KEY_CHECKIN, KEY_EXPECTED, KEY_FILES, KEY_MODULE, KEY_STARTED, KEY_STATUS, KEY_WORKING_ON, OVERRIDE_PLAIN_LABELS, SectionBuilder, agentNameFromHeading, cleanModule, firstField, overrideHeading, textValue } from './sections.js';
import { extractPath, firstToken, isPathLike, normalisePath, splitTopLevel } from './files.js';
import { Context, ModuleState, headingContext, parseModuleLine } from './modules.js';
import { LEADING_DATE, OverrideBuilder, cleanDatePrefix, isPlaceholder } from './overrides.js';
import { patternProblem } from '../paths.js';
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

  const { raw, data } = prepare(source, diags);
  const agents: AgentSection[] = [];
  const moduleClaims: ModuleClaim[] = [];
  const modules: ModuleListing[] = [];
  const overrides: EmergencyOverride[] = [];
  const agentLines = new Map<string, number>();

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

  const timeField = (f: FieldValue | null, label: string): TimeInterval | null => {
    if (!f) return null;
    const t = parseTime(f.value, timezone);
    if (t === null && !isTimeNullWord(f.value)) {
      diags.add(
        'warning',
        f.line,
        `could not read "${f.value.slice(0, 80)}" as a time for ${label} — expected a date like 2025-12-03 15:00:00, 2025-12-03T15:00:00Z or 2025-12-03`
      );
    }
    return t;
  };

  const closeSection = (lastIndex: number): void => {
    const s = section;
    section = null;
    // A "… Status" heading with no field under it is prose ("### Check Sync Status" over a code block).
    if (!s || Object.keys(s.fields).length === 0) return;
    const key = s.name.toLowerCase().replace(/\s+/g, ' ');
    const first = agentLines.get(key);
    if (first !== undefined) {
      diags.add(
        'error',
        s.line,
        `second status section for agent "${s.name}" (the first is at line ${first}); this one is ignored — expected one section per agent`
      );
      return;
    }
    agentLines.set(key, s.line);
    const start = s.line - 1;
    const end = lastNonBlank(start, lastIndex);
    const f = s.fields;
    const workingOn = textValue(firstField(f, KEY_WORKING_ON));
    agents.push({
      name: s.name,
      line: s.line,
      endLine: end + 1,
      body: raw.slice(start, end + 1).join('\n'),
      workingOn,
      module: cleanModule(firstField(f, KEY_MODULE)),
      startedAt: timeField(firstField(f, KEY_STARTED), 'Started At'),
      expectedCompletion: textValue(firstField(f, KEY_EXPECTED)),
      lastCheckin: timeField(firstField(f, KEY_CHECKIN), 'Last Checkin'),
      status: textValue(firstField(f, KEY_STATUS)),
      files: s.files,
      fields: f,
      idle: workingOn === null && s.files.length === 0
    });
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

  const addFile = (s: SectionBuilder, item: string, line: number): void => {
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
        diags.add(
          'warning',
          line,
          `"${part.trim().slice(0, 80)}" under Files Being Modified of ${s.name} does not look like a path; ignored — expected a path, a directory (dir/) or a glob, optionally followed by a note`
        );
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

  const contextLine = (i: number, d: string): void => {
    if (d.trim() === '') return;
    const li = parseListItem(d);
    if (!li) return;
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
      const agent = agentNameFromHeading(h);
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
          name: agent,
          line: i + 1,
          level: h.level,
          fields: {},
          files: [],
          seen: new Set(),
          filesMode: false,
          sawBlank: false
        };
        stack.push({ level: h.level, state: null, modules: false, overrideContainer: false });
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
        stack.push(headingContext(h));
      }
      continue;
    }
    if (d.length > 0 && isRule(d)) {
      closeBlocks(i - 1);
      stack = [];
      continue;
    }
    if (section) {
      sectionLine(section, i, d);
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

  if (agents.length === 0) {
    diags.add('warning', 0, 'no agent status sections found — expected headings like "## Claude Code Status"');
  }
  return { agents, moduleClaims, modules, overrides, diagnostics: diags.finish() };
}
