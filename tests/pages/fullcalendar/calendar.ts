/**
 * A FullCalendar timebook, as clinics embed it: comments in event titles, or only in a tooltip
 * set from the event's own data. Built into tests/pages/built/ by scripts/build-pages.ts.
 * ?view=timeGridDay (default), listDay, timeGridWeek or listWeek. In the week views the other
 * weekdays have bookings of their own; with &dense=1 every 15 minutes of every weekday is booked.
 */
import { Calendar, type EventInput } from '@fullcalendar/core';
import nb from '@fullcalendar/core/locales/nb';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import { otherWeekdays } from '../calendars/week';

const today = new Date();
const at = (time: string, day = today) => {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
};
const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'timeGridDay';
const dense = params.has('dense');
const isWeek = view.endsWith('Week');

interface Booking {
  id: string;
  time: string;
  title: string;
  /** Shown only on hover, as the tooltip. */
  merknad?: string;
}

const BOOKINGS: Booking[] = [
  { id: 'ole', time: '08:00', title: 'Ole Hansen – resept' },
  { id: 'kari', time: '08:30', title: 'Kari Berg – ønsker video' },
  { id: 'per', time: '09:00', title: 'Per Olsen', merknad: 'Helst på video, er bortreist' },
  { id: 'anne', time: '09:30', title: 'Anne Johansen – ikke video, kommer selv' },
  { id: 'mathias', time: '10:00', title: 'Mathias Eide', merknad: 'Ring meg' },
  { id: 'lars', time: '10:30', title: 'Lars Nilsen', merknad: 'Kontroll blodtrykk' },
];

const NAMES = ['Ola Nordmann', 'Eva Jensen', 'Tor Karlsen', 'Liv Johnsen', 'Nils Andersen', 'Sara Aas', 'Emil Lund', 'Ida Strand'];
const COMMENTS = ['ønsker video', 'resept', 'kontroll', 'Helst på video', 'vondt i ryggen', 'video takk'];

/** Another weekday's bookings: Ola wants video at 08:00 and 09:30 every day, Eva comes in. */
const otherDayBookings = (day: number): Booking[] => [
  { id: `ola-${day}`, time: '08:00', title: 'Ola Nordmann – video' },
  { id: `eva-${day}`, time: '08:30', title: 'Eva Jensen – resept' },
  { id: `tor-${day}`, time: '09:30', title: 'Tor Karlsen', merknad: 'ønsker video' },
];

/** Every quarter of the morning booked, a third of them by video, as a busy week looks. */
const denseBookings = (day: number): Booking[] =>
  Array.from({ length: 16 }, (_, slot) => ({
    id: `d${day}-${slot}`,
    time: `${String(8 + Math.floor(slot / 4)).padStart(2, '0')}:${String((slot % 4) * 15).padStart(2, '0')}`,
    title: `${NAMES[(slot + day) % NAMES.length]} – ${COMMENTS[(slot + day) % COMMENTS.length]}`,
  }));

const days: [Date, Booking[], number][] = dense
  ? [today, ...otherWeekdays()].map((day, i) => [day, denseBookings(i), 15])
  : [[today, BOOKINGS, 30], ...(isWeek ? otherWeekdays().map((day, i): [Date, Booking[], number] => [day, otherDayBookings(i), 30]) : [])];

const events: EventInput[] = days.flatMap(([day, bookings, minutes]) =>
  bookings.map(({ id, time, title, merknad }) => ({
    id,
    title,
    start: at(time, day),
    end: new Date(at(time, day).getTime() + minutes * 60_000),
    extendedProps: { merknad },
  })),
);

new Calendar(document.getElementById('calendar')!, {
  plugins: [timeGridPlugin, listPlugin],
  locale: nb,
  initialView: view,
  initialDate: today,
  allDaySlot: false,
  slotDuration: dense ? '00:15' : '00:30',
  slotMinTime: '08:00',
  slotMaxTime: '12:00',
  height: 'auto',
  events,
  // A click on an event opens it in real timebooks; the tests count them.
  eventClick() {
    const page = window as { eventClicks?: number };
    page.eventClicks = (page.eventClicks ?? 0) + 1;
  },
  eventDidMount(info) {
    info.el.setAttribute('data-appt', info.event.id);
    const merknad = info.event.extendedProps.merknad as string | undefined;
    if (merknad) info.el.title = merknad;
  },
}).render();
