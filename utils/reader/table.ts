import type { Appointment } from '../appointment';
import { fieldOfHeading, type Field } from './fields';
import { cleanText, everythingSaid, shownText } from './text';

// Selectors rather than the table DOM API (rows, cells): it behaves the same in every DOM.
const ROWS = ':scope > thead > tr, :scope > tbody > tr, :scope > tr';
const cellsOf = (row: Element) => Array.from(row.children).filter((cell) => cell.matches('td, th')) as HTMLElement[];
const spanOf = (cell: Element) => Number(cell.getAttribute('colspan')) || 1;

type Columns = Partial<Record<Field, number>>;

/** Column index of each field, honouring colspan so later columns stay aligned. */
function columnsOf(headerRow: Element): Columns {
  const columns: Columns = {};
  let index = 0;
  for (const cell of cellsOf(headerRow)) {
    const field = fieldOfHeading(cleanText(cell.textContent));
    if (field && columns[field] === undefined) columns[field] = index;
    index += spanOf(cell);
  }
  return columns;
}

/**
 * A comment column makes a timebook; so do time and patient columns together, for timebooks that
 * keep the comment in a tooltip. A table of opening hours has neither.
 */
const isTimebook = (columns: Columns) =>
  columns.comment !== undefined || (columns.time !== undefined && columns.patient !== undefined);

function cellAt(cells: HTMLElement[], column: number | undefined): HTMLElement | undefined {
  if (column === undefined) return undefined;
  let index = 0;
  for (const cell of cells) {
    index += spanOf(cell);
    if (column < index) return cell;
  }
  return undefined;
}

/** Timebooks without a practitioner column name the practitioner in the caption or a section heading. */
function practitionerOf(table: HTMLTableElement): string | null {
  const heading = table.closest('section, article')?.querySelector('h1, h2, h3, h4');
  const caption = table.querySelector(':scope > caption');
  return cleanText(caption?.textContent) || table.getAttribute('aria-label')?.trim() || cleanText(heading?.textContent) || null;
}

const isHeaderRow = (row: Element) => row.parentElement?.localName === 'thead' || cellsOf(row).every((cell) => cell.localName === 'th');

/** The row's own tooltip, for timebooks that hover the comment over the whole row. */
function rowTooltip(row: Element): string {
  return [row.getAttribute('title'), row.getAttribute('aria-label')].map(cleanText).filter(Boolean).join(' · ');
}

function readRow(row: HTMLElement, columns: Columns, tablePractitioner: string | null): Appointment | undefined {
  const cells = cellsOf(row);
  const commentCell = cellAt(cells, columns.comment);
  const anchor = commentCell ?? cells.at(-1);
  if (!anchor) return undefined;
  const read = (field: Field) => {
    const cell = cellAt(cells, columns[field]);
    return cell ? shownText(cell) : '';
  };
  const said = commentCell ? everythingSaid(commentCell) : unshownOf(cells);
  return {
    element: row,
    anchor,
    time: read('time'),
    patient: read('patient'),
    type: read('type'),
    comment: [said, rowTooltip(row)].filter(Boolean).join(' · '),
    practitioner: read('practitioner') || tablePractitioner,
  };
}

/** Without a comment column, the comment is whatever the row keeps out of sight: tooltips, field values. */
function unshownOf(cells: HTMLElement[]): string {
  return cells.map((cell) => everythingSaid(cell, '')).filter(Boolean).join(' · ');
}

/** The appointments of one table, or none when its header names no timebook columns. */
export function readTable(table: HTMLTableElement): Appointment[] {
  const rows = Array.from(table.querySelectorAll<HTMLElement>(ROWS));
  const headerRow = rows.find(isHeaderRow);
  if (!headerRow) return [];
  const columns = columnsOf(headerRow);
  if (!isTimebook(columns)) return [];
  const tablePractitioner = practitionerOf(table);
  const appointments: Appointment[] = [];
  for (const row of rows) {
    if (isHeaderRow(row)) continue;
    const appointment = readRow(row, columns, tablePractitioner);
    if (appointment) appointments.push(appointment);
  }
  return appointments;
}
