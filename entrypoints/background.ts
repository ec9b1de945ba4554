import { browser } from 'wxt/browser';
import { background } from '@/utils/protocol';
import { openSettingsStore } from '@/utils/settings-store';

export default defineBackground(() => {
  // Opened lazily but once: the listener must be registered synchronously for MV3 wake-ups.
  const store = openSettingsStore();

  background.handle({
    'settings:get': async () => (await store).load(),
    'settings:save': async ({ settings }) => (await store).save(settings),
    'room:join': async () => {
      const { settings } = await (await store).load();
      if (!settings.roomUrl) {
        await browser.runtime.openOptionsPage();
        return { opened: false };
      }
      await browser.tabs.create({ url: settings.roomUrl });
      return { opened: true };
    },
  });
});
