import type { Slot } from '../appointment';
import { expand, slotValues } from './placeholders';
import { practitionerKey, type Room, type Settings } from './schema';

/** What the background opens for an appointment; the PIN goes to staff, never into a page. */
export interface ResolvedRoom {
  url: string;
  pin?: string;
}

/**
 * The practitioner's own room first, then the room staff chose for this browser session, then the
 * clinic's room. Placeholders are filled for this appointment.
 */
export function roomFor(settings: Settings, slot: Slot, sessionRoom: Room | undefined, now: Date): ResolvedRoom | null {
  const wanted = slot.practitioner === null ? null : practitionerKey(slot.practitioner);
  const own = settings.rooms.find((room) => practitionerKey(room.practitioner) === wanted);
  const room = own ?? sessionRoom ?? settings.defaultRoom;
  if (!room) return null;
  const url = expand(room.url, slotValues(slot, now, own?.practitioner), true);
  return room.pin === undefined ? { url } : { url, pin: room.pin };
}
