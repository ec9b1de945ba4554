import type { Appointment } from './appointment';

type Field = 'time' | 'patient' | 'type' | 'comment' | 'practitioner';

/** Column headings timebooks use, in Norwegian and English, matched after lower-casing. */
const HEADINGS: Record<Field, readonly string[]> = {
  time: ['tid', 'klokkeslett', 'kl', 'kl.', 'time', 'start'],
  patient: ['pasient', 'navn', 'patient', 'name'],
  type: ['avtaletype', 'type', 'timetype', 'appointment type'],
  comment: ['merknad', 'kommentar', 'beskjed', 'notat', 'comment', 'note', 'notes'],
  practitioner: ['behandler', 'lege', 'practitioner', 'doctor'],
};

const FIELDS = Object.keys(HEADINGS) as Field[];

const cleanText = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function fieldOfHeading(text: string): Field | undefined {
  const heading = text.toLowerCase().replace(/[:*]/g, '').trim();
  return FIELDS.find((field) => HEADINGS[field].includes(heading));
}

// Selectors rather than the table DOM API (rows, cells): it behaves the same in every DOM.
const ROWS = ':scope > thead > tr, :scope > tbody > tr, :scope > tr';
const cellsOf = (row: Element) => Array.from(row.children).filter((cell) => cell.matches('td, th')) as HTMLElement[];
const spanOf = (cell: Element) => Number(cell.getAttribute('colspan')) || 1;

/** Column index of each field, honouring colspan so later columns stay aligned. */
function columnsOf(headerRow: Element): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  let index = 0;
  for (const cell of cellsOf(headerRow)) {
    const field = fieldOfHeading(cleanText(cell));
    if (field && columns[field] === undefined) columns[field] = index;
    index += spanOf(cell);
  }
  return columns;
}

function cellAt(row: Element, column: number | undefined): HTMLElement | undefined {
  if (column === undefined) return undefined;
  let index = 0;
  for (const cell of cellsOf(row)) {
    index += spanOf(cell);
    if (column < index) return cell;
  }
  return undefined;
}

/** Timebooks without a practitioner column name the practitioner in the caption or a section heading. */
function practitionerOf(table: HTMLTableElement): string | null {
  const heading = table.closest('section, article')?.querySelector('h1, h2, h3, h4');
  const caption = table.querySelector(':scope > caption');
  return cleanText(caption) || table.getAttribute('aria-label')?.trim() || cleanText(heading) || null;
}

const isHeaderRow = (row: Element) => row.parentElement?.localName === 'thead' || cellsOf(row).every((cell) => cell.localName === 'th');

function readTable(table: HTMLTableElement): Appointment[] {
  const rows = Array.from(table.querySelectorAll<HTMLElement>(ROWS));
  const headerRow = rows.find(isHeaderRow);
  if (!headerRow) return [];
  const columns = columnsOf(headerRow);
  if (columns.comment === undefined) return [];
  const tablePractitioner = practitionerOf(table);
  const appointments: Appointment[] = [];
  for (const row of rows) {
    if (isHeaderRow(row)) continue;
    const anchor = cellAt(row, columns.comment);
    if (!anchor) continue;
    const read = (field: Field) => cleanText(cellAt(row, columns[field]));
    appointments.push({
      element: row,
      anchor,
      time: read('time'),
      patient: read('patient'),
      type: read('type'),
      comment: cleanText(anchor),
      practitioner: read('practitioner') || tablePractitioner,
    });
  }
  return appointments;
}

/** Finds appointments in every table whose header names a comment column (Merknad, Kommentar, …). */
export function readTimebook(root: ParentNode): Appointment[] {
  return Array.from(root.querySelectorAll('table')).flatMap(readTable);
}
