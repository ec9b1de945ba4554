import type { Appointment } from '../appointment';
import { isoDay } from '../day/dates';
import { createDateReader, datedBy, withDates, type DateReader } from './dates';
import { readForms } from './forms';
import { readShapes } from './shapes';
import { readChangedRows as readChangedTableRows, tableAppointments } from './table';
import { readCalendarEvents } from './widgets';

/**
 * The date reader reads of changed rows share, until a read of the whole page: a row appended to a
 * long table then finds its day from the row before it, not by walking back over all of them.
 */
let rowDates: { reader: DateReader; day: string } | undefined;

/**
 * Rows that changed in tables already read (see table.ts), each with its day; `removed` says rows
 * also left the page, which may have taken a day heading with them.
 */
export function readChangedRows(rows: Set<HTMLElement>, removed: boolean, now = new Date()): Iterable<Appointment> | undefined {
  const read = readChangedTableRows(rows);
  if (!read) return undefined;
  const day = isoDay(now);
  const stands = rowDates?.day === day && !removed && rowDates.reader.forget(rows);
  if (!stands || !rowDates) rowDates = { reader: createDateReader(document, now), day };
  return datedBy(read, rowDates.reader);
}

/** Appointments of one document, most certain readers first; each claims what it read. */
function* documentAppointments(root: ParentNode): Generator<Appointment> {
  const events = readCalendarEvents(root);
  yield* events;
  const claimed = new Set<Element>(events.map(({ element }) => element));
  for (const table of root.querySelectorAll('table')) {
    let read = false;
    for (const row of tableAppointments(table)) {
      if (claimed.has(row.element)) continue;
      read = true;
      yield row;
    }
    if (read) claimed.add(table);
  }
  for (const reader of [readShapes, readForms]) {
    const found = reader(root, claimed);
    for (const { element } of found) claimed.add(element);
    yield* found;
  }
}

/** Same-origin frames are part of the page; a cross-origin one is none of our business (and unreadable). */
function frameDocuments(root: ParentNode): Document[] {
  const documents: Document[] = [];
  for (const frame of root.querySelectorAll('iframe')) {
    try {
      if (frame.contentDocument?.body) documents.push(frame.contentDocument);
    } catch {
      // Some browsers throw rather than answer null for a cross-origin frame.
    }
  }
  return documents;
}

/**
 * Finds the appointments of a timebook the extension has never seen: calendar widgets, tables
 * headed Merknad/Tid/Pasient, lists, rows and cards holding a time, booking forms, same-origin
 * frames. Lazily, so a big page can be read in slices.
 */
export function* timebookAppointments(root: ParentNode, now = new Date()): Generator<Appointment> {
  rowDates = undefined;
  yield* withDates(documentAppointments(root), root, now);
  for (const frame of frameDocuments(root)) yield* timebookAppointments(frame, now);
}

export const readTimebook = (root: ParentNode, now = new Date()): Appointment[] => [...timebookAppointments(root, now)];
