// The event payload's fields, each read with the type it must have: a field that is missing or of the wrong type is
// an error naming it (`field pull_request.head.sha: expected a 40-character commit SHA`). Written out rather than
// declared with zod: this runs before the first request of every run, where building zod's schemas cost more than
// the rest of reading the event (docs/benchmarks.md); the fuzz suite holds it to the same contract.

/** Where a value was read from: the payload's path to it. */
type Path = readonly (string | number)[];

export class PayloadError extends Error {
  constructor(
    readonly path: Path,
    readonly expected: string
  ) {
    super(`field ${path.length > 0 ? path.join('.') : '(root)'}: expected ${expected}`);
  }
}

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v);

function check<T>(ok: boolean, v: unknown, path: Path, expected: string): T {
  if (!ok) throw new PayloadError(path, `${expected}, got ${kind(v)}`);
  return v as T;
}

/** A plain object (not null, not an array). */
export function object(v: unknown, path: Path): Record<string, unknown> {
  return check(v !== null && typeof v === 'object' && !Array.isArray(v), v, path, 'an object');
}

export function string(v: unknown, path: Path): string {
  return check(typeof v === 'string', v, path, 'a string');
}

export function boolean(v: unknown, path: Path): boolean {
  return check(typeof v === 'boolean', v, path, 'a boolean');
}

/** A whole number, at least `min`. */
export function integer(v: unknown, path: Path, min: number): number {
  return check(typeof v === 'number' && Number.isInteger(v) && v >= min, v, path, min > 0 ? 'a positive whole number' : 'a whole number, 0 or more');
}

export function sha(v: unknown, path: Path): string {
  if (typeof v !== 'string' || !/^[0-9a-f]{40}$/i.test(v)) throw new PayloadError(path, 'a 40-character commit SHA');
  return v;
}

export function array<T>(v: unknown, path: Path, item: (x: unknown, path: Path) => T): T[] {
  return check<unknown[]>(Array.isArray(v), v, path, 'an array').map((x, i) => item(x, [...path, i]));
}

/** `read` of the value, or `fallback` when the field is absent (undefined); `null` stays an error unless `read` takes it. */
export function optional<T, F>(v: unknown, path: Path, read: (x: unknown, path: Path) => T, fallback: F): T | F {
  return v === undefined ? fallback : read(v, path);
}

/** `read` of the value, or null when the field is null or absent. */
export function nullable<T>(v: unknown, path: Path, read: (x: unknown, path: Path) => T): T | null {
  return v === null || v === undefined ? null : read(v, path);
}

/** A number or a string (a push's `pushed_at` is Unix seconds, elsewhere ISO text), null when absent. */
export function time(v: unknown, path: Path): number | string | null {
  if (v === null || v === undefined) return null;
  return check(typeof v === 'number' || typeof v === 'string', v, path, 'a number or a string');
}
