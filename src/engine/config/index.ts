// The config file `.github/ai-sync.yml`: YAML validated by zod. The zod schema holds every default and every
// description; the JSON Schema in schemas/ is generated from it (scripts/config-schema.ts). Pure: text in, Config out.
// This is the parser: it loads yaml and the schema. What needs neither (the defaults, ConfigError, the glob rules) is
// in base.ts, which the action imports without this file when the repository has no config file.

import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Config } from '../model.js';
import { CONFIG_SCHEMA_ID, configSchema, toConfig } from './schema.js';
import { ConfigError, defaultConfig, isBlankConfig, type ConfigIssue } from './base.js';
import { keyPath } from './errors.js';
import { complexKey, dropNulls, keyPathAt, zodIssues } from './yaml-locate.js';
export { CONFIG_SCHEMA_ID, configSchema, type ConfigFile } from './schema.js';
export { ConfigError, branchGlobProblem, configGlobProblem, defaultConfig, isBlankConfig, type ConfigIssue } from './base.js';
export { suggestKey } from './errors.js';

/**
 * Parses and validates `.github/ai-sync.yml`. No text (null, undefined, empty, only comments) gives the defaults.
 * Throws ConfigError naming file, line, key, what was expected and what was found.
 */
export function parseConfig(text: string | null | undefined, file: string): Config {
  if (isBlankConfig(text)) return defaultConfig();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e): ConfigIssue => {
      const line = lines.linePos(e.pos[0]).line;
      const firstLine = e.message.split('\n')[0] ?? e.message;
      if (e.code === 'DUPLICATE_KEY') {
        const path = keyPathAt(doc.contents, e.pos[0], []);
        const key = path ? keyPath(path) : (/^\s*["']?([^"':\n]*)/.exec(text.slice(e.pos[0]))?.[1] ?? '').trim();
        return { line, key, message: 'duplicate key (each key may appear only once)' };
      }
      return { line, key: '', message: `YAML syntax error: ${firstLine}` };
    });
    throw new ConfigError(file, issues);
  }
  if (doc.contents === null) return defaultConfig(); // only comments
  const complex = complexKey(doc.contents, []);
  if (complex) {
    throw new ConfigError(file, [
      { line: lines.linePos(complex.offset).line, key: keyPath(complex.path), message: 'expected a plain key, got a list or mapping as a key' }
    ]);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigError(file, [{ line: 1, key: '', message: `YAML error: ${(e as Error).message}` }]);
  }
  if (data === null || data === undefined) return defaultConfig(); // `---` alone, or `~`
  data = dropNulls(data);
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(file, zodIssues(result.error, data, doc.contents, lines));
  return toConfig(result.data);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON Schema

/** JSON Schema (draft 2020-12) of the config file, generated from configSchema (input side: defaults shown). */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CONFIG_SCHEMA_ID,
    title: 'ai-sync configuration (.github/ai-sync.yml)',
    ...rest
  };
}
