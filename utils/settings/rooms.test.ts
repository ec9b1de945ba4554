import { describe, expect, it } from 'vitest';
import { inviteText } from './invite';
import { roomFor } from './rooms';
import { parseSettings, type Settings } from './schema';

const NOW = new Date(2026, 10, 25, 8, 0);
const settings = (input: object): Settings => {
  const parsed = parseSettings(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.settings;
};

const clinic = settings({
  defaultRoom: { url: 'https://video.solbakken.test/venterom' },
  rooms: [
    { practitioner: 'Ingrid Solberg', preset: 'whereby', url: 'https://solbakken.whereby.com/{room}' },
    { practitioner: 'Ahmed Karimi', preset: 'nhn', url: 'https://join.nhn.no/webapp/conference/12345678', pin: '2468' },
  ],
});
const session = { preset: 'custom' as const, url: 'https://meet.jit.si/{slot}' };

describe('roomFor', () => {
  it("picks the practitioner's own room, as the timebook writes the name", () => {
    expect(roomFor(clinic, { time: '08:20', practitioner: 'Ingrid Solberg (fastlege)' }, session, NOW)).toEqual({
      url: 'https://solbakken.whereby.com/ingrid-solberg',
    });
  });

  it('hands the PIN to the background, not into the address', () => {
    expect(roomFor(clinic, { time: '10:30', practitioner: 'ahmed karimi' }, undefined, NOW)).toEqual({
      url: 'https://join.nhn.no/webapp/conference/12345678',
      pin: '2468',
    });
  });

  it("uses the session's room before the clinic's for everyone else", () => {
    expect(roomFor(clinic, { time: '10:30', practitioner: 'Marte Lien' }, session, NOW)).toEqual({
      url: 'https://meet.jit.si/2026-11-25-1030-marte-lien',
    });
    expect(roomFor(clinic, { time: '10:30', practitioner: null }, undefined, NOW)).toEqual({ url: 'https://video.solbakken.test/venterom' });
  });

  it('has no room when nothing is set up', () => {
    expect(roomFor(settings({}), { time: '10:30', practitioner: 'Marte Lien' }, undefined, NOW)).toBeNull();
  });
});

describe('inviteText', () => {
  it('fills time and the room without encoding the text', () => {
    expect(inviteText(clinic.inviteText, { time: '8:20', practitioner: 'Ingrid Solberg' }, 'https://whereby.com/a?b=c', NOW)).toBe(
      'Hei! Videotimen din starter kl. 08:20. Bli med her: https://whereby.com/a?b=c',
    );
  });
});
