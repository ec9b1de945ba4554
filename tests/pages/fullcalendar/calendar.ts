/**
 * A FullCalendar timebook, as clinics embed it: comments in event titles, or only in a tooltip
 * set from the event's own data. Built into tests/pages/built/ by scripts/build-pages.ts.
 * ?view=timeGridDay (default) or listDay.
 */
import { Calendar, type EventInput } from '@fullcalendar/core';
import nb from '@fullcalendar/core/locales/nb';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';

const today = new Date();
const at = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(today.getFullYear(), today.getMonth(), today.getDate(), hours, minutes);
};

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

const events: EventInput[] = BOOKINGS.map(({ id, time, title, merknad }) => ({
  id,
  title,
  start: at(time),
  end: new Date(at(time).getTime() + 30 * 60_000),
  extendedProps: { merknad },
}));

const view = new URLSearchParams(location.search).get('view') ?? 'timeGridDay';

new Calendar(document.getElementById('calendar')!, {
  plugins: [timeGridPlugin, listPlugin],
  locale: nb,
  initialView: view,
  initialDate: today,
  allDaySlot: false,
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
