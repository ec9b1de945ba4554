import { describe, expect, it } from 'vitest';
import { clockTime, hasLongRange, saysMoreThanTime, timeIn, withoutTimes } from './text';

describe('times of day', () => {
  it.each([
    ['09:15 Kari', '09:15'],
    ['kl. 9.15', '9.15'],
    ['8:00 AM – 8:15 AM', '08:00'],
    ['1:30 PM Kari Berg', '13:30'],
    ['8:00 – 8:30 AM', '08:00'],
    ['1:00 – 1:30 p.m.', '13:00'],
    ['11:30 – 12:30 PM', '11:30'],
    ['12:15 AM', '00:15'],
    ['12:15 PM', '12:15'],
    ['Født 12.03.1954', ''],
  ])('reads %s as %s', (text, time) => {
    expect(timeIn(text)).toBe(time);
  });

  it('turns only 12-hour time cells to 24 hours, leaving others as written', () => {
    expect(clockTime('2:45 PM')).toBe('14:45');
    expect(clockTime('kl. 09:15')).toBe('kl. 09:15');
  });

  it('tells opening hours from an appointment on either clock', () => {
    expect(hasLongRange('8:00 AM – 4:00 PM')).toBe(true);
    expect(hasLongRange('08:00–16:00')).toBe(true);
    expect(hasLongRange('8:00 – 8:30 AM')).toBe(false);
    expect(hasLongRange('11:45 AM – 12:15 PM')).toBe(false);
  });

  it('takes AM and PM for part of the time, not of what the appointment says', () => {
    expect(saysMoreThanTime('8:00 AM – 8:15 AM')).toBe(false);
    expect(withoutTimes('8:00 AM – 8:15 AM Kari Berg: video')).toBe('Kari Berg: video');
  });
});
