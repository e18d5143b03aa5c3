/** What the reporters need to know about the run, beyond the evaluation. All strings are treated as untrusted. */
export interface ReportContext {
  /** `push`, `pull_request`, `workflow_dispatch`, `cli`… */
  eventName: string;
  /** The ref checked, e.g. `refs/heads/main`; null when unknown. */
  ref: string | null;
  /** The acting agent; null when unknown. */
  agent: string | null;
  /** How many files the change touches. */
  changedFiles: number;
  /** Reference time (ISO 8601). */
  now: string;
  /** Path of the claims file, e.g. `AI_CURRENT_WORK.md`. */
  claimsFile: string;
  /** Extra lines for the reader, e.g. "status file committed as abc123" or warnings. */
  notes?: string[];
  /** The head commit checked (optional; shown in the context line and the resolved comment). */
  sha?: string | null;
  /** Path of the handoff file (default `AI_HANDOFF.md`). */
  handoffFile?: string;
}

export const DEFAULT_HANDOFF_FILE = 'AI_HANDOFF.md';
