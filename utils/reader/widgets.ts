import type { Appointment } from '../appointment';
import { readCard } from './card';

/**
 * FullCalendar, the calendar most web timebooks embed: .fc-event in its grids, which in its list
 * view is the row. Background and drag-preview events are not appointments.
 */
const CALENDAR_EVENTS = '.fc-event:not(.fc-bg-event, .fc-event-mirror)';
const EVENT_TITLE = '.fc-event-title, .fc-list-event-title';

export function readCalendarEvents(root: ParentNode): Appointment[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CALENDAR_EVENTS), (event) =>
    readCard(event, event.querySelector(EVENT_TITLE)),
  );
}
