import type { Slot } from '../appointment';
import { minutesUntil } from './schedule';

export interface ReminderSettings {
  enabled: boolean;
  minutesBefore: number;
}

/** A reminder for one video slot in one tab. */
export interface Reminder {
  tabId: number;
  slot: Slot;
}

const PREFIX = 'videotime-reminder:';

/** Alarm and notification share one name, which carries what a click needs: no patient data. */
export const reminderName = (reminder: Reminder) =>
  PREFIX + JSON.stringify([reminder.tabId, reminder.slot.time, reminder.slot.practitioner]);

export function parseReminder(name: string): Reminder | null {
  if (!name.startsWith(PREFIX)) return null;
  const [tabId, time, practitioner] = JSON.parse(name.slice(PREFIX.length)) as [number, string, string | null];
  return { tabId, slot: { time, practitioner } };
}

/** When each slot still ahead should be reminded of, in epoch milliseconds, at the start of a minute. */
export function reminderTimes(slots: readonly Slot[], settings: ReminderSettings, now: Date): { slot: Slot; when: number }[] {
  if (!settings.enabled) return [];
  const startOfMinute = new Date(now).setSeconds(0, 0);
  return slots.flatMap((slot) => {
    const lead = minutesUntil(slot.time, now) - settings.minutesBefore;
    return Number.isFinite(lead) && lead >= 0 ? [{ slot, when: startOfMinute + lead * 60_000 }] : [];
  });
}
