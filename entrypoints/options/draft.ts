/**
 * The options form edits text: lists are one entry per line, numbers are what was typed. The schema
 * judges the whole candidate on save, so a half-typed value is never stored and never lost.
 */
import { BUILT_IN_CATEGORIES } from '../../utils/detector/categories';
import type { PresetId } from '../../utils/settings/presets';
import type { Room, Settings, SettingsKey } from '../../utils/settings/schema';
import type { SiteProfile } from '../../utils/sites/profile';
import type { LanguageSetting } from '../../utils/locales';

export interface RoomDraft {
  preset: PresetId;
  url: string;
  pin: string;
}

export interface Draft {
  defaultRoom: RoomDraft;
  rooms: (RoomDraft & { practitioner: string })[];
  inviteText: string;
  /** Category id → extra keywords, one per line. */
  keywords: Record<string, string>;
  exclusions: string;
  videoTypes: string;
  reminders: { enabled: boolean; minutesBefore: string };
  feeCodes: { enabled: boolean; day: string; evening: string; eveningFromHour: string };
  sites: string[];
  /** Taught with the picker, not typed: the form lists and removes them. */
  profiles: SiteProfile[];
  language: LanguageSetting;
}

/** The built-in categories always get a field; categories an admin added by file or policy too. */
const BUILT_IN_IDS = BUILT_IN_CATEGORIES.map(({ id }) => id);

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const toRoomDraft = (room: Room | undefined): RoomDraft => ({
  preset: room?.preset ?? 'custom',
  url: room?.url ?? '',
  pin: room?.pin ?? '',
});
export const fromRoomDraft = ({ preset, url, pin }: RoomDraft) => ({ preset, url, ...(pin.trim() ? { pin } : {}) });

export function toDraft(settings: Settings): Draft {
  const { detector, reminders, feeCodes } = settings;
  const categories = [...new Set([...BUILT_IN_IDS, ...Object.keys(detector.extraKeywords)])];
  return {
    defaultRoom: toRoomDraft(settings.defaultRoom),
    rooms: settings.rooms.map((room) => ({ practitioner: room.practitioner, ...toRoomDraft(room) })),
    inviteText: settings.inviteText,
    keywords: Object.fromEntries(categories.map((id) => [id, (detector.extraKeywords[id] ?? []).join('\n')])),
    exclusions: detector.extraExclusions.join('\n'),
    videoTypes: detector.videoTypes.join('\n'),
    reminders: { enabled: reminders.enabled, minutesBefore: String(reminders.minutesBefore) },
    feeCodes: { ...feeCodes, eveningFromHour: String(feeCodes.eveningFromHour) },
    sites: settings.sites,
    profiles: settings.profiles,
    language: settings.language,
  };
}

/** The draft's detector part, also fed live to the "try a comment" box. */
export function detectorOf(draft: Draft) {
  const extraKeywords = Object.fromEntries(
    Object.entries(draft.keywords).flatMap(([id, text]) => (lines(text).length ? [[id, lines(text)]] : [])),
  );
  return { extraKeywords, extraExclusions: lines(draft.exclusions), videoTypes: lines(draft.videoTypes) };
}

/**
 * What the form would save. Settings locked by policy keep their stored local value, so lifting the
 * policy later brings back what the clinic had.
 */
export function fromDraft(draft: Draft, stored: Settings, locked: readonly SettingsKey[]): Record<string, unknown> {
  // An empty field means no clinic room only while there is none: blanking (or spaces) over the
  // clinic's room is refused with a message at the field, never saved as deleting it.
  const noRoom = draft.defaultRoom.url === '' && stored.defaultRoom === undefined;
  const candidate: Record<string, unknown> = {
    ...(noRoom ? {} : { defaultRoom: fromRoomDraft(draft.defaultRoom) }),
    rooms: draft.rooms.map(({ practitioner, ...room }) => ({ practitioner, ...fromRoomDraft(room) })),
    inviteText: draft.inviteText,
    detector: detectorOf(draft),
    reminders: { enabled: draft.reminders.enabled, minutesBefore: Number(draft.reminders.minutesBefore) },
    feeCodes: { ...draft.feeCodes, eveningFromHour: Number(draft.feeCodes.eveningFromHour) },
    sites: draft.sites,
    profiles: draft.profiles,
    language: draft.language,
  };
  for (const key of locked) {
    if (stored[key] === undefined) delete candidate[key];
    else candidate[key] = stored[key];
  }
  return candidate;
}
