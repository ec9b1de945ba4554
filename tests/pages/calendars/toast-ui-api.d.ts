/**
 * @toast-ui/calendar ships its types but its package exports hide them from TypeScript's bundler
 * resolution; this is the part of its API the test page uses.
 */
declare module '@toast-ui/calendar' {
  interface TimeEvent {
    id: string;
    calendarId: string;
    category: 'time';
    start: Date;
    end: Date;
    title: string;
  }
  interface Options {
    defaultView: 'day' | 'week';
    isReadOnly?: boolean;
    usageStatistics?: boolean;
    week?: { startDayOfWeek?: number; taskView?: boolean; eventView?: string[]; hourStart?: number; hourEnd?: number };
    template?: {
      time?: (event: { id: string }) => string;
      weekDayName?: (model: { dateInstance: { toDate(): Date } }) => string;
    };
  }
  export default class Calendar {
    constructor(container: string | Element, options: Options);
    createEvents(events: TimeEvent[]): void;
  }
}
