// Writes the checklist JSON Schema files from the freshly built package, so they always match its zod schemas.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { checklistJsonSchemas } from '../dist/index.js';

const dir = new URL('../json-schema/', import.meta.url);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(checklistJsonSchemas())) {
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(schema, null, 2)}\n`);
}
