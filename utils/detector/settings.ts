/**
 * Validates admin detector settings where they enter the extension (options page, storage).
 * Messages are short English keys for the UI to translate.
 */
import * as z from 'zod/mini';

const MAX_ENTRIES = 200;

const phrase = (maxLength: number) =>
  z.string().check(z.trim(), z.minLength(1, 'empty'), z.maxLength(maxLength, 'too long'));

const categoryId = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.minLength(1, 'empty'),
  z.maxLength(32, 'too long'),
  z.regex(/^[\p{L}\p{N}_-]+$/u, 'letters, digits, - and _ only'),
  // The detector answers 'other' when nothing matched; a category by that name would be unreadable.
  z.refine((id) => id !== 'other', 'reserved'),
);

const list = (item: z.ZodMiniType<string>) =>
  z._default(z.array(item).check(z.maxLength(MAX_ENTRIES, 'too many')), []);

export const detectorSettingsSchema = z.object({
  extraKeywords: z._default(z.record(categoryId, z.array(phrase(60)).check(z.maxLength(MAX_ENTRIES, 'too many'))), {}),
  extraExclusions: list(phrase(60)),
  videoTypes: list(phrase(120)),
});
