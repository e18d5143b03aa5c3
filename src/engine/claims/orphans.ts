// File lists that belong to no claim: a "**Files Being Modified:**" field with paths under it, outside any agent
// section (a rule or a stray line cut it off from its heading). The paths protect nothing, so each such list is
// reported as unreadable instead of being dropped in silence.
import type { Unreadable } from '../model.js';
import { extractPath } from './files.js';
import { parseField, parseListItem } from './markdown.js';
import { AGENT_PLAIN_LABELS, KEY_FILES } from './sections.js';

interface Open {
  line: number;
  label: string;
  paths: number;
}

export class OrphanLists {
  private open: Open | null = null;
  private readonly found: Open[] = [];

  /** One data line outside any section or override (blank lines included). */
  line(i: number, d: string): void {
    const t = d.trim();
    if (t === '') return;
    const li = parseListItem(d);
    const field = parseField(li ? li.text : d, AGENT_PLAIN_LABELS);
    if (field && KEY_FILES.has(field.key)) {
      this.close();
      this.open = { line: i + 1, label: `"${field.label}"`, paths: field.value !== '' && extractPath(field.value).kind === 'path' ? 1 : 0 };
      return;
    }
    if (this.open && li && !field) {
      if (extractPath(li.text).kind === 'path') this.open.paths++;
      return;
    }
    this.close();
  }

  /** A files list outside any section is being read. */
  get isOpen(): boolean {
    return this.open !== null;
  }

  /** A rule cut a section's files list: path items after it belong to no claim. */
  cutOff(line: number, label: string): void {
    this.close();
    this.open = { line, label, paths: 0 };
  }

  /** Anything that is not a line of the list (a heading, a rule, a section starting). */
  close(): void {
    if (this.open && this.open.paths > 0) this.found.push(this.open);
    this.open = null;
  }

  report(): Unreadable[] {
    this.close();
    return this.found.map((o) => ({
      line: o.line,
      found: `${o.label} with ${o.paths} path(s) outside any agent section, so they protect nothing`,
      expected: 'the list under a heading that names its agent, such as "## Claude Code Status", with no rule (---) in between'
    }));
  }
}
