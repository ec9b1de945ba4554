import type { Appointment } from '../appointment';
import { partOfWords, type Part } from './parts';
import { badgeSpot, cleanText, shownText, timeIn, valueOf, type Control } from './text';

/** What a person filling in the form is told a control is for. */
function labelOf(control: Control, labels: Map<string, string>): string {
  return [
    control.getAttribute('aria-label'),
    control.id && labels.get(control.id),
    control.closest('label')?.textContent,
    control.getAttribute('placeholder'),
    control.getAttribute('name'),
    control.id,
  ]
    .map(cleanText)
    .join(' ');
}

/**
 * An open booking: a form with a comment field and a time. The comment lives in the field's value,
 * which no text of the page shows.
 */
function readForm(form: HTMLElement): Appointment | undefined {
  const labels = new Map<string, string>();
  for (const label of form.querySelectorAll('label[for]')) labels.set(label.getAttribute('for')!, cleanText(label.textContent));
  const parts: Partial<Record<Part, Control>> = {};
  for (const control of form.querySelectorAll<Control>('input, textarea, select')) {
    const field = control.getAttribute('type') === 'time' ? 'time' : partOfWords(labelOf(control, labels));
    if (field && !parts[field]) parts[field] = control;
  }
  if (!parts.comment) return undefined;
  const value = (field: Part) => (parts[field] ? valueOf(parts[field]) : '');
  const time = timeIn(value('time')) || timeIn(shownText(form));
  // A contact form has a message field too; only a booking has a time.
  if (!time) return undefined;
  return {
    element: form,
    anchor: badgeSpot(parts.comment),
    time,
    patient: value('patient'),
    type: value('type'),
    comment: value('comment'),
    practitioner: value('practitioner') || null,
  };
}

/** Booking forms that hold no appointment another reader found: not a page-wide form around a timebook. */
export function readForms(root: ParentNode, claimed: ReadonlySet<Element>): Appointment[] {
  const appointments: Appointment[] = [];
  // One tag at a time: a selector list costs a match per element of a large page.
  for (const form of [...root.querySelectorAll('form'), ...root.querySelectorAll('dialog')]) {
    if ([...claimed].some((element) => element.contains(form) || form.contains(element))) continue;
    const appointment = readForm(form);
    if (appointment) appointments.push(appointment);
  }
  return appointments;
}
