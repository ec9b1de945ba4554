import * as z from 'zod/mini';
import type { MessageKey } from './i18n';

/** Schema errors carry a locale key, so the options page can show them in nb or en. */
const message = (key: MessageKey) => ({ error: key, abort: true });

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export const roomUrlSchema = z.string().check(
  z.trim(),
  z.minLength(1, message('errorRoomUrlRequired')),
  z.refine((value) => parseUrl(value)?.hostname, message('errorRoomUrlInvalid')),
  z.refine((value) => parseUrl(value)?.protocol === 'https:', message('errorRoomUrlNotHttps')),
);

export const settingsSchema = z.object({
  roomUrl: z.optional(roomUrlSchema),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {};
