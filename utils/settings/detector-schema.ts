/**
 * Validates admin detector settings where they enter the extension (options page, storage).
 * Messages are locale keys, so the options page and import show them in the browser's language.
 */
import * as z from 'zod/mini';
import type { MessageKey } from '../i18n';

const message = (key: MessageKey) => ({ error: key });

const MAX_ENTRIES = 200;

const phrase = (maxLength: number) =>
  z.string().check(z.trim(), z.minLength(1, message('errorEmpty')), z.maxLength(maxLength, message('errorTooLong')));

const categoryId = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.minLength(1, message('errorEmpty')),
  z.maxLength(32, message('errorTooLong')),
  z.regex(/^[\p{L}\p{N}_-]+$/u, message('errorCategoryIdChars')),
  // The detector answers 'other' when nothing matched; a category by that name would be unreadable.
  z.refine((id) => id !== 'other', message('errorCategoryReserved')),
);

const list = (item: z.ZodMiniType<string>) =>
  z._default(z.array(item).check(z.maxLength(MAX_ENTRIES, message('errorTooMany'))), []);

export const detectorSettingsSchema = z.object({
  extraKeywords: z._default(z.record(categoryId, z.array(phrase(60)).check(z.maxLength(MAX_ENTRIES, message('errorTooMany')))), {}),
  extraExclusions: list(phrase(60)),
  videoTypes: list(phrase(120)),
});
