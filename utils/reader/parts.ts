/**
 * The parts of an appointment a reader looks for besides the appointment itself: a table has a
 * column for each, a form a field, a card an element.
 */
export type Part = 'time' | 'patient' | 'type' | 'comment' | 'practitioner' | 'date';

/** Column headings and field labels timebooks use, in Norwegian and English, lower-cased. */
const HEADINGS: Record<Part, readonly string[]> = {
  time: ['tid', 'klokkeslett', 'kl', 'kl.', 'time', 'start'],
  patient: ['pasient', 'navn', 'patient', 'name'],
  type: ['avtaletype', 'type', 'timetype', 'appointment type'],
  comment: ['merknad', 'kommentar', 'beskjed', 'notat', 'comment', 'note', 'notes'],
  practitioner: ['behandler', 'lege', 'practitioner', 'doctor'],
  date: ['dato', 'date', 'dag'],
};

/**
 * Most specific first: in a class like "doctor-name" or a label like "Navn på behandler" the
 * practitioner wins over the generic "name".
 */
const BY_SPECIFICITY: readonly Part[] = ['comment', 'practitioner', 'type', 'time', 'patient', 'date'];

const HEADING_OF = new Map<string, Part>(BY_SPECIFICITY.flatMap((part) => HEADINGS[part].map((word) => [word, part] as const)));

/** A table heading names a part only as a whole ("Merknad", "Kommentar:"), never in passing. */
export function partOfHeading(text: string): Part | undefined {
  return HEADING_OF.get(text.toLowerCase().replace(/[:*]/g, '').trim());
}

/**
 * Labels, names and class names mention a part among other words: "Merknad til legen",
 * name="booking[comment]", class="appt-note" or "patientName".
 */
export function partOfWords(text: string): Part | undefined {
  const words = new Set(
    text
      .replace(/([a-zæøå])([A-ZÆØÅ])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-zæøå]+/),
  );
  return BY_SPECIFICITY.find((part) => HEADINGS[part].some((word) => words.has(word)));
}
