// A config problem, said so a person can fix it: file:line, the key path, what was expected, a did-you-mean for a
// misspelt key. ConfigError (in base.ts) carries every issue; its message is the first one, on one line.
import { editDistance } from '../names.js';
import { agentSchema, configSchema, policySchema } from './schema.js';

// ConfigError and ConfigIssue live in base.ts: the action checks for a ConfigError without loading the parser.
export { ConfigError, type ConfigIssue } from './base.js';

export const EXPECTED_TYPE: Record<string, string> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping'
};

/** Known keys of the mapping at a (kebab-case) path, for unknown-key suggestions. */
export function knownKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(configSchema.shape);
  if (path.length === 1 && path[0] === 'policy') return Object.keys(policySchema.unwrap().shape);
  if (path.length === 2 && path[0] === 'agents') return Object.keys(agentSchema.shape);
  return [];
}

/** The known key a typo most likely meant, or null. */
export function suggestKey(typo: string, known: readonly string[]): string | null {
  const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const exact = known.find((k) => squash(k) === squash(typo));
  if (exact) return exact;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(typo.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(Math.max(typo.length, best.length) / 3)) ? best : null;
}

export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    // Quoted (JSON escapes) when it could be misread or would break the one-line-per-problem message.
    else if (String(seg) === '' || /[.\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(String(seg))) out += `[${JSON.stringify(String(seg))}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out === '' ? '(top level)' : out;
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}
