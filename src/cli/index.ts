// ai-sync: the command-line side of the engine. Parses arguments with node:util parseArgs, then loads only the
// command it runs (dynamic import), so `ai-sync status` does not pay for what `verify` needs.
import { parseArgs } from 'node:util';
import { CliError, EXIT, usage } from './errors.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import { VERSION } from './version.js';

type OptionDef = { type: 'string' | 'boolean'; multiple?: boolean; short?: string };
type OptionDefs = Record<string, OptionDef>;

const S: OptionDef = { type: 'string' };
const B: OptionDef = { type: 'boolean' };

const GLOBAL: OptionDefs = {
  'claims-file': S,
  config: S,
  'status-file': S,
  'handoff-file': S,
  timezone: S,
  cwd: S,
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' }
};

const COMMANDS: Record<string, OptionDefs> = {
  status: { agent: S, json: B, fetch: B, explain: B },
  claim: { agent: S, module: S, files: { type: 'string', multiple: true }, task: S, expected: S, replace: B, force: B, reason: S, commit: B, push: B, json: B },
  emergency: { agent: S, module: S, files: { type: 'string', multiple: true }, task: S, reason: S, commit: B, push: B, json: B },
  checkin: { agent: S, commit: B, push: B, json: B },
  release: { agent: S, handoff: S, 'module-state': S, commit: B, push: B, json: B },
  verify: { agent: S, base: S, json: B, 'pre-push': B },
  'install-hooks': { agent: S, attributes: S },
  'uninstall-hooks': { attributes: S },
  'merge-driver': {},
  mcp: {},
  help: {}
};

export interface Invocation {
  command: string;
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

type Parsed = { kind: 'run'; inv: Invocation } | { kind: 'text'; text: string };

export function parseInvocation(argv: readonly string[]): Parsed {
  const all: OptionDefs = { ...GLOBAL };
  for (const defs of Object.values(COMMANDS)) Object.assign(all, defs);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: all, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    const msg = ((e as Error).message ?? String(e)).split('. ')[0]?.replace(/\.$/, '') ?? 'invalid arguments';
    throw usage(`${msg} (see ai-sync --help)`);
  }
  const values = parsed.values as Invocation['values'];
  const [command, ...rest] = parsed.positionals;
  if (values['version'] === true && command === undefined) return { kind: 'text', text: VERSION };
  if (command === undefined) {
    if (values['help'] === true) return { kind: 'text', text: MAIN_HELP };
    throw usage('no command given (see ai-sync --help)');
  }
  const defs = COMMANDS[command];
  if (!defs) throw usage(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).filter((c) => c !== 'help').join(', ')})`);
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { kind: 'text', text: MAIN_HELP };
    const text = COMMAND_HELP[topic];
    if (!text) throw usage(`no help for "${topic}"`);
    return { kind: 'text', text };
  }
  if (values['help'] === true) return { kind: 'text', text: COMMAND_HELP[command] ?? MAIN_HELP };
  if (values['version'] === true) return { kind: 'text', text: VERSION };
  for (const tok of parsed.tokens ?? []) {
    if (tok.kind !== 'option') continue;
    if (!(tok.name in GLOBAL) && !(tok.name in defs)) throw usage(`${command} does not take ${tok.rawName} (see ai-sync ${command} --help)`);
  }
  // `--files a b c`: extra positionals of claim are more files; merge-driver takes git's file arguments.
  if (rest.length > 0 && command !== 'merge-driver') {
    if (command !== 'claim' && command !== 'emergency') throw usage(`${command} takes no arguments, got "${rest[0]}" (see ai-sync ${command} --help)`);
    values['files'] = [...((values['files'] as string[] | undefined) ?? []), ...rest];
  }
  return { kind: 'run', inv: { command, values, positionals: rest } };
}

async function dispatch(inv: Invocation): Promise<number> {
  switch (inv.command) {
    case 'status':
      return (await import('./commands/status.js')).run(inv);
    case 'claim':
    case 'emergency':
    case 'checkin':
    case 'release':
      return (await import('./commands/edit.js')).run(inv);
    case 'verify':
      return (await import('./commands/verify.js')).run(inv);
    case 'install-hooks':
    case 'uninstall-hooks':
      return (await import('./commands/hooks.js')).run(inv);
    case 'merge-driver':
      return (await import('./commands/merge-driver.js')).run(inv);
    case 'mcp':
      return (await import('./commands/mcp.js')).run(inv);
    default:
      throw usage(`unknown command "${inv.command}"`);
  }
}

function report(e: unknown): number {
  if (e instanceof CliError) {
    process.stderr.write(`ai-sync: ${e.message}\n`);
    for (const line of e.details) process.stderr.write(`  ${line}\n`);
    return e.code;
  }
  const err = e as Error;
  if (err && err.name === 'ConfigError') {
    process.stderr.write(`ai-sync: ${(err.message ?? '').split('\n')[0]}\n`);
    return EXIT.usage;
  }
  process.stderr.write(`ai-sync: ${err?.message ? err.message.split('\n')[0] : String(e)}\n`);
  if (process.env['AI_SYNC_DEBUG']) process.stderr.write(`${err?.stack ?? ''}\n`);
  return EXIT.usage;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const parsed = parseInvocation(argv);
    if (parsed.kind === 'text') {
      process.stdout.write(`${parsed.text}\n`);
      return EXIT.ok;
    }
    return await dispatch(parsed.inv);
  } catch (e) {
    return report(e);
  }
}

// A reader that goes away (`ai-sync status | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = report(e);
  }
);
