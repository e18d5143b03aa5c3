// Exit codes and the one error type the CLI reports: a message for one line on stderr, never a stack trace.

export const EXIT = {
  ok: 0,
  /** `verify` found errors (verdict fail). */
  findings: 1,
  /** Usage or input error: bad flags, unreadable or invalid config/claims input. */
  usage: 2,
  /** Refused: a requested file or module is held by another agent's live claim. */
  refused: 3,
  /** Git failure: not a repository, git command failed, push retries exhausted. */
  git: 4
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
    /** Extra lines printed after the message (refusal details); the first line stays self-contained. */
    readonly details: string[] = [],
    /** The same as data, for front ends that return structured results (the MCP server's refusals). */
    readonly data?: unknown
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usage = (message: string): CliError => new CliError(message, EXIT.usage);
