import type { Slot } from '../appointment';
import { isoDay } from '../day/dates';
import { clockText, minutesOf } from '../day/schedule';
import type { MessageKey } from '../i18n';

/** What a room URL template may name: the appointment's time and place, never the patient. */
export const URL_PLACEHOLDERS = ['date', 'time', 'practitioner', 'room', 'slot'] as const;
/** The invite text also names the room's address itself. */
export const INVITE_PLACEHOLDERS = ['time', 'date', 'practitioner', 'url'] as const;

export type Placeholder = (typeof URL_PLACEHOLDERS)[number] | (typeof INVITE_PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

/**
 * Names an admin might reach for to put the patient into a room name. They get their own message,
 * because "unknown placeholder" would invite a search for the right spelling.
 */
const PATIENT_WORDS = /^(name|navn|patient|pasient|comment|merknad|kommentar|born|birth.*|f(ø|o)dt|f(ø|o)dsels.*|personnummer|fnr|ssn|phone|telefon)$/i;

const TOKEN = /\{([^{}]*)\}/g;

/** The first problem with a template's placeholders, as a locale key; null when all are allowed. */
export function placeholderProblem(template: string, allowed: readonly Placeholder[]): MessageKey | null {
  for (const [, name = ''] of template.matchAll(TOKEN)) {
    if (PATIENT_WORDS.test(name.trim())) return 'errorPlaceholderPatient';
    if (!(allowed as readonly string[]).includes(name)) return 'errorPlaceholderUnknown';
  }
  // A brace left over after the tokens is a typo such as "{time" that would reach the patient as is.
  return /[{}]/.test(template.replace(TOKEN, '')) ? 'errorPlaceholderUnknown' : null;
}

/** Fills {name} tokens; URLs get every value percent-encoded so a name cannot change the address. */
export function expand(template: string, values: Partial<PlaceholderValues>, encode: boolean): string {
  return template.replace(TOKEN, (token, name: string) => {
    const value = values[name as Placeholder];
    if (value === undefined) return token;
    return encode ? encodeURIComponent(value) : value;
  });
}

/** "Ingrid Solberg (fastlege)" → "ingrid-solberg": a room name every video service accepts. */
export function slug(text: string): string {
  return text
    .replace(/\(.*?\)/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The values of one appointment; `roomName` is the practitioner the admin wrote for the room, if any. */
export function slotValues(slot: Slot, now: Date, roomName?: string): Omit<PlaceholderValues, 'url'> {
  const minutes = minutesOf(slot.time);
  const time = Number.isFinite(minutes) ? clockText(minutes) : slot.time.trim();
  const date = isoDay(now);
  const room = slug(roomName ?? slot.practitioner ?? '');
  return {
    date,
    time,
    practitioner: slot.practitioner ?? '',
    room,
    slot: [date, time.replace(':', ''), room].filter(Boolean).join('-'),
  };
}
