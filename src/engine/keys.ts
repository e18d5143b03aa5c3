// Objects written with their keys in a documented order (findings-json and the status file are read by scripts
// and diffed by people): the keys listed, in that order, optional ones left out when undefined.

export function ordered<T extends object>(o: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}
