// From zod's issue paths back to the YAML: the line of the key (or value) an issue is about, nulls dropped the way
// the schema reads them, and each issue's message.
import { LineCounter, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { EXPECTED_TYPE, keyPath, knownKeys, suggestKey, valueAt, type ConfigIssue } from './errors.js';
import { describeValue } from './base.js';

// ---------------------------------------------------------------------------------------------------------------
// Locating keys in the YAML

export interface Located {
  line: number;
}

export function locate(root: unknown, path: readonly PropertyKey[], lines: LineCounter, keyOfLast = false): Located {
  const lineOf = (node: unknown): number | null => {
    const range = (node as YamlNode | null)?.range;
    return range ? lines.linePos(range[0]).line : null;
  };
  let node: unknown = root;
  let keyLine: number | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) break;
      keyLine = lineOf(pair.key);
      node = pair.value;
      if (node === null || node === undefined) return { line: keyLine ?? 1 };
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      keyLine = null;
      node = item;
    } else break;
  }
  // A collection (or a key whose value is wrong as a whole) is reported at its key; a scalar at itself.
  if ((keyOfLast || isMap(node) || isSeq(node)) && keyLine !== null) return { line: keyLine };
  return { line: lineOf(node) ?? keyLine ?? 1 };
}

/** The key path of the map key that starts at `offset`, or null. */
export function keyPathAt(node: unknown, offset: number, path: PropertyKey[]): PropertyKey[] | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const here = [...path, String(key)];
      if ((pair.key as YamlNode | null)?.range?.[0] === offset) return here;
      const found = keyPathAt(pair.value, offset, here);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = keyPathAt(node.items[i], offset, [...path, i]);
      if (found) return found;
    }
  }
  return null;
}

/** The first mapping key that is itself a collection (`? [a, b]`), which has no place in this file. */
export function complexKey(node: unknown, path: PropertyKey[]): { path: PropertyKey[]; offset: number } | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (pair.key !== null && !isScalar(pair.key)) return { path, offset: (pair.key as YamlNode).range?.[0] ?? 0 };
      const found = complexKey(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : '')]);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = complexKey(node.items[i], [...path, i]);
      if (found) return found;
    }
  }
  return null;
}

/** Treats `key:` with no value as "not given" (→ default); `agents: {X: }` as an agent with no settings. */
export function dropNulls(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (v === null) continue;
    out[k] = v;
  }
  for (const record of ['agents', 'modules']) {
    const r = out[record];
    if (r && typeof r === 'object' && !Array.isArray(r)) {
      const fixed: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
        if (v === null) fixed[k] = record === 'agents' ? {} : [];
        else if (record === 'agents' && typeof v === 'object' && !Array.isArray(v)) {
          fixed[k] = Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null));
        } else fixed[k] = v;
      }
      out[record] = fixed;
    }
  }
  const policy = out.policy;
  if (policy && typeof policy === 'object' && !Array.isArray(policy)) {
    out.policy = Object.fromEntries(Object.entries(policy as Record<string, unknown>).filter(([, x]) => x !== null));
  }
  return out;
}

export function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const got = describeValue(valueAt(data, issue.path));
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(' | ')}, got ${got}`;
    case 'invalid_type':
      return `expected ${EXPECTED_TYPE[issue.expected] ?? issue.expected}, got ${got}`;
    case 'too_small':
      if (issue.origin === 'number') return `expected a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}, got ${got}`;
      if (issue.origin === 'string') return `expected a non-empty string, got ${got}`;
      return `expected at least ${String(issue.minimum)} items, got ${got}`;
    case 'too_big':
      if (issue.origin === 'string') return `expected at most ${String(issue.maximum)} characters, got ${got}`;
      return `expected at most ${String(issue.maximum)}, got ${got}`;
    case 'invalid_key':
      return `expected a non-empty name, got ${describeValue(issue.path[issue.path.length - 1])}`;
    default:
      return issue.message;
  }
}

export function zodIssues(error: z.ZodError, data: unknown, root: unknown, lines: LineCounter): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(issue.path);
      // Keys one level down too: `unknown-author` at the top level → `policy.unknown-author`.
      const nested = issue.path.length === 0 ? knownKeys(['policy']).map((k) => `policy.${k}`) : [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion =
          suggestKey(key, known) ?? (nested.length > 0 ? suggestKey(`policy.${key}`, nested) : null);
        const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of ${known.join(' | ')}`;
        out.push({ line: locate(root, path, lines, true).line, key: keyPath(path), message: `unknown key; ${hint}` });
      }
      continue;
    }
    const keyed = issue.code === 'invalid_key' || (issue.code === 'custom' && issue.path[0] === 'agents' && issue.path.length === 2);
    const otherwise = issue.code === 'custom' ? (issue.params?.otherwise as PropertyKey[] | undefined) : undefined;
    const path = otherwise && valueAt(data, issue.path) === undefined ? otherwise : issue.path;
    out.push({ line: locate(root, path, lines, keyed).line, key: keyPath(path), message: issueMessage(issue, data) });
  }
  return out;
}
