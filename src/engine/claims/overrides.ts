// Emergency Override entries: a heading "Emergency Override - <date> - <name>" or a dated item under such a heading.
import type { EmergencyOverride, FieldValue, ModuleListing, TimeInterval } from '../model.js';
import { parseTime } from '../time/index.js';
import { firstToken } from './files.js';
import { lastNonBlank, parseField, parseListItem, type Diagnostics, type ListItem } from './markdown.js';
import { firstField, OVERRIDE_PLAIN_LABELS } from './sections.js';
import { cleanName, dropLeadingDecoration, isNoneLike } from './text.js';

// ---------------------------------------------------------------------------------------------------------------
// Emergency overrides

export interface OverrideBuilder {
  line: number;
  /** Indentation of the list item that opened a list-shaped entry; -1 for a heading entry. */
  indent: number;
  level: number;
  date: TimeInterval | null;
  by: string | null;
  module: string | null;
  reason: string | null;
  fields: Record<string, FieldValue>;
  template: boolean;
  sawBlank: boolean;
}

export const LEADING_DATE =
  /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[T ]\d{1,2}:(?:\d{2}|[xX]{2})(?::\d{2})?)?(?:[ \t]?(?:UTC|GMT|Z))?(?![\w:])/;

export function isPlaceholder(s: string): boolean {
  const t = s.trim();
  return (
    (t.startsWith('[') && t.endsWith(']')) ||
    (t.startsWith('<') && t.endsWith('>')) ||
    (t.startsWith('{') && t.endsWith('}')) ||
    /\byour name\b/i.test(t)
  );
}


export function cleanDatePrefix(s: string): string {
  let t = dropLeadingDecoration(s).trim();
  while (t.length > 0 && '*_`['.includes(t.charAt(0))) t = t.slice(1);
  return t;
}

/** "### Emergency Override - 2025-12-04 - Claude Code": the entry its parts describe (an unfilled template warns). */
export function overrideFromHeading(parts: readonly string[], line: number, level: number, headingText: string, timezone: string, diags: Diagnostics): OverrideBuilder {
  const template = parts.some(isPlaceholder);
  if (template) {
    diags.add(
      'warning',
      line,
      `emergency override heading "${headingText.slice(0, 80)}" looks like an unfilled template; ignored — expected "Emergency Override - <date> - <name>"`
    );
  }
  let date: TimeInterval | null = null;
  let by: string | null = null;
  for (const part of parts) {
    const t: TimeInterval | null = date === null ? parseTime(part, timezone) : null;
    if (t) date = t;
    else if (by === null) by = cleanName(part) || null;
  }
  return { line, indent: -1, level, date, by, module: null, reason: null, fields: {}, template, sawBlank: false };
}

/** A dated list item under an "Emergency Override" heading: `- 2025-12-04 Claude Code: hotfix in a/b.ts`. */
export function overrideFromListItem(li: ListItem, line: number, timezone: string): OverrideBuilder | null {
  const s = cleanDatePrefix(li.text);
  const m = LEADING_DATE.exec(s);
  if (!m) return null;
  const date = parseTime(m[0], timezone);
  if (!date) return null;
  let rest = s.slice(m[0].length).replace(/^[\s*_`,:;–—-]+/, '');
  let by: string | null = null;
  const colon = rest.indexOf(':');
  let dash = -1;
  for (const sep of [' - ', ' — ', ' – ']) {
    const x = rest.indexOf(sep);
    if (x >= 0 && (dash < 0 || x < dash)) dash = x;
  }
  const cut = colon >= 0 && (dash < 0 || colon < dash) ? colon : dash;
  if (cut > 0 && cut <= 60) {
    const who = cleanName(rest.slice(0, cut));
    if (who !== '' && who.split(/\s+/).length <= 4) {
      by = who;
      rest = rest.slice(cut + (cut === colon ? 1 : 3)).trim();
    }
  }
  const reason = rest.trim() === '' ? null : rest.trim();
  const first = reason ? cleanName(firstToken(reason)) : '';
  const module = first !== '' && /^[A-Za-z_][\w.-]*Module$/.test(first) ? first : null;
  return { line, indent: li.indent, level: 0, date, by, module, reason, fields: {}, template: false, sawBlank: false };
}

/** One more line of an entry: its fields. False when the line does not belong to a list-shaped entry (which ends). */
export function overrideLine(o: OverrideBuilder, d: string, lineNo: number): boolean {
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
}

/** The entry, once its last line (index `lastIndex`) is known; null for a template. */
export function finishOverride(o: OverrideBuilder, raw: readonly string[], lastIndex: number, timezone: string): EmergencyOverride | null {
  if (o.template) return null;
  const start = o.line - 1;
  const end = lastNonBlank(raw, start, lastIndex);
  const f = o.fields;
  let date = o.date;
  const dateField = f['date'];
  if (date === null && dateField) date = parseTime(dateField.value, timezone);
  const byField = firstField(f, ['by', 'agent', 'taken by', 'overridden by']);
  const moduleField = f['module'];
  const ownerField = firstField(f, ['original owner', 'owner']);
  const reasonField = f['reason'];
  return {
    line: o.line,
    endLine: end + 1,
    date,
    by: o.by ?? (byField ? cleanName(byField.value) || null : null),
    module: moduleField && !isNoneLike(moduleField.value) ? cleanName(moduleField.value) || null : o.module,
    originalOwner: ownerField && !isNoneLike(ownerField.value) ? cleanName(ownerField.value) || null : null,
    reason: reasonField ? reasonField.value : o.reason,
    lines: raw.slice(start, end + 1)
  };
}

/** A list-shaped override naming a module listed elsewhere in the file ("- 2025-12-04 Codex: Billing hotfix"). */
export function linkOverrideModules(overrides: EmergencyOverride[], modules: readonly ModuleListing[]): void {
  if (modules.length === 0) return;
  const known = new Map(modules.map((m) => [m.module.toLowerCase(), m.module]));
  for (const o of overrides) {
    if (o.module !== null || !o.reason) continue;
    const hit = known.get(cleanName(firstToken(o.reason)).toLowerCase());
    if (hit) o.module = hit;
  }
}
