import type { MessageKey } from '../i18n';
import { expand, slotValues } from './placeholders';

export const PRESET_IDS = ['whereby', 'confrere', 'nhn', 'jitsi', 'teams', 'zoom', 'custom'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

interface Preset {
  /** The locale key of "expected this shape, for example …", shown when the shape is wrong. */
  error: MessageKey;
  /** Whether a parsed https address has the service's shape. */
  fits: (url: URL) => boolean;
  /** Whether an address is certainly this service, for naming the service of a room saved before presets. */
  recognises?: (url: URL) => boolean;
}

const segments = (url: URL) => url.pathname.split('/').filter(Boolean);
const oneSegment = (url: URL) => segments(url).length === 1 && !url.search;
const onDomain = (url: URL, domain: string) => url.hostname === domain || url.hostname.endsWith(`.${domain}`);

const PRESETS: Record<PresetId, Preset> = {
  whereby: { error: 'errorPresetWhereby', fits: (url) => onDomain(url, 'whereby.com') && oneSegment(url) },
  confrere: {
    error: 'errorPresetConfrere',
    fits: (url) => url.hostname.endsWith('.confrere.com') && oneSegment(url),
  },
  nhn: {
    error: 'errorPresetNhn',
    // The PIN is a setting of its own: in the address it would show wherever the address goes.
    fits: (url) => url.hostname === 'join.nhn.no' && /^\/webapp\/conference\/\d+\/?$/.test(url.pathname) && !url.search,
  },
  jitsi: {
    error: 'errorPresetJitsi',
    fits: oneSegment,
    recognises: (url) => url.hostname === 'meet.jit.si',
  },
  teams: {
    error: 'errorPresetTeams',
    fits: (url) =>
      (url.hostname === 'teams.microsoft.com' && url.pathname.startsWith('/l/meetup-join/') && segments(url).length > 2) ||
      (url.hostname === 'teams.live.com' && /^\/meet\/\d+\/?$/.test(url.pathname)),
  },
  zoom: {
    error: 'errorPresetZoom',
    fits: (url) =>
      onDomain(url, 'zoom.us') &&
      /^\/j\/\d{9,11}\/?$/.test(url.pathname) &&
      [...url.searchParams.keys()].every((key) => key === 'pwd'),
  },
  custom: { error: 'errorRoomUrlInvalid', fits: () => true },
};

/**
 * An address of each service's own shape, for the hint and placeholder beside the room field: a
 * clinic pasting from Confrere sees a Confrere address, not a Whereby one.
 */
export const PRESET_EXAMPLES: Record<PresetId, string> = {
  whereby: 'https://whereby.com/solbakken-legesenter',
  confrere: 'https://solbakken.confrere.com/ingrid-solberg',
  nhn: 'https://join.nhn.no/webapp/conference/12345678',
  jitsi: 'https://meet.jit.si/solbakken-legesenter',
  teams: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_…',
  zoom: 'https://zoom.us/j/81234567890?pwd=abc123',
  custom: 'https://video.legesenter.no/venterom',
};

const SAMPLE = slotValues({ time: '08:20', practitioner: 'Ingrid Solberg' }, new Date(2026, 10, 25));

/** The address a template gives for a typical appointment, so its shape can be checked at save time. */
export function sampleUrl(template: string): URL | null {
  try {
    return new URL(expand(template, SAMPLE, true));
  } catch {
    return null;
  }
}

/** The locale key of what is wrong with the shape, or null when the address fits the service. */
export function shapeProblem(preset: PresetId, url: URL): MessageKey | null {
  return PRESETS[preset].fits(url) ? null : PRESETS[preset].error;
}

/** The service an address certainly belongs to; 'custom' when unsure, which checks least. */
export function recognisePreset(address: string): PresetId {
  const url = sampleUrl(address);
  if (!url) return 'custom';
  const found = PRESET_IDS.find((id) => {
    const preset = PRESETS[id];
    return id !== 'custom' && preset.fits(url) && (preset.recognises ?? (() => true))(url);
  });
  return found ?? 'custom';
}
