// One tool call is one CLI command run with an Io that collects instead of printing: what the command would have
// printed becomes the result's text, its JSON document the structured content, and a CliError an error result
// (its message and details as text, its data as structured content). Never a stack trace.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { asInputError } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import type { Invocation } from '../cli/index.js';
import type { Io } from '../cli/output.js';

export type Command = (inv: Invocation, io: Io) => Promise<number>;

export interface Ran {
  /** The exit code the CLI would have ended with. */
  code: number;
  /** What it would have printed (stdout and stderr, in order, no colour). */
  lines: string[];
  /** Its JSON document (`io.result`), undefined when it gave none. */
  doc: unknown;
  error: CliError | null;
}

const KIND: Record<number, string> = { [EXIT.findings]: 'findings', [EXIT.usage]: 'usage', [EXIT.refused]: 'refused', [EXIT.git]: 'git' };

/** Any error as the CLI reports it: a CliError as is, a config error or anything else as one line. */
export function asCliError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  if (process.env['AI_SYNC_DEBUG']) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  const err = asInputError(e);
  const first = err.message.split('\n')[0] ?? err.message;
  return first === err.message ? err : new CliError(first, err.code, err.details, err.data);
}

export async function collect(command: Command, inv: Invocation): Promise<Ran> {
  const lines: string[] = [];
  let doc: unknown;
  const io: Io = {
    out: (t) => void lines.push(t),
    err: (t) => void lines.push(t),
    color: false,
    colorErr: false,
    result: (d) => {
      doc = d;
    }
  };
  try {
    const code = await command(inv, io);
    return { code, lines, doc, error: null };
  } catch (e) {
    const error = asCliError(e);
    return { code: error.code, lines, doc, error };
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The tool result of a run; `more` adds lines after an error's (the refusal's next steps). */
export function toolResult(ran: Ran, more: string[] = []): CallToolResult {
  if (ran.error === null) {
    const text = ran.lines.join('\n');
    const result: CallToolResult = { content: [{ type: 'text', text: text === '' ? '(no output)' : text }] };
    if (ran.doc !== undefined) result.structuredContent = isObject(ran.doc) ? ran.doc : { result: ran.doc };
    return result;
  }
  const e = ran.error;
  const text = [...ran.lines, `ai-sync: ${e.message}`, ...e.details.map((d) => `  ${d}`), ...more].join('\n');
  const data = isObject(e.data) ? e.data : e.data === undefined ? {} : { data: e.data };
  return {
    isError: true,
    content: [{ type: 'text', text }],
    structuredContent: { ...data, error: { message: e.message, details: e.details, exitCode: e.code, kind: KIND[e.code] ?? 'error' } }
  };
}
