/**
 * DayPilot Lite (@daypilot/daypilot-lite-javascript), its events written "Name – comment" under a
 * time range on the 24-hour clock. ?view=day or week (default).
 */
import { DayPilot } from '@daypilot/daypilot-lite-javascript';
import { bookings, isoDayOf, localDateTime, view } from './week';

const clock = (moment: Date) => `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;

const calendar = new DayPilot.Calendar('calendar', {
  viewType: view === 'day' ? 'Day' : 'WorkWeek',
  startDate: isoDayOf(new Date()),
  businessBeginsHour: 8,
  businessEndsHour: 12,
  heightSpec: 'BusinessHoursNoScroll',
  locale: 'nb-no',
  onBeforeEventRender(args) {
    args.data.html = `${args.data.text}`;
  },
  onAfterEventRender(args) {
    args.div.setAttribute('data-appt', String(args.e.id()));
  },
});
calendar.init();
calendar.update({
  events: bookings(view === 'week').map(({ id, start, end, name, comment }) => ({
    id,
    start: localDateTime(start),
    end: localDateTime(end),
    text: `${clock(start)}–${clock(end)} ${name} – ${comment}`,
  })),
});
