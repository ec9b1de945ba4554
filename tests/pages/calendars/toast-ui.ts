/**
 * TOAST UI Calendar (@toast-ui/calendar) with its event text split over several elements:
 * "<b>8:15 AM – 8:30 AM</b> <span>Name</span> – <em>comment</em>", under day headers that name
 * their date ("Mon, Nov 30": TOAST UI's own headers give only the day of the month). ?view=day or week.
 */
import '@toast-ui/calendar/dist/toastui-calendar.min.css';
import Calendar from '@toast-ui/calendar';
import { bookings, view } from './week';

const clock = (moment: Date) => moment.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

const week = bookings(view === 'week');
const calendar = new Calendar('#calendar', {
  defaultView: view,
  isReadOnly: true,
  usageStatistics: false,
  week: { startDayOfWeek: 1, taskView: false, eventView: ['time'], hourStart: 8, hourEnd: 12 },
  template: {
    time(event) {
      const booking = week.find(({ id }) => id === event.id)!;
      // TOAST UI renders a template's string as markup; the test data is ours and plain.
      return `<b>${clock(booking.start)} – ${clock(booking.end)}</b> <span>${booking.name}</span> – <em>${booking.comment}</em>`;
    },
    weekDayName({ dateInstance }) {
      return dateInstance.toDate().toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric' });
    },
  },
});
calendar.createEvents(week.map(({ id, start, end, name }) => ({ id, calendarId: 'clinic', category: 'time', start, end, title: name })));
