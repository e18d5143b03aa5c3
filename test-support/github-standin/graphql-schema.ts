/**
 * GitHub's published GraphQL schema as the stand-in holds it: graphql-subset.graphql, cut by scripts/graphql-cut.ts
 * from @octokit/graphql-schema to the types and fields the stand-in serves. Queries are checked against it as
 * GitHub checks them (arguments a field does not take, missing required ones, enum values, input objects,
 * variable types: GitHub's error messages), and every answer is checked against it the way REST answers are
 * checked against the OpenAPI description (a value of the wrong type, null where the schema says non-null, a
 * field the schema does not have): those are violations, a bug in the stand-in.
 */
import { readFileSync } from 'node:fs';
import { GraphQLError, type Value } from './graphql-parse.js';

export interface FieldSdl {
  args: Map<string, { type: string; hasDefault: boolean }>;
  type: string;
}

export interface TypeSdl {
  kind: 'type' | 'interface' | 'enum' | 'input' | 'scalar' | 'union';
  implements: string[];
  fields: Map<string, FieldSdl>;
  /** Enum values, union members. */
  values: Set<string>;
}

/** Splits `a: T, b: [U!] = {x: 1, y: 2}` at top-level commas. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '[' || c === '{' || c === '(') depth++;
    if (c === ']' || c === '}' || c === ')') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function parseSubset(sdl: string): Map<string, TypeSdl> {
  const types = new Map<string, TypeSdl>();
  let cur: TypeSdl | null = null;
  for (const raw of sdl.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const head = /^(type|interface|enum|input|scalar|union)\s+(\w+)(?:\s+implements\s+([\w\s&]+?))?\s*(\{|=\s*(.*))?$/.exec(line);
    if (head && !cur) {
      const [, kind, name, impl, open, members] = head;
      const t: TypeSdl = { kind: kind as TypeSdl['kind'], implements: impl ? impl.split('&').map((x) => x.trim()) : [], fields: new Map(), values: new Set(members ? members.split('|').map((x) => x.trim()) : []) };
      types.set(name!, t);
      if (open === '{') cur = t;
      continue;
    }
    if (line === '}') {
      cur = null;
      continue;
    }
    if (!cur) throw new Error(`graphql-subset.graphql: unexpected line "${line}"`);
    if (cur.kind === 'enum') {
      cur.values.add(line);
      continue;
    }
    const m = /^(\w+)(?:\((.*)\))?\s*:\s*(.+)$/.exec(line);
    if (!m) throw new Error(`graphql-subset.graphql: unexpected member "${line}"`);
    const args = new Map<string, { type: string; hasDefault: boolean }>();
    for (const a of splitArgs(m[2] ?? '')) {
      const am = /^(\w+)\s*:\s*([[\]\w!]+)\s*(=.*)?$/.exec(a);
      if (!am) throw new Error(`graphql-subset.graphql: unexpected argument "${a}"`);
      args.set(am[1]!, { type: am[2]!, hasDefault: am[3] !== undefined });
    }
    cur.fields.set(m[1]!, { args, type: m[3]!.trim() });
  }
  return types;
}

let subset: Map<string, TypeSdl> | null = null;
/** The subset, read once. */
export function schemaSubset(): Map<string, TypeSdl> {
  subset ??= parseSubset(readFileSync(new URL('./graphql-subset.graphql', import.meta.url), 'utf8'));
  return subset;
}

/** Does an object of concrete type `type` match the fragment condition or field type `on`? */
export function isA(type: string, on: string): boolean {
  if (type === on) return true;
  const t = schemaSubset().get(on);
  return (schemaSubset().get(type)?.implements.includes(on) ?? false) || (t?.kind === 'union' && t.values.has(type));
}

const stripNonNull = (t: string): string => (t.endsWith('!') ? t.slice(0, -1) : t);
const isList = (t: string): boolean => stripNonNull(t).startsWith('[');
const inner = (t: string): string => stripNonNull(t).slice(1, -1);
const named = (t: string): string => t.replace(/[[\]!]/g, '');

const SCALAR_CHECK: Record<string, (v: unknown) => boolean> = {
  Int: (v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1,
  Float: (v) => typeof v === 'number' && Number.isFinite(v),
  Boolean: (v) => typeof v === 'boolean',
  ID: (v) => typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))
};
/** String and GitHub's custom scalars (GitObjectID, DateTime, URI, GitTimestamp, …) are strings on the wire. */
const scalarOk = (name: string, v: unknown): boolean => (SCALAR_CHECK[name] ?? ((x: unknown) => typeof x === 'string'))(v);

/** Is an input (a variable's JSON value, or a literal resolved) valid for `type`? Enums come as their names. */
function validInput(type: string, v: unknown, enumLiteral: boolean | null): boolean {
  if (v === null || v === undefined) return !type.endsWith('!');
  if (isList(type)) return Array.isArray(v) ? v.every((x) => validInput(inner(type), x, enumLiteral)) : validInput(inner(type), v, enumLiteral);
  const name = named(type);
  const t = schemaSubset().get(name);
  if (t?.kind === 'enum') return typeof v === 'string' && t.values.has(v) && enumLiteral !== false;
  if (t?.kind === 'input') {
    if (typeof v !== 'object' || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    if (Object.keys(o).some((k) => !t.fields.has(k))) return false;
    return [...t.fields].every(([k, f]) => validInput(f.type, o[k], enumLiteral));
  }
  return enumLiteral !== true && scalarOk(name, v);
}

/** Is a variable's JSON value valid for its declared type (enum values as their names)? */
export const validVariable = (type: string, v: unknown): boolean => validInput(type, v, null);

/** A literal argument's JS value, and whether it was written as an enum value (null: mixed, or a variable inside). */
function literal(v: Value, vars: Record<string, unknown>): { value: unknown; enumLiteral: boolean | null } {
  switch (v.kind) {
    case 'var':
      return { value: vars[v.name], enumLiteral: null };
    case 'lit':
      return { value: v.value, enumLiteral: false };
    case 'enum':
      return { value: v.value, enumLiteral: true };
    case 'list': {
      const items = v.items.map((x) => literal(x, vars));
      const kinds = new Set(items.map((x) => x.enumLiteral));
      return { value: items.map((x) => x.value), enumLiteral: kinds.size === 1 ? (items[0]?.enumLiteral ?? null) : null };
    }
    case 'object':
      return { value: Object.fromEntries(Object.entries(v.fields).map(([k, x]) => [k, literal(x, vars).value])), enumLiteral: null };
  }
}

/** Can a variable declared `declared` be used where `wanted` is expected (GraphQL's "variables in allowed position")? */
function fits(declared: string, wanted: string, hasDefault: boolean): boolean {
  if (wanted.endsWith('!') && !declared.endsWith('!') && !hasDefault) return false;
  const d = stripNonNull(declared);
  const w = stripNonNull(wanted);
  if (isList(d) !== isList(w)) return false;
  return isList(d) ? fits(inner(d), inner(w), false) : d === w;
}

/** A field's arguments, checked against the schema as GitHub checks them, with variables substituted. */
export function argumentsFor(typeName: string, fieldName: string, given: Record<string, Value>, vars: Record<string, unknown>, varTypes: ReadonlyMap<string, string>): Record<string, unknown> {
  const field = schemaSubset().get(typeName)?.fields.get(fieldName);
  const out: Record<string, unknown> = {};
  if (!field) return out;
  for (const [name, v] of Object.entries(given)) {
    const def = field.args.get(name);
    if (!def) throw new GraphQLError(`Field '${fieldName}' doesn't accept argument '${name}'`, { extensions: { code: 'argumentNotAccepted', name: fieldName, typeName: 'Field', argumentName: name } });
    if (v.kind === 'var') {
      const declared = varTypes.get(v.name);
      if (declared === undefined) throw new GraphQLError(`Variable $${v.name} is used by anonymous query but not declared`);
      if (!fits(declared, def.type, def.hasDefault)) throw new GraphQLError(`Type mismatch on variable $${v.name} and argument ${name} (${declared} / ${def.type})`);
    }
    const { value, enumLiteral } = literal(v, vars);
    if (!validInput(def.type, value, enumLiteral)) {
      throw new GraphQLError(`Argument '${name}' on Field '${fieldName}' has an invalid value (${JSON.stringify(value)}). Expected type '${def.type}'.`);
    }
    out[name] = value;
  }
  const missing = [...field.args].filter(([name, a]) => a.type.endsWith('!') && !a.hasDefault && out[name] === undefined).map(([name]) => name);
  if (missing.length > 0) throw new GraphQLError(`Field '${fieldName}' is missing required arguments: ${missing.join(', ')}`);
  return out;
}

/** The declared type of `typeName.fieldName`, or undefined when GitHub's schema (as cut) has no such field. */
export function fieldType(typeName: string, fieldName: string): string | undefined {
  return schemaSubset().get(typeName)?.fields.get(fieldName)?.type;
}

/**
 * Problems of a resolved value against its declared type: null where non-null, a list where none (or the other
 * way), a scalar of the wrong kind, an enum value the schema lacks, an object of a type that is not the field's.
 */
export function answerProblems(type: string, value: unknown, at: string): string[] {
  if (value === null || value === undefined) return type.endsWith('!') ? [`${at}: null, but the schema says ${type}`] : [];
  if (isList(type)) return Array.isArray(value) ? value.flatMap((x, i) => answerProblems(inner(type), x, `${at}[${i}]`)) : [`${at}: not a list, but the schema says ${type}`];
  if (Array.isArray(value)) return [`${at}: a list, but the schema says ${type}`];
  const name = named(type);
  const t = schemaSubset().get(name);
  if (typeof value === 'object' && '__type' in (value as object)) {
    const actual = String((value as { __type: unknown }).__type);
    return isA(actual, name) ? [] : [`${at}: a ${actual}, but the schema says ${type}`];
  }
  if (t?.kind === 'enum') return typeof value === 'string' && t.values.has(value) ? [] : [`${at}: ${JSON.stringify(value)} is not a value of ${name}`];
  return scalarOk(name, value) ? [] : [`${at}: ${JSON.stringify(value)} is not a ${name}`];
}
