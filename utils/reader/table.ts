import type { Appointment } from '../appointment';
import { dateIn } from '../day/dates';
import { partOfHeading, type Part } from './parts';
import { cleanText, clockTime, everythingSaid, shownText } from './text';

// Child walks rather than the table DOM API (rows, cells), which not every DOM has, or a
// :scope selector, which costs a match per element of a 20,000-row table.
function rowsOf(table: Element): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const take = (parent: Element) => {
    for (let row = parent.firstElementChild; row; row = row.nextElementSibling) if (row.localName === 'tr') rows.push(row as HTMLElement);
  };
  take(table);
  for (let section = table.firstElementChild; section; section = section.nextElementSibling) {
    if (section.localName === 'thead' || section.localName === 'tbody') take(section);
  }
  return rows;
}

function cellsOf(row: Element): HTMLElement[] {
  const cells: HTMLElement[] = [];
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.localName === 'td' || cell.localName === 'th') cells.push(cell as HTMLElement);
  }
  return cells;
}
const spanOf = (cell: Element) => Number(cell.getAttribute('colspan')) || 1;

type Columns = Partial<Record<Part, number>>;

/** Column index of each part, honouring colspan so later columns stay aligned. */
function columnsOf(headerRow: Element): Columns {
  const columns: Columns = {};
  let index = 0;
  for (const cell of cellsOf(headerRow)) {
    const part = partOfHeading(cleanText(cell.textContent));
    if (part && columns[part] === undefined) columns[part] = index;
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

/** Each column's cell in a row, a cell spanning several columns standing in each of them. */
function byColumn(cells: HTMLElement[]): HTMLElement[] {
  const columns: HTMLElement[] = [];
  for (const cell of cells) for (let span = spanOf(cell); span > 0; span--) columns.push(cell);
  return columns;
}

/**
 * Timebooks often name the practitioner once, above the appointments: in the table's caption or
 * label, or in the heading of its section.
 */
export function practitionerAround(element: Element): string | null {
  const table = element.closest('table');
  const heading = element.closest('section, article')?.querySelector('h1, h2, h3, h4');
  const caption = table?.querySelector(':scope > caption');
  // A heading naming the day ("Onsdag 2. desember") names no one.
  const named = (text: string | null | undefined) => (text && !dateIn(text, new Date()) ? text : '');
  return named(cleanText(caption?.textContent)) || named(table?.getAttribute('aria-label')?.trim()) || named(cleanText(heading?.textContent)) || null;
}

const isHeaderRow = (row: Element, cells = cellsOf(row)) =>
  row.parentElement?.localName === 'thead' || cells.every((cell) => cell.localName === 'th');

/** The row's own tooltip, for timebooks that hover the comment over the whole row. */
function rowTooltip(row: Element): string {
  return [row.getAttribute('title'), row.getAttribute('aria-label')].map(cleanText).filter(Boolean).join(' · ');
}

function readRow(row: HTMLElement, cells: HTMLElement[], columns: Columns, tablePractitioner: string | null): Appointment | undefined {
  const cellOf = byColumn(cells);
  const at = (part: Part) => {
    const column = columns[part];
    return column === undefined ? undefined : cellOf[column];
  };
  const commentCell = at('comment');
  const anchor = commentCell ?? cells.at(-1);
  if (!anchor) return undefined;
  const read = (part: Part) => {
    const cell = at(part);
    return cell ? shownText(cell) : '';
  };
  const said = commentCell ? everythingSaid(commentCell) : unshownOf(cells);
  return {
    element: row,
    anchor,
    time: clockTime(read('time')),
    patient: read('patient'),
    type: read('type'),
    comment: [said, rowTooltip(row)].filter(Boolean).join(' · '),
    practitioner: read('practitioner') || tablePractitioner,
    dateText: read('date'),
  };
}

/** Without a comment column, the comment is whatever the row keeps out of sight: tooltips, field values. */
function unshownOf(cells: HTMLElement[]): string {
  return cells.map((cell) => everythingSaid(cell, '')).filter(Boolean).join(' · ');
}

/**
 * Every re-render of a timebook reads all of it again, and big ones have thousands of rows, most
 * unchanged. A row reads the same while its text, its table's columns and its cells stay; keyed by
 * the element, so rows that leave the page leave the cache too.
 */
const lastRead = new WeakMap<Element, { text: string; context: string; appointment: Appointment }>();

/** Tooltips and field values change without changing the text: such rows are read every time. */
const UNCACHEABLE = '[title], [aria-label], input, textarea, select';

function cachedRead(row: HTMLElement, context: string): Appointment | undefined {
  const last = lastRead.get(row);
  if (!last || last.context !== context || last.appointment.anchor.parentElement !== row) return undefined;
  return last.text === row.textContent ? last.appointment : undefined;
}

/** What reading a timebook table's rows takes from the rest of it: its columns and practitioner. */
interface TableContext {
  headerRow: Element;
  headerText: string;
  columns: Columns;
  practitioner: string | null;
  /** Columns and practitioner as one string, which the row cache compares. */
  key: string;
}

/** Each table last read as a timebook, so a changed row can be read again on its own. */
const timebookTables = new WeakMap<Element, TableContext>();

function contextOf(table: Element, rows: HTMLElement[]): TableContext | undefined {
  const headerRow = rows.find((row) => isHeaderRow(row));
  if (!headerRow) return undefined;
  const columns = columnsOf(headerRow);
  if (!isTimebook(columns)) return undefined;
  const practitioner = practitionerAround(table);
  const key = JSON.stringify([columns, practitioner]);
  return { headerRow, headerText: headerRow.textContent ?? '', columns, practitioner, key };
}

function readRowOf(row: HTMLElement, context: TableContext): Appointment | undefined {
  const cached = cachedRead(row, context.key);
  if (cached) return cached;
  const cells = cellsOf(row);
  if (isHeaderRow(row, cells)) return undefined;
  const appointment = readRow(row, cells, context.columns, context.practitioner);
  if (appointment && !row.querySelector(UNCACHEABLE) && !row.hasAttribute('title') && !row.hasAttribute('aria-label')) {
    lastRead.set(row, { text: row.textContent ?? '', context: context.key, appointment });
  }
  return appointment;
}

/**
 * The appointments of one table, none when its header names no timebook columns; read lazily, so
 * a 20,000-row table can be read in slices.
 */
export function* tableAppointments(table: HTMLTableElement): Generator<Appointment> {
  const rows = rowsOf(table);
  const context = contextOf(table, rows);
  if (!context) {
    timebookTables.delete(table);
    return;
  }
  timebookTables.set(table, context);
  for (const row of rows) {
    const appointment = readRowOf(row, context);
    if (appointment) yield appointment;
  }
}

/** The table a row belongs to as rowsOf sees it: a child of the table or of its head or body. */
function tableOf(row: Element): Element | undefined {
  const parent = row.parentElement;
  if (parent?.localName === 'table') return parent;
  const table = parent?.parentElement;
  return (parent?.localName === 'tbody' || parent?.localName === 'thead') && table?.localName === 'table' ? table : undefined;
}

/** A table's context as last read, if its header and practitioner still say the same. */
function unchangedContext(table: Element): TableContext | undefined {
  const context = timebookTables.get(table);
  const header = context?.headerRow;
  if (!context || !header?.isConnected || tableOf(header) !== table || header.textContent !== context.headerText) return undefined;
  return practitionerAround(table) === context.practitioner ? context : undefined;
}

/**
 * Reads rows that changed in tables already read as timebooks, alone: what a re-render or an
 * appended page of rows costs is then what changed, not the whole table. Undefined when a row
 * is not in such a table, or its table's header changed, since that takes reading it all.
 * Otherwise lazy, for slicing: rows no longer in the page, and rows that are no appointment,
 * read as nothing.
 */
export function readChangedRows(rows: Iterable<HTMLElement>): Iterable<Appointment> | undefined {
  const contexts = new Map<Element, TableContext | undefined>();
  const reads: [HTMLElement, TableContext][] = [];
  for (const row of rows) {
    if (!row.isConnected) continue;
    const table = tableOf(row);
    if (!table) return undefined;
    if (!contexts.has(table)) contexts.set(table, unchangedContext(table));
    const context = contexts.get(table);
    if (!context || row === context.headerRow) return undefined;
    reads.push([row, context]);
  }
  return (function* () {
    for (const [row, context] of reads) {
      const appointment = readRowOf(row, context);
      if (appointment) yield appointment;
    }
  })();
}
