import type { Slot } from '../appointment';
import { expand, slotValues } from './placeholders';

/** The message staff send the patient; plain text, so nothing is percent-encoded. */
export function inviteText(template: string, slot: Slot, url: string, now: Date): string {
  return expand(template, { ...slotValues(slot, now), url }, false);
}
