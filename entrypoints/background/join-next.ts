import { browser } from 'wxt/browser';
import { JOIN_NEXT_COMMAND } from '../../utils/commands';
import { guarded } from '../../utils/guard';
import { timebookMessages } from '../../utils/messaging/tab';

/** Joins go through the tab's content script, which knows its slots and marks the badge joined. */
export async function joinNextInActiveTab() {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return { opened: false };
  return timebookMessages.sendToTab(tab.id, 'timebook:joinNext', {});
}

/** Alt+Shift+V: the next video appointment of the current tab. */
export function registerJoinNext() {
  browser.commands.onCommand.addListener(
    guarded('command', (command: string) => command === JOIN_NEXT_COMMAND && joinNextInActiveTab()),
  );
}
