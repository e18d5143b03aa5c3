// Claims that fences and comments swallow. Text inside a closed code fence or HTML comment is never read as a
// claim (templates and examples live there), but a fence or comment can also cut a real section in two — heading
// inside, files outside — or wrap a live section by accident. So the file is read a second time with every fence
// and comment marker removed; a claim with files found there and not in the first reading is "hidden", and the
// judge (which knows the time) warns about the hidden claims that look alive.
import type { AgentSection } from '../model.js';
import { agentKey } from '../names.js';
import { fenceOpener, type Prepared } from './markdown.js';

/** The file with fence lines blanked and comment markers dropped; null when it has no fence or comment. */
export function revealHidden(prepared: Prepared): string | null {
  const { raw, data } = prepared;
  let any = false;
  const out = raw.map((line, i) => {
    if (data[i] === line) return line;
    any = true;
    if (fenceOpener(line) !== null) return '';
    return line.replace(/<!--|-->/g, '');
  });
  return any ? out.join('\n') : null;
}

/** The claims of the revealed reading that hold files not claimed by the same agent in the first reading. */
export function hiddenClaims(revealed: readonly AgentSection[], read: readonly AgentSection[]): AgentSection[] {
  const claimed = new Map<string, Set<string>>();
  for (const a of read) {
    const set = claimed.get(agentKey(a.name)) ?? new Set<string>();
    for (const f of a.files) set.add(f.pattern);
    claimed.set(agentKey(a.name), set);
  }
  return revealed.filter((a) => {
    if (a.idle || a.files.length === 0) return false;
    const set = claimed.get(agentKey(a.name));
    return !set || a.files.some((f) => !set.has(f.pattern));
  });
}
