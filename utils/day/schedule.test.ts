import { describe, expect, it } from 'vitest';
import { byTime, clockTime, feeCodeFor, isJoinTime, minutesOf, minutesUntil, nextAppointment, relativeStart, splitDay } from './schedule';

/** Wednesday 25 November 2026 at the given local time. */
const at = (hh: number, mm: number, ss = 0) => new Date(2026, 10, 25, hh, mm, ss);
const slot = (time: string) => ({ time, practitioner: 'Dr. Lie' });

describe('clock times', () => {
  it('reads the ways timebooks write times', () => {
    expect(minutesOf('09:15')).toBe(555);
    expect(minutesOf('9.15')).toBe(555);
    expect(minutesOf('kl. 14:05')).toBe(845);
    expect(minutesOf('')).toBe(Number.POSITIVE_INFINITY);
  });

  it('sorts by time of day, not by text', () => {
    expect(['10:00', '9:30', '08:45'].map(slot).sort(byTime).map((s) => s.time)).toEqual(['08:45', '9:30', '10:00']);
  });

  it('counts whole minutes until the start, rounding a part-minute up', () => {
    expect(minutesUntil('10:00', at(9, 48))).toBe(12);
    expect(minutesUntil('10:00', at(9, 48, 30))).toBe(12);
    expect(minutesUntil('10:00', at(10, 3))).toBe(-3);
  });
});

describe('relativeStart', () => {
  it.each([
    [at(9, 48), ['startsInMinutes', '12']],
    [at(10, 0), ['startsNow']],
    [at(10, 3), ['startedAgo', '3']],
    [at(8, 55), ['startsInHours', '1', '5']],
    [at(8, 0), ['startsInWholeHours', '2']],
    [at(11, 17), ['startedHoursAgo', '1', '17']],
    [at(12, 0), ['startedWholeHoursAgo', '2']],
  ])('at %s', (now, expected) => {
    expect(relativeStart('10:00', now)).toEqual(expected);
  });

  it('counts hours the same way before and after the start', () => {
    expect(relativeStart('10:00', at(8, 47))).toEqual(['startsInHours', '1', '13']);
    expect(relativeStart('10:00', at(11, 17))).toEqual(['startedHoursAgo', '1', '17']);
  });

  it('falls back to the written time when it cannot read one', () => {
    expect(relativeStart('hele dagen', at(9, 0))).toEqual(['startsAt', 'hele dagen']);
  });
});

describe('clockTime', () => {
  it.each([
    ['8:00', '08:00'],
    ['08.15', '08:15'],
    ['kl. 14:05', '14:05'],
    ['hele dagen', 'hele dagen'],
  ])('writes %s as %s', (written, shown) => {
    expect(clockTime(written)).toBe(shown);
  });
});

describe('splitDay', () => {
  it('puts what is to come (or began under ten minutes ago) first, in time order, and the rest apart', () => {
    const day = ['10:30', '08:00', '09:15', '09:05'].map(slot);
    const { upcoming, earlier } = splitDay(day, at(9, 16));
    expect(upcoming.map(({ time }) => time)).toEqual(['09:15', '10:30']);
    expect(earlier.map(({ time }) => time)).toEqual(['08:00', '09:05']);
  });
});

describe('next appointment and join time', () => {
  const day = ['08:00', '10:30', '09:15', '13:00'].map(slot);

  it('is the first not long started, in time order', () => {
    expect(nextAppointment(day, at(7, 0))?.time).toBe('08:00');
    expect(nextAppointment(day, at(8, 9))?.time).toBe('08:00');
    expect(nextAppointment(day, at(8, 11))?.time).toBe('09:15');
    expect(nextAppointment(day, at(13, 11))).toBeUndefined();
  });

  it('makes joining prominent from five minutes before until ten after', () => {
    expect(isJoinTime('10:00', at(9, 54))).toBe(false);
    expect(isJoinTime('10:00', at(9, 55))).toBe(true);
    expect(isJoinTime('10:00', at(10, 10))).toBe(true);
    expect(isJoinTime('10:00', at(10, 11))).toBe(false);
  });
});

describe('feeCodeFor', () => {
  const codes = { enabled: true, day: '2ae', evening: '2aek', eveningFromHour: 16 };

  it('uses the day code in working hours and the evening code after', () => {
    expect(feeCodeFor('15:59', at(15, 0), codes)).toBe('2ae');
    expect(feeCodeFor('16:00', at(15, 0), codes)).toBe('2aek');
  });

  it('uses the evening code all weekend', () => {
    expect(feeCodeFor('10:00', new Date(2026, 10, 28, 9), codes)).toBe('2aek');
    expect(feeCodeFor('10:00', new Date(2026, 10, 29, 9), codes)).toBe('2aek');
  });

  it('says nothing when turned off', () => {
    expect(feeCodeFor('10:00', at(9, 0), { ...codes, enabled: false })).toBeNull();
  });
});
