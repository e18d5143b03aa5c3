// Where every dialect's claims land while a claims file is read: the claims themselves, what could not be read of
// them, and the diagnostics. One place decides what a file item is, when a second section is an error, and which
// leftovers of a claim are worth reporting — whichever shape (section, table row, line) the claim was written in.
import type { AgentSection, ParseClaimsOptions, Unreadable } from '../model.js';
import { patternProblem } from '../paths/index.js';
import { buildClaim, type ClaimParts } from './claim.js';
import { agentKey } from '../names.js';
import { extractPath, splitTopLevel } from './files.js';
import type { Diagnostics } from './markdown.js';
import type { FileTarget } from './sections.js';

export class ClaimSink {
  readonly agents: AgentSection[] = [];
  readonly unreadable: Unreadable[] = [];
  /** First line of each agent's "## X Status" section, by agentKey: a second one is an error. */
  readonly explicitLines = new Map<string, number>();

  constructor(
    readonly diags: Diagnostics,
    readonly timezone: NonNullable<ParseClaimsOptions['timezone']>,
    /** The file's raw lines. */
    readonly raw: readonly string[],
    /** Per line, the line of an unclosed comment or fence hiding it (0 when visible). */
    readonly hiddenBy: readonly number[]
  ) {}

  /** A fresh target for one claim's files. */
  target(name: string): FileTarget {
    return { name, files: [], seen: new Set(), pending: [] };
  }

  /** One files item ("- `src/a.ts` (new)", "a.ts, b.ts") into `s`: paths kept, the rest noted as unreadable. */
  addFile(s: FileTarget, item: string, line: number): void {
    for (const part of splitTopLevel(item)) {
      if (part.trim() === '' && item.indexOf(',') >= 0) continue;
      const r = extractPath(part);
      if (r.kind === 'path') {
        if (s.seen.has(r.pattern)) continue;
        s.seen.add(r.pattern);
        s.files.push({ pattern: r.pattern, line });
        // Looks like a path, but the matcher refuses it: say so, or the claim silently protects nothing.
        const problem = patternProblem(r.pattern);
        if (problem) {
          this.diags.add(
            'error',
            line,
            `"${r.pattern.slice(0, 80)}" under Files Being Modified of ${s.name} cannot be matched (${problem}); it claims nothing — expected a path, a directory (dir/) or a glob`
          );
        }
      } else if (r.kind === 'invalid') {
        const found = part.trim().slice(0, 80);
        this.diags.add(
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
  }

  /** Adds a claim; a second explicit "## X Status" section for one agent is an error (the first counts). */
  addClaim(parts: Omit<ClaimParts, 'timezone'>, pending: readonly Unreadable[] = []): void {
    const key = agentKey(parts.name);
    if (parts.source === 'section') {
      const first = this.explicitLines.get(key);
      if (first !== undefined) {
        this.diags.add(
          'error',
          parts.line,
          `second status section for agent "${parts.name}" (the first is at line ${first}); this one is ignored — expected one section per agent`
        );
        return;
      }
      this.explicitLines.set(key, parts.line);
    }
    const built = buildClaim({ ...parts, timezone: this.timezone });
    for (const [line, value, label] of built.timeProblems) {
      this.diags.add(
        'warning',
        line,
        `could not read "${value.slice(0, 80)}" as a time for ${label} — expected a date like 2025-12-03 15:00:00, 2025-12-03T15:00:00Z or 2025-12-03`
      );
    }
    this.agents.push(built.section);
    // What a live claim lists but the reader cannot use is reported; an idle claim's leftovers are not.
    if (!built.section.idle) for (const u of pending) this.unreadable.push({ ...u, agent: built.section.name });
  }
}
