import { browser } from 'wxt/browser';
import { guarded } from '../../utils/guard';
import { createJoinedStore } from '../../utils/day/joined-store';
import { background, timebook } from '../../utils/messaging/messages';
import type { FeeCodeSettings } from '../../utils/day/schedule';
import { showVideoCount } from './toolbar-count';
import { notify, parseReminder, scheduleReminders, type ReminderSettings } from './reminders';

export interface DaySettings {
  reminders: ReminderSettings;
  feeCodes: FeeCodeSettings;
}

export const COMMAND_JOIN_NEXT = 'join-next';

/** The site a message came from, from the browser rather than from what the page claims. */
function siteOf(sender: { url?: string }): string {
  return sender.url ? new URL(sender.url).origin : '';
}

/**
 * The doctor's day in the background: toolbar count, reminders, the join-next shortcut and
 * the joined-today record. Joins always go through the tab's content script.
 */
export function registerDoctorDay(loadSettings: () => Promise<DaySettings>) {
  const joined = createJoinedStore(browser.storage.local);

  async function joinNextInActiveTab() {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return { opened: false };
    return timebook.sendToTab(tab.id, 'timebook:joinNext', {});
  }

  async function joinFromNotification(id: string) {
    const reminder = parseReminder(id);
    await browser.notifications.clear(id);
    if (reminder) await timebook.sendToTab(reminder.tabId, 'timebook:join', { slot: reminder.slot });
  }

  background.handle({
    'timebook:flagged': async ({ slots }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      await showVideoCount(tabId, slots.length);
      await scheduleReminders(tabId, slots, (await loadSettings()).reminders, new Date());
    },
    'joined:list': async ({ slots }, sender) => joined.joined(siteOf(sender), slots, new Date()),
    'joined:mark': async ({ slot }, sender) => joined.markJoined(siteOf(sender), slot, new Date()),
  });

  browser.commands.onCommand.addListener(
    guarded('command', (command: string) => command === COMMAND_JOIN_NEXT && joinNextInActiveTab()),
  );
  browser.alarms.onAlarm.addListener(guarded('reminder', notify));
  browser.notifications.onClicked.addListener(guarded('reminder click', joinFromNotification));
  browser.tabs.onRemoved.addListener(
    guarded('tab closed', (tabId: number) =>
      scheduleReminders(tabId, [], { enabled: false, minutesBefore: 0 }, new Date()),
    ),
  );

  // Browsers cannot press their own shortcuts or click notifications under test: the e2e build
  // lets tests call the same handlers from the service worker.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, { videotimeTest: { joinNextInActiveTab, joinFromNotification } });
  }
}
