// Module lists outside agent sections: "- ⚠️ TrackingModule - CLAIMED BY ChatGPT Codex", "### ✅ Complete" contexts.
import type { ModuleListing } from '../model.js';
import { Heading, MAX_HEADING_TEXT } from './markdown.js';
import { LETTER_OR_DIGIT, cleanName, dropLeadingDecoration, isNoneLike, stripMarkup } from './text.js';
import { isPlaceholder } from './overrides.js';

// ---------------------------------------------------------------------------------------------------------------
// Module lists

export type ModuleState = ModuleListing['state'];

export interface Context {
  level: number;
  state: ModuleState | null;
  modules: boolean;
  overrideContainer: boolean;
}

/** Removes parenthesised notes: "Complete (No Work Needed)" → "Complete ". */
export function dropParentheticals(s: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * What a heading says about the list items under it. Only short label-like headings set a module state
 * ("### ✅ Complete (No Work Needed)", "## Available Modules for Work"), not prose that happens to contain the
 * word ("### Current Status: PHASE 2 COMPLETE - High-Level API Implemented!").
 */
export function headingContext(h: Heading): Context {
  const full = stripMarkup(h.text).toLowerCase();
  const t = h.text.length > MAX_HEADING_TEXT ? '' : dropParentheticals(dropLeadingDecoration(full)).trim();
  const words = t === '' ? 0 : t.split(/\s+/).length;
  const label = words > 0 && words <= 5 && t.indexOf(':') < 0;
  let state: ModuleState | null = null;
  if (label) {
    if (/\bclaimed\b/.test(t)) state = 'claimed';
    else if (/\bcomplete(?:d)?\b/.test(t)) state = 'complete';
    else if (/\bavailable\b/.test(t)) state = 'available';
  }
  return {
    level: h.level,
    state,
    modules: label && /\bmodules?\b/.test(t),
    overrideContainer: full.indexOf('emergency override') >= 0
  };
}

export const WORD = /^[\p{L}\p{N}_@][\p{L}\p{N}_.@/+#-]*$/u;

/** Words that make a "name" a sentence ("NEVER work on modules claimed by the other AI"). */
export const PROSE_WORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'to',
  'of',
  'in',
  'by',
  'for',
  'with',
  'and',
  'or',
  'not',
  'never',
  'always',
  'do',
  'don',
  'is',
  'are',
  'be',
  'if',
  'any',
  'all',
  'you',
  'your',
  'my',
  'we',
  'other',
  'work',
  'working'
]);

/** A module name: one identifier-like word (context-only lines) or up to four (lines with an explicit marker). */
export function validModuleName(name: string, multiWord: boolean): boolean {
  if (name.length === 0 || name.length > 80 || isNoneLike(name) || isPlaceholder(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > (multiWord ? 4 : 1)) return false;
  // Several words: a title ("Database Seeding", "Phase 2"), never a sentence.
  if (words.length > 1 && words.some((w) => PROSE_WORDS.has(w.toLowerCase()) || /^\p{Ll}/u.test(w))) return false;
  return words.every((w) => WORD.test(w));
}

/** Who holds a claim: a name, not a placeholder or a phrase ("the other AI"). */
export function validAgentName(name: string): boolean {
  if (name === '' || name.length > 80 || isPlaceholder(name) || isNoneLike(name)) return false;
  const words = name.split(/\s+/);
  return words.length <= 5 && !['the', 'other', 'another', 'someone', 'somebody', 'nobody', 'anyone'].includes(words[0]!.toLowerCase());
}

/** "ChatGPT Codex (status uncertain - …)" → "ChatGPT Codex". */
export function claimAgent(s: string): string {
  let cut = s.length;
  for (const sep of ['(', ')', ' - ', ' — ', ' – ', ',', ';', ':', ' since ', ' until ', ' until:']) {
    const k = s.indexOf(sep);
    if (k >= 0 && k < cut) cut = k;
  }
  return cleanName(s.slice(0, cut));
}

export interface ModuleLine {
  module: string;
  state: ModuleState;
  agent: string | null;
}

export function parseModuleLine(itemText: string, ctx: { state: ModuleState | null; modules: boolean }): ModuleLine | null {
  let s = dropLeadingDecoration(itemText).trim();
  // Symbols glued to the front ("✅**Auth**").
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (LETTER_OR_DIGIT.test(ch) || '*_`['.includes(ch)) break;
    i += ch.length;
  }
  s = s.slice(i);
  if (s === '') return null;

  let name: string;
  let rest: string;
  let bareClaim = false;
  const delim = s.startsWith('**') ? '**' : s.startsWith('__') ? '__' : s.startsWith('`') ? '`' : null;
  if (delim) {
    const close = s.indexOf(delim, delim.length);
    if (close < 0) return null;
    name = s.slice(delim.length, close);
    rest = s.slice(close + delim.length);
  } else {
    const lower = s.toLowerCase();
    let cut = s.length;
    for (const sep of [' - ', ' — ', ' – ', ' -- ', ': ', ' (', ' claimed by ']) {
      const k = sep === ' claimed by ' ? lower.indexOf(sep) : s.indexOf(sep);
      if (k >= 0 && k < cut) {
        cut = k;
        bareClaim = sep === ' claimed by ';
      }
    }
    name = s.slice(0, cut);
    rest = s.slice(cut);
  }
  name = cleanName(name);
  while (rest.length > 0 && ' \t-–—:'.includes(rest.charAt(0))) rest = rest.slice(1);

  const lowerRest = rest.toLowerCase();
  let state: ModuleState | null = null;
  let agent: string | null = null;
  const by = lowerRest.indexOf('claimed by');
  if (by >= 0) {
    state = 'claimed';
    const a = claimAgent(rest.slice(by + 'claimed by'.length));
    agent = validAgentName(a) ? a : null;
  } else if (!rest.startsWith('(')) {
    // A state word right after the separator ("- Complete", "- Available (…)"), not inside a note.
    const word = /^[\p{L}-]+/u.exec(cleanName(rest).toLowerCase())?.[0] ?? '';
    if (word === 'claimed' || word === 'locked') state = 'claimed';
    else if (word === 'complete' || word === 'completed' || word === 'done' || word === 'finished') state = 'complete';
    else if (word === 'available' || word === 'unclaimed') state = 'available';
  }
  if (state !== null) {
    // "X claimed by Y" without a separator: only a one-word X, else any sentence with "claimed by" would match.
    return validModuleName(name, !bareClaim) ? { module: name, state, agent } : null;
  }
  if (ctx.state === null && !ctx.modules) return null;
  return validModuleName(name, false) ? { module: name, state: ctx.state ?? 'other', agent: null } : null;
}
