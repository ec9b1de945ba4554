import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSchema, managedJsonSchema, SCHEMA_FILES } from './json-schemas';

describe('checked-in JSON Schema files', () => {
  it.each(Object.entries(SCHEMA_FILES))('%s matches the zod schema (else run npm run schemas)', (path, generate) => {
    expect(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8')).toBe(formatSchema(generate()));
  });

  it('gives Chromium only keywords its policy schema knows', () => {
    const keywords = new Set<string>();
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        keywords.add(key);
        if (key === 'properties') Object.values(child as object).forEach(walk);
        else walk(child);
      }
    };
    walk(managedJsonSchema());
    expect([...keywords].sort()).toEqual(['additionalProperties', 'items', 'maximum', 'minimum', 'properties', 'type']);
  });
});
