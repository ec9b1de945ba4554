import type { IsoDate } from './day/dates';
import type { Decision } from './detector';

/** What identifies a consultation without naming the patient: enough to pick and open a room. */
export interface Slot {
  time: string;
  practitioner: string | null;
}

/** An appointment as the timebook shows it; lives only in the page, never stored. */
export interface Appointment extends Slot {
  /** The appointment's own element (a row), which gets the data-videotime flag. */
  element: HTMLElement;
  /** Where the badge goes: next to the comment. */
  anchor: HTMLElement;
  patient: string;
  type: string;
  comment: string;
  /** What the appointment's own date cell or field says, for the date reader. */
  dateText?: string;
  /** The day it is on, as the page shows it (utils/reader/dates.ts); null when the page names none. */
  date?: IsoDate | null;
}

/**
 * What the page tells the popup, by message, when it opens: never the full comment. The patient's
 * name goes only there, so staff see who is waiting; nothing stores it (the popup keeps it in memory).
 */
export interface FlaggedAppointment extends Slot {
  patient: string;
  type: string;
  decision: Decision;
  /** The day it is on; null on a page of one undated day, which is today. */
  date: IsoDate | null;
  /** Opened today: the popup shows the fee code to claim, as the badge does. */
  joined: boolean;
  feeCode: string | null;
}

/** What the content script tells the popup about its tab. */
export interface TimebookSummary {
  /** 0 means the page shows no timebook Videotime can read. */
  appointmentCount: number;
  flagged: FlaggedAppointment[];
  /** Whether the "bare video" view dims the other appointments. */
  videoOnly: boolean;
  /** A taught profile applies but finds nothing: the site's markup has probably changed. */
  layoutChanged: boolean;
}
