import { browser } from 'wxt/browser';
import { createJoinedStore } from '../../utils/day/joined-store';
import { parseReminder } from '../../utils/day/reminders';
import { guarded } from '../../utils/guard';
import { exposeForTests } from './expose-for-tests';
import type { PageHandlers } from '../../utils/messaging/page';
import type { Sender } from '../../utils/messaging/protocol';
import { timebookMessages } from '../../utils/messaging/tab';
import { joinNextInActiveTab, registerJoinNext } from './join-next';
import { notify, scheduleReminders } from './reminders';
import type { SettingsFeature } from './settings';
import { showVideoCount } from './toolbar-count';

/** The site a message came from, from the browser rather than from what the page claims. */
function siteOf(sender: Sender): string {
  return sender.url ? new URL(sender.url).origin : '';
}

async function joinFromNotification(id: string) {
  const reminder = parseReminder(id);
  await browser.notifications.clear(id);
  if (reminder) await timebookMessages.sendToTab(reminder.tabId, 'timebook:join', { slot: reminder.slot });
}

/**
 * The doctor's day in the background: the toolbar count, reminders, the join-next shortcut and
 * the joined-today record, all following what each timebook tab reports it flagged.
 */
export function registerDay(settings: SettingsFeature) {
  const joined = createJoinedStore(browser.storage.local);

  registerJoinNext();
  // Reminders' permissions are optional: listened for once granted, at start or when an admin turns reminders on.
  let listening = false;
  const listenForReminders = () => {
    if (listening || !browser.alarms || !browser.notifications) return;
    listening = true;
    browser.alarms.onAlarm.addListener(guarded('reminder', notify));
    browser.notifications.onClicked.addListener(guarded('reminder click', joinFromNotification));
  };
  listenForReminders();
  browser.permissions.onAdded.addListener(listenForReminders);
  browser.tabs.onRemoved.addListener(
    guarded('tab closed', (tabId: number) => scheduleReminders(tabId, [], { enabled: false, minutesBefore: 0 }, new Date())),
  );

  // Browsers cannot press their own shortcuts or click notifications under test.
  exposeForTests({ joinNextInActiveTab, joinFromNotification });

  return {
    page: {
      'timebook:flagged': async ({ slots }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return;
        await showVideoCount(tabId, slots.length);
        await scheduleReminders(tabId, slots, (await settings.effective()).reminders, new Date());
      },
      'joined:list': async ({ slots }, sender) => joined.joined(siteOf(sender), slots, new Date()),
      'joined:mark': async ({ slot }, sender) => joined.markJoined(siteOf(sender), slot, new Date()),
    } satisfies Partial<PageHandlers>,
  };
}
