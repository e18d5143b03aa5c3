// What every command needs (context-base.ts) and the config file parsed: configFrom loads yaml and the zod config
// schema with this file. Commands that can do without them import context-base.ts (and its configOf).
import { withOverrides } from '../engine/check-core.js';
import { parseConfig } from '../engine/config/index.js';
import type { Config } from '../engine/model.js';
import { asInputError, type Globals } from './context-base.js';

export * from './context-base.js';

/** Parses config text (working tree or a revision); invalid config is a usage error naming file:line. */
export function configFrom(text: string | null, g: Globals): Config {
  try {
    return withOverrides(parseConfig(text, g.configFile), g.timezone ? { timezone: g.timezone } : undefined);
  } catch (e) {
    throw asInputError(e);
  }
}
