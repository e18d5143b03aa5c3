// Many claim patterns compiled into one index: literal paths and directories by lookup, globs by name, so matching
// a path costs what matches it, not the number of patterns.
import type { Tester } from './matchers.js';
import { analyse, normalizePath } from './normalise.js';
import { compileOne, shapeOf, type Compiled } from './compiled.js';

export interface PathIndex<T> {
  /** Owners of every entry whose pattern matches the path, each entry once, in entry order. */
  match(path: string): T[];
  /** Indices (into the entries given) of the matching entries, ascending. */
  matchIndices(path: string): number[];
  /** Entries whose pattern was rejected by normalizePattern; they never match. */
  readonly invalid: ReadonlyArray<{ pattern: string; owner: T; problem: string }>;
}

export interface Glob {
  /** Entries with this very pattern (tested once for all of them). */
  entries: number[];
  test: Tester;
  required: string;
}

/** A directory of the anchored-pattern trie: one node per literal path segment. */
export interface DirNode {
  children: Map<string, DirNode> | null;
  /** `a/b`: this path itself or anything below it. */
  self: number[] | null;
  /** `a/b/`: anything below it. */
  below: number[] | null;
  /** Anchored globs whose literal leading directory is this node. */
  globs: Glob[] | null;
}

/** A name that matches at any depth. */
export interface NameEntry {
  /** `name`: a file or directory of that name. */
  any: number[] | null;
  /** `name/`: a directory of that name. */
  dir: number[] | null;
}

export function takeAll(hits: number[], marks: Int32Array, g: number, list: readonly number[] | null): void {
  if (list === null) return;
  for (let k = 0; k < list.length; k++) {
    const i = list[k] as number;
    if (marks[i] !== g) {
      marks[i] = g;
      hits.push(i);
    }
  }
}

export function allMarked(marks: Int32Array, g: number, list: readonly number[]): boolean {
  for (let k = 0; k < list.length; k++) if (marks[list[k] as number] !== g) return false;
  return true;
}

export function tryGlobs(hits: number[], marks: Int32Array, g: number, path: string, list: readonly Glob[] | null): void {
  if (list === null) return;
  for (let k = 0; k < list.length; k++) {
    const glob = list[k] as Glob;
    if (allMarked(marks, g, glob.entries)) continue; // already in, e.g. through its literal reading
    if (glob.required !== '' && !path.includes(glob.required)) continue;
    if (glob.test(path)) takeAll(hits, marks, g, glob.entries);
  }
}

export function addTo(list: number[] | null, entry: number): number[] {
  if (list === null) return [entry];
  if (list[list.length - 1] !== entry) list.push(entry);
  return list;
}

/**
 * Compiles claim patterns once. Matching a path walks its segments once: a trie of the anchored patterns' literal
 * directories (literal paths, `dir/` claims and the globs filed under their literal leading directory) and a map of
 * names that match at any depth; only globs with no literal leading directory are tried on every path.
 */
export function compilePatterns<T>(
  entries: readonly { pattern: string; owner: T }[],
  options: { engine?: 'auto' | 'regex' | 'nfa' } = {}
): PathIndex<T> {
  const engine = options.engine ?? 'auto';
  const root: DirNode = { children: null, self: null, below: null, globs: null };
  const names = new Map<string, NameEntry>();
  const globsEverywhere: Glob[] = [];
  const globsByPattern = new Map<string, Glob>();
  const invalid: { pattern: string; owner: T; problem: string }[] = [];

  const nodeFor = (dir: string): DirNode => {
    let node = root;
    for (const seg of dir.split('/')) {
      node.children ??= new Map();
      let child = node.children.get(seg);
      if (!child) {
        child = { children: null, self: null, below: null, globs: null };
        node.children.set(seg, child);
      }
      node = child;
    }
    return node;
  };
  const fileLiteral = (c: { anchored: boolean; dirOnly: boolean }, literal: string, entry: number) => {
    if (c.anchored) {
      const node = nodeFor(literal);
      if (c.dirOnly) node.below = addTo(node.below, entry);
      else node.self = addTo(node.self, entry);
    } else {
      let name = names.get(literal);
      if (!name) names.set(literal, (name = { any: null, dir: null }));
      if (c.dirOnly) name.dir = addTo(name.dir, entry);
      else name.any = addTo(name.any, entry);
    }
  };

  const addGlob = (c: Compiled, pattern: string, test: Tester, entry: number) => {
    const same = globsByPattern.get(pattern);
    if (same) {
      if (same.entries[same.entries.length - 1] !== entry) same.entries.push(entry);
      return;
    }
    const glob: Glob = { entries: [entry], test, required: c.required.length >= 2 ? c.required : '' };
    globsByPattern.set(pattern, glob);
    if (c.anchored && c.prefixDir !== '') {
      const node = nodeFor(c.prefixDir);
      (node.globs ??= []).push(glob);
    } else globsEverywhere.push(glob);
  };

  entries.forEach((e, entry) => {
    const { pattern, problem, alternatives } = analyse(e.pattern);
    if (pattern === null) {
      invalid.push({ pattern: e.pattern, owner: e.owner, problem: problem ?? 'invalid' });
      return;
    }
    // The text as written, read as a path: `pages/[id].tsx` and `{a,b}.ts` claim those very files.
    if (alternatives[0] !== pattern) {
      const shape = shapeOf(pattern);
      fileLiteral(shape, shape.body, entry);
    }
    for (const alt of alternatives) {
      const c = compileOne(alt, engine);
      fileLiteral(c, c.body, entry);
      if (c.test !== null) addGlob(c, alt, c.test, entry);
    }
  });

  const hasNames = names.size > 0;
  const marks = new Int32Array(entries.length);
  let gen = 0;

  const matchIndices = (rawPath: string): number[] => {
    const path = normalizePath(rawPath);
    const hits: number[] = [];
    if (path === '' || path === '/') return hits;
    if (gen > 0x3fff0000) {
      marks.fill(0);
      gen = 0;
    }
    const g = ++gen;
    let node: DirNode | undefined = root;
    let start = 0;
    for (;;) {
      const slash = path.indexOf('/', start);
      const last = slash < 0;
      if (node === undefined && !hasNames) break;
      const seg = last ? (start === 0 ? path : path.slice(start)) : path.slice(start, slash);
      if (node !== undefined) {
        node = node.children === null ? undefined : node.children.get(seg);
        if (node !== undefined) {
          takeAll(hits, marks, g, node.self);
          if (!last) {
            // an ancestor directory (or the path itself when it ends with "/")
            takeAll(hits, marks, g, node.below);
            tryGlobs(hits, marks, g, path, node.globs);
          }
        }
      }
      if (hasNames) {
        const name = names.get(seg);
        if (name !== undefined) {
          takeAll(hits, marks, g, name.any);
          if (!last) takeAll(hits, marks, g, name.dir);
        }
      }
      if (last) break;
      start = slash + 1;
      if (start >= path.length) break;
    }
    if (globsEverywhere.length > 0) tryGlobs(hits, marks, g, path, globsEverywhere);
    if (hits.length > 1) hits.sort((a, b) => a - b);
    return hits;
  };

  return {
    invalid,
    matchIndices,
    match: (path) => matchIndices(path).map((i) => (entries[i] as { owner: T }).owner)
  };
}
