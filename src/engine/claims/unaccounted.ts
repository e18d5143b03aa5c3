// What the reader could not account for, once the whole file is read: lines that name an agent like a claim but
// were not one, comments and fences left open (and the claims they would hide), and a file with text in which no
// claim was found at all. Each becomes an Unreadable entry, reported as a warning on every run.
import type { ModuleClaim } from '../model.js';
import { sameAgent } from '../names.js';
import type { Suspect } from './lines.js';
import { isRule, type Prepared } from './markdown.js';
import type { ClaimSink } from './sink.js';

export function reportUnaccounted(sink: ClaimSink, prepared: Prepared, suspects: readonly Suspect[], moduleClaims: readonly ModuleClaim[]): void {
  const { agents, unreadable } = sink;
  for (const sus of suspects) {
    // A line naming an agent that has a claim elsewhere is a note about it; otherwise it may be a claim we miss.
    if (agents.some((a) => sameAgent(a.name, sus.name) && a.line !== sus.line)) continue;
    unreadable.push({
      line: sus.line,
      found: `"${sus.text.slice(0, 80)}", which names ${sus.name} like a claim but lists no files`,
      expected: `a section "## ${sus.name} Status" with "**Files Being Modified:**", or files on the line ("[Files: a.ts, b.ts]")`,
      agent: sus.name
    });
  }
  // Comments and fences left open: the claims read below them anyway are named, and uncertain.
  for (const u of prepared.unclosed) {
    const hides = agents.filter((a) => a.line > u.line && prepared.hiddenBy[a.line - 1] === u.line).map((a) => a.name);
    unreadable.push({
      line: u.line,
      found: `${u.what} opened here and never closed${hides.length > 0 ? `; it hides the claims of ${hides.join(', ')} (read anyway, as uncertain)` : ''}`,
      expected: `a closing ${u.closer}`,
      ...(hides.length > 0 ? { hides } : {})
    });
  }
  if (agents.length === 0) {
    sink.diags.add('warning', 0, 'no agent status sections found — expected headings like "## Claude Code Status"');
    if (moduleClaims.length === 0 && hasContent(prepared.data)) {
      unreadable.push({
        line: 0,
        found: 'text, but no agent section, claims table or claim line the reader knows',
        expected: 'sections like "## Claude Code Status" with "**Files Being Modified:**", or a table with Agent and Files columns'
      });
    }
  }
  unreadable.sort((a, b) => a.line - b.line);
}

/** Has the file anything but headings, rules, blank lines and comments (a bare template claims nothing)? */
function hasContent(data: readonly string[]): boolean {
  for (const line of data) {
    const d = line.trim();
    if (d === '' || d.startsWith('#') || isRule(d)) continue;
    return true;
  }
  return false;
}
