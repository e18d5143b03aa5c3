// Emergency Override entries: a heading "Emergency Override - <date> - <name>" or a dated item under such a heading.
import type { FieldValue, TimeInterval } from '../model.js';
import { dropLeadingDecoration } from './text.js';

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
