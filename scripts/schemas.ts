/** Writes the JSON Schema files in public/ from the zod settings schema (see utils/json-schemas.ts). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatSchema, SCHEMA_FILES } from '../utils/json-schemas';

for (const [path, generate] of Object.entries(SCHEMA_FILES)) {
  writeFileSync(resolve(import.meta.dirname, '..', path), formatSchema(generate()));
  console.log(`wrote ${path}`);
}
