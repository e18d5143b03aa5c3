// Where a command's output goes. The CLI writes to the process's streams; the MCP server hands each command an Io
// that collects the text and the command's JSON document instead, so both front ends run the same command code.

export function colorEnabled(stream: NodeJS.WriteStream = process.stdout): boolean {
  return stream.isTTY === true && process.env['NO_COLOR'] === undefined;
}

export interface Io {
  /** One line (or block) for the reader, without the trailing newline. */
  out(text: string): void;
  /** Diagnostics: hook output, "fix them before pushing". */
  err(text: string): void;
  /** Whether `out` / `err` take ANSI colour. */
  color: boolean;
  colorErr: boolean;
  /** The command's result as data, whether or not --json was asked (the MCP server's structuredContent). */
  result?(doc: unknown): void;
}

export function processIo(): Io {
  return {
    out: (t) => void process.stdout.write(`${t}\n`),
    err: (t) => void process.stderr.write(`${t}\n`),
    color: colorEnabled(process.stdout),
    colorErr: colorEnabled(process.stderr)
  };
}
