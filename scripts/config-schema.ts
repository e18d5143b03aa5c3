/**
 * Writes schemas/ai-sync.config.schema.json from the zod schema in src/engine/config/schema.ts.
 *
 *   npx tsx scripts/config-schema.ts           # (re)generate the file
 *   npx tsx scripts/config-schema.ts --check   # exit 1 when the committed file differs from the generated one
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../src/engine/config/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'schemas', 'ai-sync.config.schema.json');

function renderConfigSchema(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

function main(argv: readonly string[]): number {
  const generated = renderConfigSchema();
  const name = relative(process.cwd(), OUT) || OUT;
  if (argv.includes('--check')) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : null;
    if (current === generated) {
      console.log(`${name} is up to date.`);
      return 0;
    }
    console.error(
      current === null
        ? `${name} does not exist; run: npx tsx scripts/config-schema.ts`
        : `${name} is out of date with src/engine/config/schema.ts; run: npx tsx scripts/config-schema.ts`
    );
    return 1;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, generated);
  console.log(`wrote ${name}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
