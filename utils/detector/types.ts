/** Built-in categories; admins may add more, so code must not assume this list is closed. */
export type CategoryId = 'video' | 'telefon' | (string & {});

/** A span of the text a decision was made from, so the UI can quote it ("ønsker video"). */
export interface Match {
  start: number;
  end: number;
  /**
   * The quoted words as the reader sees them: the text from start to end, except where bidi
   * controls reorder it on screen, where it is the displayed characters without the controls.
   */
  text: string;
}

export interface Decision {
  /** 'other' when nothing matched. */
  category: CategoryId | 'other';
  /** Which field decided: the patient's comment (merknad) or the appointment type (avtaletype). */
  source: 'comment' | 'type' | null;
  match: Match | null;
}

export interface AppointmentText {
  comment: string;
  type?: string;
}

export interface DetectorSettings {
  /**
   * Admin-added keywords per category id, e.g. { video: ['skjermtime'] }; an id that is not built in
   * creates a category ranked after the built-in ones. Words or phrases, matched after the same
   * folding as comments (case, accents, look-alikes); a trailing * matches any ending ("teams*").
   */
  extraKeywords: Record<string, string[]>;
  /** Admin-added phrases that veto a keyword they contain, e.g. ['videofil*']; same syntax as keywords. */
  extraExclusions: string[];
  /** Appointment types (avtaletype) the admin marks as video, compared whole, ignoring case and spacing. */
  videoTypes: string[];
}

export type Detector = (appointment: AppointmentText) => Decision;

/** No words of the clinic's own: the built-in rules alone. */
export const DEFAULT_DETECTOR_SETTINGS: DetectorSettings = { extraKeywords: {}, extraExclusions: [], videoTypes: [] };
