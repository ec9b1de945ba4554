/** The parts of an appointment a reader looks for besides the appointment itself. */
export type Field = 'time' | 'patient' | 'type' | 'comment' | 'practitioner';

/** Column headings and field labels timebooks use, in Norwegian and English, lower-cased. */
const HEADINGS: Record<Field, readonly string[]> = {
  time: ['tid', 'klokkeslett', 'kl', 'kl.', 'time', 'start'],
  patient: ['pasient', 'navn', 'patient', 'name'],
  type: ['avtaletype', 'type', 'timetype', 'appointment type'],
  comment: ['merknad', 'kommentar', 'beskjed', 'notat', 'comment', 'note', 'notes'],
  practitioner: ['behandler', 'lege', 'practitioner', 'doctor'],
};

/**
 * Most specific first: in a class like "doctor-name" or a label like "Navn på behandler" the
 * practitioner wins over the generic "name".
 */
const BY_SPECIFICITY: readonly Field[] = ['comment', 'practitioner', 'type', 'time', 'patient'];

const HEADING_OF = new Map<string, Field>(BY_SPECIFICITY.flatMap((field) => HEADINGS[field].map((word) => [word, field] as const)));

/** A table heading names a field only as a whole ("Merknad", "Kommentar:"), never in passing. */
export function fieldOfHeading(text: string): Field | undefined {
  return HEADING_OF.get(text.toLowerCase().replace(/[:*]/g, '').trim());
}

/**
 * Labels, names and class names mention a field among other words: "Merknad til legen",
 * name="booking[comment]", class="appt-note" or "patientName".
 */
export function fieldOfWords(text: string): Field | undefined {
  const words = new Set(
    text
      .replace(/([a-zæøå])([A-ZÆØÅ])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-zæøå]+/),
  );
  return BY_SPECIFICITY.find((field) => HEADINGS[field].some((word) => words.has(word)));
}
