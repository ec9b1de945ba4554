import type { Appointment } from './appointment';
import { readForms } from './reader/forms';
import { readShapes } from './reader/shapes';
import { readTable } from './reader/table';
import { readCalendarEvents } from './reader/widgets';

/** Appointments of one document, most certain readers first; each claims what it read. */
function readDocument(root: ParentNode): Appointment[] {
  const appointments = readCalendarEvents(root);
  const claimed = new Set<Element>(appointments.map(({ element }) => element));
  for (const table of root.querySelectorAll('table')) {
    const rows = readTable(table).filter(({ element }) => !claimed.has(element));
    if (rows.length) claimed.add(table);
    appointments.push(...rows);
  }
  for (const reader of [readShapes, readForms]) {
    const found = reader(root, claimed);
    for (const { element } of found) claimed.add(element);
    appointments.push(...found);
  }
  return appointments;
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
 * headed Merknad/Tid/Pasient, lists, rows and cards holding a time, booking forms, same-origin frames.
 */
export function readTimebook(root: ParentNode): Appointment[] {
  return [...readDocument(root), ...frameDocuments(root).flatMap(readTimebook)];
}
