/**
 * Calendar days as timebooks write them, read into ISO form ("2026-12-02"): the one form that
 * compares, sorts and leaves the page without naming anyone. Pure: "now" is always passed in.
 */

/** An ISO calendar day, "2026-12-02". */
export type IsoDate = string;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment: a clinic's "today" is its own wall clock's. */
export const isoDay = (at: Date): IsoDate => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

/** An undated appointment is on the one day an undated page shows: today. */
export const isToday = (date: IsoDate | null | undefined, now: Date): boolean => !date || date === isoDay(now);

/** Month names and their short forms, Norwegian and English, lower-cased; index = month − 1. */
const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'january', 'jan'],
  ['februar', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['april', 'apr'],
  ['mai', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['desember', 'december', 'des', 'dec'],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
const MONTH = `(${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** "2.12.2026", "02.12.26", "2.12." — the trailing dot of the month is what makes it a date, not a time. */
const NUMERIC = /(?<![\d.:])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}(?!\d))?(?![.:]?\d)/;
/** "2. desember 2026", "2 Dec", "ons. 2. des." */
const DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+${MONTH}(?![\p{L}])(?:,?\s+(\d{4}))?`, 'iu');
/** "December 2, 2026", "Wednesday, Dec 2" */
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}\d])${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{4}))?`, 'iu');
/** "I dag", "i morgen", "Today": days named by where they are from today. */
const RELATIVE = /(?<![\p{L}])(i\s?dag|today|i\s?morgen|tomorrow|i\s?går|yesterday)(?![\p{L}])/iu;
const RELATIVE_OFFSET: Record<string, number> = { idag: 0, today: 0, imorgen: 1, tomorrow: 1, igår: -1, yesterday: -1 };

function valid(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? isoDay(date) : null;
}

/** A day written without its year is the one of that date nearest to now. */
function nearestYear(month: number, day: number, now: Date): IsoDate | null {
  const candidates = [now.getFullYear() - 1, now.getFullYear(), now.getFullYear() + 1]
    .map((year) => ({ iso: valid(year, month, day), distance: Math.abs(new Date(year, month - 1, day).getTime() - now.getTime()) }))
    .filter((candidate) => candidate.iso);
  candidates.sort((a, b) => a.distance - b.distance);
  return candidates[0]?.iso ?? null;
}

const yearOf = (written: string | undefined) => (written && written.length === 2 ? 2000 + Number(written) : Number(written));

function dayIn(month: number, day: number, year: string | undefined, now: Date): IsoDate | null {
  if (month < 1 || month > 12) return null;
  return year ? valid(yearOf(year), month, day) : nearestYear(month, day, now);
}

interface Found {
  date: IsoDate | null;
  index: number;
  length: number;
}

function firstDate(text: string, now: Date): Found | null {
  if (!/\d|dag|day|morgen|går|tomorrow/i.test(text)) return null;
  const found = (match: RegExpExecArray, date: IsoDate | null): Found => ({ date, index: match.index, length: match[0].length });
  const iso = ISO.exec(text);
  if (iso) return found(iso, valid(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const named = DAY_MONTH.exec(text);
  if (named) return found(named, dayIn(MONTH_OF.get(named[2]!.toLowerCase())!, Number(named[1]), named[3], now));
  const american = MONTH_DAY.exec(text);
  if (american) return found(american, dayIn(MONTH_OF.get(american[1]!.toLowerCase())!, Number(american[2]), american[3], now));
  const numeric = NUMERIC.exec(text);
  if (numeric) return found(numeric, dayIn(Number(numeric[2]), Number(numeric[1]), numeric[3], now));
  const relative = RELATIVE.exec(text);
  if (!relative) return null;
  const offset = RELATIVE_OFFSET[relative[1]!.toLowerCase().replace(/\s/g, '')] ?? 0;
  return found(relative, isoDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset)));
}

/**
 * The calendar day a piece of text names, or null: "2026-12-02", "Onsdag 2. desember 2026",
 * "2.12.", "Wednesday, December 2", "I dag". Meant for text that dates something (a heading, a
 * date cell, a label): a birth date in a comment would read as a day too.
 */
export const dateIn = (text: string, now: Date): IsoDate | null => firstDate(text, now)?.date ?? null;

/**
 * The one day a heading names; null when it names none or several, as a week's title ("Nov 30 –
 * Dec 6") or a row of day columns' headers read as one text does.
 */
export function onlyDateIn(text: string, now: Date): IsoDate | null {
  const first = firstDate(text, now);
  if (!first?.date) return null;
  const other = dateIn(`${text.slice(0, first.index)} ${text.slice(first.index + first.length)}`, now);
  return other && other !== first.date ? null : first.date;
}

/** The ISO day at the start of an attribute value ("2026-12-02", "2026-12-02T08:00:00+01:00"). */
export function isoDateAttribute(value: string | null): IsoDate | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})(?:$|T|\s)/.exec(value) : null;
  return match ? valid(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** A day as a badge names it instead of a countdown: "ons. 2.12." in bokmål, "Wed, 12/2" in English. */
export function shortDay(date: IsoDate, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'numeric' }).format(new Date(year!, month! - 1, day));
}
