import type { Slot } from '../appointment';
import type { MessageKey } from '../i18n';

/** Minutes since midnight of "9:15", "09:15" or "09.15"; timebooks differ in how they write it. */
export function minutesOf(time: string): number {
  const match = /(\d{1,2})[:.](\d{2})/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.POSITIVE_INFINITY;
}

export const byTime = (a: Slot, b: Slot) => minutesOf(a.time) - minutesOf(b.time);

/** Whole minutes from now until the appointment starts today; negative once it has started. */
export function minutesUntil(time: string, now: Date): number {
  const start = minutesOf(time);
  return Math.ceil(start - (now.getHours() * 60 + now.getMinutes() + now.getSeconds() / 60));
}

/** An appointment still counts as "next" a while after its start: patients join late. */
export const STILL_NEXT_AFTER_START_MINUTES = 10;

/** Joining becomes the prominent action this many minutes before the start. */
export const PROMINENT_BEFORE_START_MINUTES = 5;

export function isUpcomingOrOngoing(time: string, now: Date): boolean {
  return minutesUntil(time, now) >= -STILL_NEXT_AFTER_START_MINUTES;
}

export function isJoinTime(time: string, now: Date): boolean {
  const minutes = minutesUntil(time, now);
  return minutes <= PROMINENT_BEFORE_START_MINUTES && minutes >= -STILL_NEXT_AFTER_START_MINUTES;
}

/** The first appointment of the day that has not long started, in time order. */
export function nextAppointment<T extends Slot>(slots: readonly T[], now: Date): T | undefined {
  return slots.filter((slot) => isUpcomingOrOngoing(slot.time, now)).sort(byTime)[0];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "08:05" for 485 minutes since midnight: the one way Videotime writes a clock time. */
export const clockText = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** "08:05" for "8:05", "08.05" or "kl. 8.05": the popup writes every clock time one way. */
export function clockTime(time: string): string {
  const minutes = minutesOf(time);
  return Number.isFinite(minutes) ? clockText(minutes) : time;
}

/**
 * "om 12 min", "om 1 t 5 min", "starter nå", "for 1 t 17 min siden": one style before and after the
 * start, as a locale key and its values.
 */
export function relativeStart(time: string, now: Date): [MessageKey, ...string[]] {
  const minutes = minutesUntil(time, now);
  if (!Number.isFinite(minutes)) return ['startsAt', time];
  if (minutes === 0) return ['startsNow'];
  const past = minutes < 0;
  const span = Math.abs(minutes);
  if (span < 60) return [past ? 'startedAgo' : 'startsInMinutes', String(span)];
  const hours = String(Math.floor(span / 60));
  if (span % 60 === 0) return [past ? 'startedWholeHoursAgo' : 'startsInWholeHours', hours];
  return [past ? 'startedHoursAgo' : 'startsInHours', hours, String(span % 60)];
}

/** Today's appointments as the popup shows them: those still to come (or just begun), and those past. */
export function splitDay<T extends Slot>(slots: readonly T[], now: Date): { upcoming: T[]; earlier: T[] } {
  const sorted = slots.toSorted(byTime);
  return {
    upcoming: sorted.filter((slot) => isUpcomingOrOngoing(slot.time, now)),
    earlier: sorted.filter((slot) => !isUpcomingOrOngoing(slot.time, now)),
  };
}

export interface FeeCodeSettings {
  enabled: boolean;
  day: string;
  evening: string;
  eveningFromHour: number;
}

/** The tariff's video-consultation code: the evening code after hours and at weekends. */
export function feeCodeFor(time: string, date: Date, codes: FeeCodeSettings): string | null {
  if (!codes.enabled) return null;
  const weekend = date.getDay() === 0 || date.getDay() === 6;
  return weekend || minutesOf(time) >= codes.eveningFromHour * 60 ? codes.evening : codes.day;
}
