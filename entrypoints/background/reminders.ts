import { browser, type Browser } from 'wxt/browser';
import type { Slot } from '../../utils/appointment';
import { parseReminder, reminderName, reminderTimes, type ReminderSettings } from '../../utils/day/reminders';
import { t } from '../../utils/i18n';

/** Replaces the tab's reminders with one alarm per video slot that is still ahead. */
export async function scheduleReminders(tabId: number, slots: Slot[], settings: ReminderSettings, now: Date) {
  // Without the optional permission (reminders never turned on, or refused) there is nothing to schedule.
  if (!browser.alarms) return;
  const existing = await browser.alarms.getAll();
  await Promise.all(
    existing.filter((alarm) => parseReminder(alarm.name)?.tabId === tabId).map((alarm) => browser.alarms.clear(alarm.name)),
  );
  for (const { slot, when } of reminderTimes(slots, settings, now)) {
    await browser.alarms.create(reminderName({ tabId, slot }), { when });
  }
}

/** The notification says only when and with whom: never the patient. */
export async function notify(alarm: Browser.alarms.Alarm): Promise<void> {
  const reminder = parseReminder(alarm.name);
  if (!reminder || !browser.notifications) return;
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminderTitle', reminder.slot.time),
    message: t('reminderMessage', reminder.slot.practitioner ?? t('noPractitioner')),
  });
}
