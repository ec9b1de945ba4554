/**
 * The bookings every calendar-library test page shows: today's, and this week's other weekdays'.
 * Titles are written "Name: comment" or "Name – comment", as clinics type them into an event.
 */
export interface Booking {
  /** Marks the event element (data-appt) where the library lets a page do so. */
  id: string;
  start: Date;
  end: Date;
  /** The patient's name. */
  name: string;
  comment: string;
}

const today = new Date();

/** Monday to Friday of this week (the Norwegian week starts on Monday), without today. */
export function otherWeekdays(day = today): Date[] {
  const monday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - ((day.getDay() + 6) % 7));
  return [0, 1, 2, 3, 4]
    .map((offset) => new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + offset))
    .filter((weekday) => weekday.getDate() !== day.getDate());
}

export const at = (day: Date, hours: number, minutes: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);

/** "YYYY-MM-DD" of a day, as libraries take a start date. */
export const isoDayOf = (day: Date) =>
  `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;

/** "YYYY-MM-DDTHH:MM:SS" in local time, as libraries without time zones take it. */
export const localDateTime = (moment: Date) =>
  `${isoDayOf(moment)}T${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}:00`;

const quarterOf = (day: Date, hours: number, minutes: number, length = 15) => ({ start: at(day, hours, minutes), end: at(day, hours, minutes + length) });

/**
 * Today: Kari and Per by video, Mathias by phone, Ole comes in. Each other weekday, Ola by video.
 * ?view=day shows today only.
 */
export function bookings(week: boolean): Booking[] {
  const todays: Booking[] = [
    { id: 'ole', ...quarterOf(today, 8, 0), name: 'Ole Hansen', comment: 'resept' },
    { id: 'kari', ...quarterOf(today, 8, 15), name: 'Kari Berg', comment: 'ønsker video' },
    { id: 'per', ...quarterOf(today, 9, 0, 30), name: 'Per Olsen', comment: 'helst på video' },
    { id: 'mathias', ...quarterOf(today, 10, 0, 30), name: 'Mathias Eide', comment: 'ring meg' },
  ];
  if (!week) return todays;
  return [
    ...todays,
    ...otherWeekdays().map((day, i) => ({ id: `ola-${i}`, ...quarterOf(day, 8, 0, 30), name: 'Ola Nordmann', comment: 'video' })),
  ];
}

export const view = new URLSearchParams(location.search).get('view') === 'day' ? 'day' : 'week';
