import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import nb from '../public/_locales/nb/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

describe('locale catalogues', () => {
  it('have the same keys in nb and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });

  it('declare the same placeholders in both languages', () => {
    for (const [key, entry] of Object.entries(nb as Catalogue)) {
      const other = (en as Catalogue)[key];
      expect(Object.keys(other?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });

  it('use every declared placeholder in the message', () => {
    for (const catalogue of [nb, en] as Catalogue[]) {
      for (const [key, entry] of Object.entries(catalogue)) {
        for (const name of Object.keys(entry.placeholders ?? {})) {
          expect(entry.message.toLowerCase(), key).toContain(`$${name}$`);
        }
      }
    }
  });
});
