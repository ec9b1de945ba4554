import type { Appointment } from '../appointment';
import { dateIn, isoDateAttribute, onlyDateIn, type IsoDate } from '../day/dates';
import { cleanText } from './text';

/** Elements that head what follows them: a day's heading in a list, a day row in a table. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'caption', 'dt', 'legend']);
const HEADING_ROLES = new Set(['heading', 'rowheader', 'columnheader']);
/** Class names of day headers in calendars' list views and hand-made timebooks. */
const HEADERISH_CLASS = /day|date|dag|dato|head/i;
/** A heading naming a day is short; a long text holding a date is content, not a heading. */
const LONGEST_HEADING = 120;

const isAllHeaderCells = (row: Element) => {
  let any = false;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.localName === 'td') return false;
    any ||= cell.localName === 'th';
  }
  return any;
};

function looksLikeHeading(element: Element): boolean {
  if (HEADING_TAGS.has(element.localName) || HEADING_ROLES.has(element.getAttribute('role') ?? '')) return true;
  if (element.localName === 'tr' && isAllHeaderCells(element)) return true;
  return HEADERISH_CLASS.test(element.getAttribute('class') ?? '');
}

/**
 * The day an element's own attributes give: calendars write it in data-date (FullCalendar's day
 * columns and list-view day rows), data-*-date, datetime, or an ARIA label ("Onsdag 2. desember").
 */
function attributeDate(element: Element, now: Date): IsoDate | null {
  for (const { name, value } of element.attributes) {
    if (name.startsWith('data-') || name === 'datetime') {
      const date = isoDateAttribute(value);
      if (date) return date;
    } else if (name === 'aria-label' && value.length <= LONGEST_HEADING) {
      const date = onlyDateIn(value, now);
      if (date) return date;
    }
  }
  return null;
}

/** Day column headers of calendars that date their events nowhere else (DayPilot, TOAST UI). */
const COLUMN_HEADERS = '[role=columnheader], th, [class*=colheader], [class*=col-head], [class*=column-header], [class*=day-name]';

interface Column {
  left: number;
  top: number;
  date: IsoDate;
}

/**
 * Headings that may name the page's day, queried one by one: Chromium matches a selector list
 * against every element of the page, which took a 20,000-row timebook 10 to 17 ms, against 6 to
 * 8 ms for these seven queries together. The order found makes no difference: days go in a set.
 */
const PAGE_HEADINGS = ['h1', 'h2', 'h3', 'h4', 'header', 'caption', '[role=heading]'];

/** A time element's day: calendars put one in their day headers and events. */
const timeDate = (element: Element) => {
  const time = element.localName === 'time' ? element : element.querySelector('time[datetime]');
  return time ? isoDateAttribute(time.getAttribute('datetime')) : null;
};

/**
 * Reads which day each appointment is on, from the page around it: its own date cell or <time>,
 * the nearest day column or day heading above it, the day header over the column it is drawn in,
 * else the one day the page's headings name.
 * It remembers what it found for each element, so the rows of one day cost a lookup each: one
 * reader per read of the page, and one kept between reads of changed rows (see `forget`).
 */
export function createDateReader(root: ParentNode, now: Date) {
  const own = new WeakMap<Element, IsoDate | null>();
  const after = new WeakMap<Element, IsoDate | null>();
  /** The day headings found: a change to one may move the day of everything after it. */
  const headings = new WeakSet<Element>();
  let pageDate: IsoDate | null | undefined;
  let columns: Column[] | undefined;

  function ownDate(element: Element): IsoDate | null {
    let date = own.get(element);
    if (date === undefined) own.set(element, (date = attributeDate(element, now)));
    return date;
  }

  function headingDate(element: Element): IsoDate | null {
    if (!looksLikeHeading(element)) return null;
    const date = ownDate(element);
    if (date) return date;
    const text = element.textContent ?? '';
    return text.length <= LONGEST_HEADING ? onlyDateIn(cleanText(text), now) : null;
  }

  /**
   * The day in effect just after an element among its siblings: its own, if it is a day heading,
   * else that of the nearest heading before it. Every sibling walked over shares the answer, so a
   * long list of rows is walked once, not once per row.
   */
  function dateAfter(start: Element): IsoDate | null {
    const walked: Element[] = [];
    let date: IsoDate | null = null;
    for (let at: Element | null = start; at; at = at.previousElementSibling) {
      const known = after.get(at);
      if (known !== undefined) {
        date = known;
        break;
      }
      date = headingDate(at);
      if (date) {
        headings.add(at);
        after.set(at, date);
        break;
      }
      walked.push(at);
    }
    for (const element of walked) after.set(element, date);
    return date;
  }

  /**
   * The row of day headers over a calendar's columns, left to right: the headers that name one
   * day each and stand at the top most such headers share.
   */
  function dayColumns(): Column[] {
    if (columns) return columns;
    const found: Column[] = [];
    for (const header of (root as Element | Document).querySelectorAll?.(COLUMN_HEADERS) ?? []) {
      const text = header.textContent ?? '';
      const date = ownDate(header) ?? timeDate(header) ?? (text.length <= LONGEST_HEADING ? onlyDateIn(cleanText(text), now) : null);
      if (!date) continue;
      const { left, top, width } = header.getBoundingClientRect();
      if (width) found.push({ left, top: Math.round(top), date });
    }
    const rows = new Map<number, Column[]>();
    for (const column of found) rows.set(column.top, [...(rows.get(column.top) ?? []), column]);
    const row = [...rows.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    return (columns = row.sort((a, b) => a.left - b.left));
  }

  /** The day of the column an event stands in, by where it is drawn: for calendars that say it nowhere else. */
  function columnDate(element: Element): IsoDate | null {
    // A table's row spans the table: it is in no day column.
    if (element.localName === 'tr') return null;
    const headers = dayColumns();
    if (!headers.length) return null;
    const { left, width, top } = element.getBoundingClientRect();
    const middle = left + width / 2;
    const column = headers.findLast((header) => header.left <= middle + 1);
    return width && column && top >= column.top ? column.date : null;
  }

  /** The one day the page's headings name; none when they name none or several. */
  function dateOfPage(): IsoDate | null {
    if (pageDate !== undefined) return pageDate;
    const days = new Set<IsoDate>();
    for (const selector of PAGE_HEADINGS) {
      for (const heading of (root as Element | Document).querySelectorAll?.(selector) ?? []) {
        const text = heading.textContent ?? '';
        const date = text.length <= LONGEST_HEADING ? onlyDateIn(cleanText(text), now) : null;
        if (date) days.add(date);
      }
    }
    return (pageDate = days.size === 1 ? [...days][0]! : null);
  }

  function dateOf(appointment: Appointment): IsoDate | null {
    const written = appointment.dateText ? dateIn(appointment.dateText, now) : null;
    if (written) return written;
    const { element } = appointment;
    const timed = timeDate(element);
    if (timed) return timed;
    for (let at: Element | null = element; at && at.localName !== 'body'; at = at.parentElement) {
      const previous = at.previousElementSibling;
      const date = ownDate(at) ?? (previous ? dateAfter(previous) : null);
      if (date) return date;
    }
    return columnDate(element) ?? dateOfPage();
  }

  /**
   * Forgets what it knew of rows that changed, which a read of those rows then finds afresh, and
   * says whether the rest still stands: not where one of them is (or was) a day heading.
   */
  function forget(rows: Iterable<Element>): boolean {
    let stands = true;
    for (const row of rows) {
      if (headings.has(row) || looksLikeHeading(row)) stands = false;
      own.delete(row);
      after.delete(row);
    }
    return stands;
  }

  return { dateOf, forget };
}

export type DateReader = ReturnType<typeof createDateReader>;

/** Appointments as read, each with the day a reader finds; lazy like the readers, for slicing. */
export function* datedBy(appointments: Iterable<Appointment>, dates: DateReader): Generator<Appointment> {
  for (const appointment of appointments) {
    appointment.date = dates.dateOf(appointment);
    yield appointment;
  }
}

/** Appointments as read, each with the day it is on; lazy like the readers, for slicing. */
export const withDates = (appointments: Iterable<Appointment>, root: ParentNode, now = new Date()): Generator<Appointment> =>
  datedBy(appointments, createDateReader(root, now));
