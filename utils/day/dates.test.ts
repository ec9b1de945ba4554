import { describe, expect, it } from 'vitest';
import { dateIn, isoDateAttribute, isoDay, isToday, onlyDateIn } from './dates';

/** Wednesday 2 December 2026, mid-morning. */
const now = new Date(2026, 11, 2, 9, 30);

describe('dateIn', () => {
  it.each([
    ['2026-12-02', '2026-12-02'],
    ['Onsdag 2. desember 2026', '2026-12-02'],
    ['torsdag 3. des.', '2026-12-03'],
    ['ons. 2.12.', '2026-12-02'],
    ['Mandag 30.11.2026', '2026-11-30'],
    ['30.11.26', '2026-11-30'],
    ['Wednesday, December 2, 2026', '2026-12-02'],
    ['Thu Dec 3', '2026-12-03'],
    ['4 Dec 2026', '2026-12-04'],
    ['I dag', '2026-12-02'],
    ['i morgen', '2026-12-03'],
    ['I går', '2026-12-01'],
    ['Today', '2026-12-02'],
    ['Tomorrow', '2026-12-03'],
  ])('reads %s', (text, day) => {
    expect(dateIn(text, now)).toBe(day);
  });

  it('puts a day without its year in the year nearest to now', () => {
    expect(dateIn('2.1.', now)).toBe('2027-01-02');
    expect(dateIn('fredag 27. november', now)).toBe('2026-11-27');
  });

  it.each(['08:15', '9.15', 'kl. 09.15', 'Ingrid Solberg', 'Videokonsultasjon', 'Fredag', '31.02.2026', 'idagligdags'])(
    'reads no day in %s',
    (text) => {
      expect(dateIn(text, now)).toBeNull();
    },
  );
});

describe('onlyDateIn', () => {
  it('reads the one day a heading names, and none from a range or a row of days', () => {
    expect(onlyDateIn('I dag, onsdag 2.12.', now)).toBe('2026-12-02');
    expect(onlyDateIn('Nov 30 – Dec 6, 2026', now)).toBeNull();
    expect(onlyDateIn('30.11.2026 01.12.2026 02.12.2026', now)).toBeNull();
    expect(onlyDateIn('Timebok', now)).toBeNull();
  });
});

describe('isoDateAttribute', () => {
  it('reads the day at the start of a date or date-time attribute', () => {
    expect(isoDateAttribute('2026-12-02')).toBe('2026-12-02');
    expect(isoDateAttribute('2026-12-02T08:00:00+01:00')).toBe('2026-12-02');
    expect(isoDateAttribute('08:00')).toBeNull();
    expect(isoDateAttribute('2026-13-02')).toBeNull();
    expect(isoDateAttribute(null)).toBeNull();
  });
});

describe('isToday', () => {
  it('counts an undated appointment and one dated today as today', () => {
    expect(isoDay(now)).toBe('2026-12-02');
    expect(isToday(null, now)).toBe(true);
    expect(isToday('2026-12-02', now)).toBe(true);
    expect(isToday('2026-12-03', now)).toBe(false);
  });
});
