/**
 * EventCalendar (@event-calendar/core) on the 12-hour clock, titles "Name: comment".
 * Built by scripts/build-pages.ts; ?view=day or week (default).
 */
import '@event-calendar/core/index.css';
import { createCalendar, TimeGrid } from '@event-calendar/core';
import { bookings, view } from './week';

createCalendar(document.getElementById('calendar')!, [TimeGrid], {
  view: view === 'day' ? 'timeGridDay' : 'timeGridWeek',
  locale: 'en-US',
  firstDay: 1,
  allDaySlot: false,
  slotMinTime: '08:00',
  slotMaxTime: '12:00',
  slotDuration: '00:15',
  eventTimeFormat: { hour: 'numeric', minute: '2-digit', hour12: true },
  events: bookings(view === 'week').map(({ id, start, end, name, comment }) => ({
    id,
    start,
    end,
    title: `${name}: ${comment}`,
  })),
  eventDidMount({ el, event }) {
    el.setAttribute('data-appt', String(event.id));
  },
});
