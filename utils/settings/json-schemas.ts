/**
 * The JSON Schema files shipped in public/, generated from the zod settings schema so they cannot
 * drift: `npm run schemas` writes them, and a unit test fails when they are out of date.
 */
import * as z from 'zod/mini';
import { settingsSchema } from './schema';

type JsonSchema = { [key: string]: unknown };

/** For admins writing an import file or a policy: what every setting may hold. */
export function settingsJsonSchema(): JsonSchema {
  return {
    ...z.toJSONSchema(settingsSchema, { io: 'input' }),
    title: 'Videotime settings',
    description: 'An export/import file of Videotime, or the value of its managed storage (browser policy).',
  };
}

/** The keywords Chromium's policy schema understands; it refuses a manifest with others. */
const CHROME_KEYWORDS = new Set(['type', 'properties', 'items', 'additionalProperties', 'minimum', 'maximum']);

function forChrome(schema: JsonSchema): JsonSchema {
  const kept: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (!CHROME_KEYWORDS.has(keyword)) continue;
    if (keyword === 'properties') {
      kept[keyword] = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([name, child]) => [name, forChrome(child)]));
    } else if (keyword === 'items' || keyword === 'additionalProperties') {
      // Chromium takes a schema here, not `false`; the extension's own validation refuses unknown keys.
      if (typeof value === 'object' && value !== null) kept[keyword] = forChrome(value as JsonSchema);
    } else {
      kept[keyword] = value;
    }
  }
  return kept;
}

/** The manifest's storage.managed_schema: the shape Chromium checks a policy against before we do. */
export function managedJsonSchema(): JsonSchema {
  return forChrome(z.toJSONSchema(settingsSchema, { io: 'input' }) as JsonSchema);
}

export const SCHEMA_FILES = {
  'public/settings.schema.json': settingsJsonSchema,
  'public/managed-schema.json': managedJsonSchema,
};

export const formatSchema = (schema: JsonSchema) => `${JSON.stringify(schema, null, 2)}\n`;
