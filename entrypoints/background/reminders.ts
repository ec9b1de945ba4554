import { browser, type Browser } from 'wxt/browser';
import type { Slot } from '../../utils/appointment';
import { t } from '../../utils/i18n';
import { minutesUntil } from '../../utils/day/schedule';

export interface ReminderSettings {
  enabled: boolean;
  minutesBefore: number;
}

const PREFIX = 'videotime-reminder:';

interface Reminder {
  tabId: number;
  slot: Slot;
}

/** Alarm and notification share one name, which carries what a click needs: no patient data. */
const nameOf = (reminder: Reminder) => PREFIX + JSON.stringify([reminder.tabId, reminder.slot.time, reminder.slot.practitioner]);

export function parseReminder(name: string): Reminder | null {
  if (!name.startsWith(PREFIX)) return null;
  const [tabId, time, practitioner] = JSON.parse(name.slice(PREFIX.length)) as [number, string, string | null];
  return { tabId, slot: { time, practitioner } };
}

/** Replaces the tab's reminders with one alarm per video slot that is still ahead. */
export async function scheduleReminders(tabId: number, slots: Slot[], settings: ReminderSettings, now: Date) {
  const existing = await browser.alarms.getAll();
  await Promise.all(
    existing.filter((alarm) => parseReminder(alarm.name)?.tabId === tabId).map((alarm) => browser.alarms.clear(alarm.name)),
  );
  if (!settings.enabled) return;
  for (const slot of slots) {
    const lead = minutesUntil(slot.time, now) - settings.minutesBefore;
    if (!Number.isFinite(lead) || lead < 0) continue;
    const startOfMinute = new Date(now).setSeconds(0, 0);
    await browser.alarms.create(nameOf({ tabId, slot }), { when: startOfMinute + lead * 60_000 });
  }
}

export async function notify(alarm: Browser.alarms.Alarm): Promise<void> {
  const reminder = parseReminder(alarm.name);
  if (!reminder) return;
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminderTitle', reminder.slot.time),
    message: t('reminderMessage', reminder.slot.practitioner ?? t('noPractitioner')),
  });
}
