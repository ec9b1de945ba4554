import { describe, expect, it } from 'vitest';
import { parseSettings, settingsSchema } from '../../utils/settings/schema';
import { fromDraft, toDraft } from './draft';

describe('options draft', () => {
  it('saves back every setting it was loaded with, untouched', () => {
    const settings = settingsSchema.parse({
      defaultRoom: { preset: 'whereby', url: 'https://whereby.com/solbakken' },
      rooms: [{ practitioner: 'Ingrid Solberg', preset: 'custom', url: 'https://video.example.no/{room}' }],
      detector: { extraKeywords: { video: ['skjermtime'] }, extraExclusions: ['videofil'], videoTypes: ['Nettkonsultasjon'] },
      reminders: { enabled: true, minutesBefore: 10 },
      sites: ['https://timebok.example.no/*'],
      profiles: [{ name: 'Timebok', matches: ['https://timebok.example.no/*'], selectors: { appointment: 'li.booking' } }],
    });
    expect(settingsSchema.parse(fromDraft(toDraft(settings), settings, []))).toEqual(settings);
  });

  it.each(['   ', '', '\t'])('refuses to save the clinic room %j over the room the clinic has, with a message', (url) => {
    const stored = settingsSchema.parse({ defaultRoom: { preset: 'whereby', url: 'https://whereby.com/solbakken' } });
    const draft = { ...toDraft(stored), defaultRoom: { ...toDraft(stored).defaultRoom, url } };
    expect(parseSettings(fromDraft(draft, stored, []))).toEqual({ ok: false, issues: [{ path: 'defaultRoom.url', key: 'errorRoomUrlRequired' }] });
  });

  it('refuses a clinic room of only spaces before any room was set; an empty one means none yet', () => {
    const stored = settingsSchema.parse({});
    const draft = toDraft(stored);
    expect(parseSettings(fromDraft({ ...draft, defaultRoom: { ...draft.defaultRoom, url: '  ' } }, stored, []))).toMatchObject({ ok: false });
    expect(parseSettings(fromDraft(draft, stored, []))).toMatchObject({ ok: true });
  });

  it('keeps the stored value of a setting the policy locks', () => {
    const stored = settingsSchema.parse({ sites: ['https://a.example.no/*'] });
    const draft = { ...toDraft(stored), sites: ['https://b.example.no/*'] };
    expect(fromDraft(draft, stored, ['sites']).sites).toEqual(['https://a.example.no/*']);
  });
});
