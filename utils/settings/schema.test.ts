import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, roomUrlSchema } from './schema';

const errorOf = (value: unknown) => roomUrlSchema.safeParse(value).error?.issues.map((i) => i.message);
const issuesOf = (input: unknown) => {
  const result = parseSettings(input);
  return result.ok ? [] : result.issues;
};

describe('roomUrlSchema', () => {
  it('accepts an https room and trims it', () => {
    expect(roomUrlSchema.parse('  https://whereby.com/solbakken ')).toBe('https://whereby.com/solbakken');
  });

  it('asks for an address when empty', () => {
    expect(errorOf('   ')).toEqual(['errorRoomUrlRequired']);
  });

  it('rejects text that is no URL with one clear message', () => {
    expect(errorOf('whereby.com/solbakken')).toEqual(['errorRoomUrlInvalid']);
  });

  it.each(['http://whereby.com/solbakken', 'javascript:alert(1)', 'ftp://rom.no/a'])('rejects %s as not https', (url) => {
    expect(errorOf(url)).toEqual([url.startsWith('javascript') ? 'errorRoomUrlInvalid' : 'errorRoomUrlNotHttps']);
  });

  it('refuses unknown placeholders and patient data when saved', () => {
    expect(errorOf('https://whereby.com/{rom}')).toEqual(['errorPlaceholderUnknown']);
    expect(errorOf('https://whereby.com/{pasient}')).toEqual(['errorPlaceholderPatient']);
  });
});

describe('settingsSchema', () => {
  it('has the defaults issue 6 builds on, the Norwegian invite and the browser’s language', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      rooms: [],
      inviteText: 'Hei! Videotimen din starter kl. {time}. Bli med her: {url}',
      detector: { extraKeywords: {}, extraExclusions: [], videoTypes: [] },
      reminders: { enabled: false, minutesBefore: 5 },
      feeCodes: { enabled: true, day: '2ae', evening: '2aek', eveningFromHour: 16 },
      sites: [],
      profiles: [],
      language: 'auto',
    });
  });

  it('refuses a site that would reach every host, and a profile without a valid pattern', () => {
    expect(issuesOf({ sites: ['https://timebok.example.no/*', 'https://*/*'] })).toEqual([
      { path: 'sites.1', key: 'errorSitePatternTooBroad' },
    ]);
    expect(issuesOf({ profiles: [{ name: 'X', matches: ['timebok.example.no'], selectors: { appointment: 'tr' } }] })).toEqual([
      { path: 'profiles.0.matches.0', key: 'errorMatchPatternInvalid' },
    ]);
  });

  it('checks each room against its service, at the address', () => {
    expect(issuesOf({ rooms: [{ practitioner: 'Ingrid', preset: 'whereby', url: 'https://meet.jit.si/x' }] })).toEqual([
      { path: 'rooms.0.url', key: 'errorPresetWhereby' },
    ]);
  });

  it('keeps the PIN to Norsk Helsenett rooms', () => {
    expect(parseSettings({ defaultRoom: { preset: 'nhn', url: 'https://join.nhn.no/webapp/conference/1234', pin: '4321' } }).ok).toBe(true);
    expect(issuesOf({ defaultRoom: { preset: 'whereby', url: 'https://whereby.com/a', pin: '4321' } })).toEqual([
      { path: 'defaultRoom.pin', key: 'errorPinNhnOnly' },
    ]);
  });

  it('refuses the same practitioner twice, however it is written', () => {
    const room = (practitioner: string) => ({ practitioner, url: 'https://whereby.com/a' });
    expect(issuesOf({ rooms: [room('Ingrid Solberg'), room(' ingrid  SOLBERG (fastlege)')] })).toEqual([
      { path: 'rooms.1.practitioner', key: 'errorPractitionerDuplicate' },
    ]);
  });

  it('bounds reminders and the evening hour', () => {
    expect(issuesOf({ reminders: { enabled: true, minutesBefore: 61 }, feeCodes: { eveningFromHour: 24 } })).toEqual([
      { path: 'reminders.minutesBefore', key: 'errorOutOfRange' },
      { path: 'feeCodes.eveningFromHour', key: 'errorOutOfRange' },
    ]);
  });

  it('wants {url} in the invite', () => {
    expect(issuesOf({ inviteText: 'Hei! Vi ringer kl. {time}.' })).toEqual([{ path: 'inviteText', key: 'errorInviteNeedsUrl' }]);
  });
});

describe('parseSettings on an import file', () => {
  it('lists every error with its path, in locale keys', () => {
    const file = {
      defaultRoom: { preset: 'zoom', url: 'https://zoom.us/j/1' },
      rooms: [{ practitioner: '', url: 'http://whereby.com/a' }, { practitioner: 'Ahmed', preset: 'skype', url: 'https://x.no/a' }],
      inviteText: 42,
      detector: { extraKeywords: { video: ['  '] }, videoTypes: 'Video' },
      reminders: { enabled: 'yes' },
      patientName: 'Kari Berg',
    };
    expect(issuesOf(file)).toEqual([
      { path: 'defaultRoom.url', key: 'errorPresetZoom' },
      { path: 'rooms.0.practitioner', key: 'errorPractitionerRequired' },
      { path: 'rooms.0.url', key: 'errorRoomUrlNotHttps' },
      { path: 'rooms.1.preset', key: 'errorInvalidChoice' },
      { path: 'inviteText', key: 'errorWrongType' },
      { path: 'detector.extraKeywords.video.0', key: 'errorEmpty' },
      { path: 'detector.videoTypes', key: 'errorWrongType' },
      { path: 'reminders.enabled', key: 'errorWrongType' },
      { path: 'patientName', key: 'errorUnknownKey' },
    ]);
  });

  it('says when the file is not settings at all', () => {
    expect(issuesOf([1, 2])).toEqual([{ path: '', key: 'errorWrongType' }]);
  });
});
