/**
 * The one definition of Videotime's settings: types, defaults and validation all come from here, and
 * so do the JSON Schema files admins and browser policies read (scripts/schemas.ts writes them).
 * Every message is a locale key, so the options page and import can show it in nb or en.
 */
import * as z from 'zod/mini';
import type { $ZodRawIssue } from 'zod/v4/core';
import { detectorSettingsSchema } from './detector-schema';
import { DEFAULT_DETECTOR_SETTINGS } from '../detector/types';
import type { MessageKey } from '../i18n';
import { LANGUAGE_SETTINGS } from '../locales';
import { siteProfileSchema, sitePatternSchema } from './site-schema';
import { INVITE_PLACEHOLDERS, placeholderProblem, URL_PLACEHOLDERS, type Placeholder } from './placeholders';
import { PRESET_IDS, sampleUrl, shapeProblem } from './presets';

const message = (key: MessageKey) => ({ error: key, abort: true });

const MAX_ROOMS = 200;

/** A text with {placeholders}: unknown ones and patient data are refused when saved, not when used. */
const placeholders = (allowed: readonly Placeholder[]) =>
  z.superRefine((value: string, ctx) => {
    const problem = placeholderProblem(value, allowed);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value, abort: true });
  });

export const roomUrlSchema = z.string().check(
  z.trim(),
  z.minLength(1, message('errorRoomUrlRequired')),
  z.maxLength(2000, message('errorTooLong')),
  placeholders(URL_PLACEHOLDERS),
  z.refine((value) => sampleUrl(value)?.hostname, message('errorRoomUrlInvalid')),
  z.refine((value) => sampleUrl(value)?.protocol === 'https:', message('errorRoomUrlNotHttps')),
);

const roomFields = {
  preset: z._default(z.enum(PRESET_IDS), 'custom'),
  url: roomUrlSchema,
  /** Norsk Helsenett's rooms only: shown to staff when they join, never put into a page or the address. */
  pin: z.optional(z.string().check(z.trim(), z.regex(/^\d{4,12}$/, message('errorPin')))),
};

/** The service's own shape, checked once the address itself is a valid https template. */
const fitsPreset = z.superRefine((room: { preset: (typeof PRESET_IDS)[number]; url: string; pin?: string }, ctx) => {
  const url = sampleUrl(room.url);
  const problem = url && shapeProblem(room.preset, url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: room.url, path: ['url'] });
  if (room.pin !== undefined && room.preset !== 'nhn') {
    ctx.addIssue({ code: 'custom', message: 'errorPinNhnOnly', input: room.pin, path: ['pin'] });
  }
});

export const roomSchema = z.strictObject(roomFields).check(fitsPreset);

const practitionerName = z.string().check(
  z.trim(),
  z.minLength(1, message('errorPractitionerRequired')),
  z.maxLength(120, message('errorTooLong')),
);

export const practitionerRoomSchema = z.strictObject({ practitioner: practitionerName, ...roomFields }).check(fitsPreset);

const roomsSchema = z.array(practitionerRoomSchema).check(
  z.maxLength(MAX_ROOMS, message('errorTooMany')),
  z.superRefine((rooms, ctx) => {
    const seen = new Set<string>();
    rooms.forEach(({ practitioner }, index) => {
      const name = practitionerKey(practitioner);
      if (seen.has(name)) {
        ctx.addIssue({ code: 'custom', message: 'errorPractitionerDuplicate', input: practitioner, path: [index, 'practitioner'] });
      }
      seen.add(name);
    });
  }),
);

export const DEFAULT_INVITE_TEXT = 'Hei! Videotimen din starter kl. {time}. Bli med her: {url}';

const inviteTextSchema = z.string().check(
  z.trim(),
  z.minLength(1, message('errorInviteRequired')),
  z.maxLength(1000, message('errorTooLong')),
  placeholders(INVITE_PLACEHOLDERS),
  z.refine((text) => text.includes('{url}'), message('errorInviteNeedsUrl')),
);

const intBetween = (min: number, max: number) =>
  z.int().check(z.gte(min, message('errorOutOfRange')), z.lte(max, message('errorOutOfRange')));

const feeCode = z.string().check(
  z.trim(),
  z.minLength(1, message('errorFeeCodeRequired')),
  z.maxLength(20, message('errorTooLong')),
);

const DEFAULT_REMINDERS = { enabled: false, minutesBefore: 5 };
const DEFAULT_FEE_CODES = { enabled: true, day: '2ae', evening: '2aek', eveningFromHour: 16 };

export const settingsSchema = z.strictObject({
  /** The clinic's room: for practitioners without their own, and for appointments with no practitioner. */
  defaultRoom: z.optional(roomSchema),
  rooms: z._default(roomsSchema, []),
  inviteText: z._default(inviteTextSchema, DEFAULT_INVITE_TEXT),
  detector: z._default(detectorSettingsSchema, DEFAULT_DETECTOR_SETTINGS),
  reminders: z._default(
    z.strictObject({ enabled: z._default(z.boolean(), false), minutesBefore: z._default(intBetween(1, 60), 5) }),
    DEFAULT_REMINDERS,
  ),
  /** Weekday evenings from eveningFromHour and weekends take the evening code. */
  feeCodes: z._default(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      day: z._default(feeCode, '2ae'),
      evening: z._default(feeCode, '2aek'),
      eveningFromHour: z._default(intBetween(0, 23), 16),
    }),
    DEFAULT_FEE_CODES,
  ),
  /** Booking sites beyond the built-in ones; each gets its host permission when added. */
  sites: z._default(z.array(sitePatternSchema).check(z.maxLength(MAX_ROOMS, message('errorTooMany'))), []),
  /** Readers an admin taught for sites the generic reader gets wrong; they win over built-in ones. */
  profiles: z._default(z.array(siteProfileSchema).check(z.maxLength(MAX_ROOMS, message('errorTooMany'))), []),
  /** The language of badges, popup and pages: "auto" follows the browser's, as chrome.i18n does. */
  language: z._default(z.enum(LANGUAGE_SETTINGS), 'auto'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Room = z.infer<typeof roomSchema>;
export type PractitionerRoom = z.infer<typeof practitionerRoomSchema>;
export type SettingsKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** "Ingrid Solberg (fastlege)" and "ingrid  solberg" name the same practitioner. */
export function practitionerKey(name: string): string {
  return name.replace(/\(.*?\)/g, ' ').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

/** A problem at a place in a settings file, e.g. path "rooms.1.url". */
export interface SettingsIssue {
  path: string;
  key: MessageKey;
}

export type ParseResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

/** Zod's own checks (wrong type, unknown key) get generic locale keys; ours carry their own. */
function genericKey(issue: $ZodRawIssue): MessageKey {
  switch (issue.code) {
    case 'invalid_type':
      return 'errorWrongType';
    case 'unrecognized_keys':
      return 'errorUnknownKey';
    case 'invalid_value':
      return 'errorInvalidChoice';
    case 'too_big':
    case 'too_small':
      return 'errorOutOfRange';
    default:
      return 'errorInvalid';
  }
}

/** Unknown keys by name, the first few: a file with 200,000 of them gets one readable line. */
function namedKeys(keys: string[]): string {
  const named = keys.slice(0, 5).join(', ');
  return keys.length > 5 ? `${named}, … (+${keys.length - 5})` : named;
}

export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown): { ok: true; value: T } | { ok: false; issues: SettingsIssue[] } {
  const parsed = schema.safeParse(input, { error: genericKey });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? [namedKeys(issue.keys)] : [];
    return { path: [...issue.path, ...keys].map(String).join('.'), key: issue.message as MessageKey };
  });
  return { ok: false, issues };
}

/** Validates a whole settings record or file; any issue means none of it is used. */
export function parseSettings(input: unknown): ParseResult {
  const result = parseWith(settingsSchema, input);
  return result.ok ? { ok: true, settings: result.value } : result;
}
