import { isOwnUi, UI_ATTRIBUTE } from '../dom-marks';
import { clockText, minutesOf } from '../day/schedule';

/** Text as a reader sees it: tags gone, whitespace collapsed. Most text needs only the trim. */
export function cleanText(text: string | null | undefined): string {
  const trimmed = (text ?? '').trim();
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** Elements whose text is not what the page shows: code, templates, and every option of a select. */
const UNSHOWN = new Set(['script', 'style', 'template', 'noscript', 'select', 'option', 'textarea']);

/** Whether a walk over the page's content should step over this element and all inside it. */
const isUnshown = (element: Element) => UNSHOWN.has(element.localName) || isOwnUi(element);

/**
 * Visits the text nodes under root in document order, stepping over unshown elements and those
 * skip() names. Written as a plain loop: it runs over whole pages on every re-render.
 */
export function forEachText(root: Node, visit: (text: Text) => void, skip?: (element: Element) => boolean): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (!isUnshown(element) && !skip?.(element) && element.firstChild) {
        node = element.firstChild;
        continue;
      }
    } else if (node.nodeType === 3) {
      visit(node as Text);
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
}

/**
 * The text an element shows, without option lists, scripts or our own UI. Its pieces are joined
 * with spaces: pages render "<div>Nora Dahl</div><div>Video</div>" as two lines, not "DahlVideo".
 */
export function shownText(element: Element, skip?: (element: Element) => boolean): string {
  // Most cells hold text alone: the walk is for the few with markup inside.
  if (!element.firstElementChild) return cleanText(element.textContent);
  const parts: string[] = [];
  forEachText(element, (text) => parts.push(text.data), skip);
  return cleanText(parts.join(' '));
}

/**
 * "09:15", "9.15", "kl. 09:15.", "8:00 AM": hours 0–23, never part of a longer number or a date
 * ("12.03.1954", "25.11."); with a dot, a trailing dot means a date.
 */
const CLOCK = String.raw`(?<![\d.:])(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d|[.:]\d)|\.[0-5]\d(?![\d.:]))`;
/** "AM", "p.m.": the 12-hour clock's half of the day. */
const MERIDIEM = String.raw`\s?([ap])\.?\s?m\b\.?`;
const TIME = new RegExp(`${CLOCK}(?:${MERIDIEM})?`, 'gi');
const SEPARATOR = String.raw`\s*(?:[-–—~]|til|to)\s*`;
/** A time range ("08:00–16:00", "9.00 - 9.30", "8:00 – 8:30 AM"), for telling opening hours from appointments. */
const RANGE = new RegExp(`(${CLOCK})(?:${MERIDIEM})?${SEPARATOR}(${CLOCK})(?:${MERIDIEM})?`, 'gi');
/** A range starting exactly where a time was found. */
const RANGE_AT = new RegExp(RANGE.source, 'iy');

/** "1:30", "p" → 13:30, in minutes; 12 AM is midnight and 12 PM noon. */
function minutesOn12HourClock(clock: string, meridiem: string): number {
  const minutes = minutesOf(clock);
  const hour = Math.floor(minutes / 60) % 12;
  return (meridiem.toLowerCase() === 'p' ? hour + 12 : hour) * 60 + (minutes % 60);
}

/**
 * The first time of day written in the text: as written on the 24-hour clock, as "13:30" from
 * "1:30 PM". A range's start takes the half of the day of its end when it names none ("8:00 –
 * 8:30 AM").
 */
export function timeIn(text: string): string {
  TIME.lastIndex = 0;
  const match = TIME.exec(text);
  if (!match) return '';
  RANGE_AT.lastIndex = match.index;
  const range = RANGE_AT.exec(text);
  return range ? rangeStart(range) : clockOf(match[0], match[1]);
}

/** A written time on the 24-hour clock: as written without a half of the day, "13:30" from "1:30", "p". */
const clockOf = (written: string, meridiem: string | undefined) => (meridiem ? clockText(minutesOn12HourClock(written, meridiem)) : written);

/** Minutes of a range's start and end, each taking the other's half of the day when it names none. */
function rangeMinutes([, from = '', fromHalf, to = '', toHalf]: RegExpExecArray): [number, number] {
  if (!fromHalf && !toHalf) return [minutesOf(from), minutesOf(to)];
  const end = minutesOn12HourClock(to, toHalf ?? fromHalf!);
  const start = minutesOn12HourClock(from, fromHalf ?? toHalf!);
  // "11:30 – 12:30 PM" starts in the morning.
  return [!fromHalf && start > end ? start - 12 * 60 : start, end];
}

const rangeStart = (range: RegExpExecArray): string => (!range[2] && !range[4] ? range[1]! : clockText(rangeMinutes(range)[0]));

/** A time cell's start as the schedule reads it: a 12-hour time turned to 24, anything else as written. */
export const clockTime = (text: string): string => (/\d\s?[ap]\.?\s?m\b/i.test(text) ? timeIn(text) || text : text);

/** Opening hours span hours; an appointment lasts minutes, very rarely more than an hour and a half. */
const LONGEST_APPOINTMENT_MINUTES = 90;

export function hasLongRange(text: string): boolean {
  for (const range of text.matchAll(RANGE)) {
    const [from, to] = rangeMinutes(range as RegExpExecArray);
    if (to - from > LONGEST_APPOINTMENT_MINUTES) return true;
  }
  return false;
}

/** Words that, with times, make opening hours or a clock rather than an appointment. */
const NOT_APPOINTMENT_WORDS = new Set(
  ('mandag tirsdag onsdag torsdag fredag lørdag søndag man tir ons tor fre lør søn hverdager helg helger ' +
    'stengt åpent åpen lunsj kl monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
    'weekdays weekend closed open lunch i dag idag today nå now am pm')
    .split(' '),
);

/** Whether the text says something besides times, dates and weekdays: a name, a comment. */
export function saysMoreThanTime(text: string): boolean {
  for (const [word] of text.replace(TIME, ' ').matchAll(/\p{L}{2,}/gu)) {
    if (!NOT_APPOINTMENT_WORDS.has(word.toLowerCase())) return true;
  }
  return false;
}

export function withoutTimes(text: string): string {
  return cleanText(text.replace(RANGE, ' ').replace(TIME, ' ').replace(/^\W+/u, ''));
}

/** Controls whose value is something a person typed or chose, not a flag or a hidden id. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What a control holds now, which for a typed-in field only its value property knows. */
export function valueOf(control: Control): string {
  if (control.localName === 'select') {
    const select = control as HTMLSelectElement;
    const chosen = Array.from(select.querySelectorAll('option')).find((option) => option.selected);
    return cleanText(chosen?.textContent);
  }
  if (control.localName === 'input' && !TEXT_INPUT_TYPES.has(control.getAttribute('type')?.toLowerCase() ?? '')) {
    return (control as HTMLInputElement).type === 'time' ? control.value : '';
  }
  return cleanText(control.value);
}

const CONTROLS = new Set(['input', 'textarea', 'select']);

/**
 * Everything an element says to a reader: its shown text, its tooltips and accessible names (many
 * calendars show the comment only there) and the values of its fields, each once. Text only:
 * nothing of it is ever parsed as markup.
 */
export function everythingSaid(element: Element, shown = shownText(element)): string {
  const parts = [shown];
  const seen = shown.toLowerCase();
  const add = (text: string) => {
    const lower = text.toLowerCase();
    if (text && !seen.includes(lower) && !parts.some((part) => part.toLowerCase() === lower)) parts.push(text);
  };
  const inside = element.firstElementChild ? element.getElementsByTagName('*') : [];
  for (const each of [element, ...inside]) {
    // Our hosts keep their content in a shadow root: only the host itself can match here.
    if (isOwnUi(each)) continue;
    add(cleanText(each.getAttribute('title')));
    add(cleanText(each.getAttribute('aria-label')));
    if (CONTROLS.has(each.localName)) add(valueOf(each as Control));
  }
  return parts.filter(Boolean).join(' · ');
}

const NO_BADGE_INSIDE = new Set(['input', 'textarea', 'select', 'option', 'button', 'label']);

/** Where a badge may go at or near an element: never inside a form control, button or label. */
export function badgeSpot(element: Element): HTMLElement {
  let spot: Element = element.closest('button, select, label') ?? element;
  while (spot.parentElement && NO_BADGE_INSIDE.has(spot.localName)) spot = spot.parentElement;
  return spot as HTMLElement;
}
