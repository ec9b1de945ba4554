import { describe, expect, it } from 'vitest';
import { expand, INVITE_PLACEHOLDERS, placeholderProblem, slotValues, slug, URL_PLACEHOLDERS } from './placeholders';

const NOW = new Date(2026, 10, 25, 8, 0);

describe('placeholderProblem', () => {
  it('accepts every documented placeholder', () => {
    expect(placeholderProblem('https://x.no/{date}/{time}/{practitioner}/{room}/{slot}', URL_PLACEHOLDERS)).toBeNull();
    expect(placeholderProblem('kl. {time} {date} {practitioner}: {url}', INVITE_PLACEHOLDERS)).toBeNull();
  });

  it.each(['{rom}', '{Time}', '{url}', '{ time}', '{time', 'time}', '{}'])('refuses %s in a URL', (token) => {
    expect(placeholderProblem(`https://x.no/${token}`, URL_PLACEHOLDERS)).toBe('errorPlaceholderUnknown');
  });

  it.each(['{name}', '{navn}', '{pasient}', '{comment}', '{merknad}', '{født}', '{fodselsdato}', '{birthdate}', '{fnr}'])(
    'refuses patient data %s with its own message',
    (token) => {
      expect(placeholderProblem(`https://x.no/${token}`, URL_PLACEHOLDERS)).toBe('errorPlaceholderPatient');
      expect(placeholderProblem(`Hei {url} ${token}`, INVITE_PLACEHOLDERS)).toBe('errorPlaceholderPatient');
    },
  );
});

describe('expand', () => {
  it('percent-encodes values in URLs so a name cannot change the address', () => {
    expect(expand('https://x.no/{practitioner}?t={time}', { practitioner: 'Ola / Nordmann?&x=1', time: '08:20' }, true)).toBe(
      'https://x.no/Ola%20%2F%20Nordmann%3F%26x%3D1?t=08%3A20',
    );
  });

  it('leaves plain text as it is', () => {
    expect(expand('kl. {time}: {url}', { time: '08:20', url: 'https://x.no/a?b=c' }, false)).toBe('kl. 08:20: https://x.no/a?b=c');
  });
});

describe('slotValues', () => {
  it('gives date, a normalised time, the practitioner and a room name from it', () => {
    expect(slotValues({ time: '8.20', practitioner: 'Ingrid Sølberg (fastlege)' }, NOW)).toEqual({
      date: '2026-11-25',
      time: '08:20',
      practitioner: 'Ingrid Sølberg (fastlege)',
      room: 'ingrid-solberg',
      slot: '2026-11-25-0820-ingrid-solberg',
    });
  });

  it('names the room after the practitioner the admin wrote, and copes without one', () => {
    expect(slotValues({ time: '09:00', practitioner: 'INGRID SOLBERG' }, NOW, 'Ingrid Solberg').room).toBe('ingrid-solberg');
    expect(slotValues({ time: '09:00', practitioner: null }, NOW)).toMatchObject({ practitioner: '', room: '', slot: '2026-11-25-0900' });
  });

  it('slugs Norwegian letters readably', () => {
    expect(slug('Åse Ærø-Øvre')).toBe('ase-aero-ovre');
  });
});
