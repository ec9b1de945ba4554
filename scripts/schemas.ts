/** Writes the JSON Schema files in public/ from the zod settings schema (see utils/settings/json-schemas.ts). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatSchema, SCHEMA_FILES } from '../utils/settings/json-schemas';

for (const [path, generate] of Object.entries(SCHEMA_FILES)) {
  writeFileSync(resolve(import.meta.dirname, '..', path), formatSchema(generate()));
  console.log(`wrote ${path}`);
}
