import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { Slot } from '../../utils/appointment';
import { registerDoctorDay } from './day';
import { registerSiteSetup } from './sites';
import { guarded } from '../../utils/guard';
import { inviteText } from '../../utils/settings/invite';
import { NO_POLICY, readManaged, withManaged, type Managed } from '../../utils/settings/managed';
import { background, timebook } from '../../utils/messaging/messages';
import { roomFor } from '../../utils/settings/rooms';
import { parseWith, roomSchema, type Room } from '../../utils/settings/schema';
import { openSettingsStore, type SaveResult } from '../../utils/settings/store';

const SESSION_ROOM = 'sessionRoom';


/** Browsers without a policy, or without managed storage at all (Firefox with no policies.json), set nothing. */
async function readPolicy(): Promise<Managed> {
  try {
    return readManaged(await browser.storage.managed.get());
  } catch {
    return NO_POLICY;
  }
}

async function sessionRoom(): Promise<Room | undefined> {
  const { [SESSION_ROOM]: room } = await browser.storage.session.get(SESSION_ROOM);
  const parsed = parseWith(roomSchema, room);
  return parsed.ok ? parsed.value : undefined;
}

/** Open timebooks re-read their settings; tabs without our content script simply do not answer. */
async function announceSettingsChanged() {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [timebook.sendToTab(tab.id, 'settings:changed', {}).catch(() => undefined)])),
  );
}

/** The PIN is shown to the staff member in a small window of our own, never in the timebook page. */
async function showPin(pin: string) {
  const url = browser.runtime.getURL(`/pin.html#${encodeURIComponent(pin)}`);
  await browser.windows.create({ url, type: 'popup', width: 380, height: 260 });
}

export default defineBackground(() => {
  // Opened lazily but once: the listener must be registered synchronously for MV3 wake-ups.
  const store = openSettingsStore();

  /**
   * Chromium answers managed storage only once its policy service is up, seconds after the browser
   * starts. Timebook pages must not wait that long to be flagged: until then they get the local
   * settings, and hear 'settings:changed' when the policy arrives. Joins and the options page wait.
   */
  let policy: Managed | undefined;
  const firstPolicy = readPolicy().then(async (read) => {
    policy = read;
    if (read.locked.length) await Promise.all([announceSettingsChanged(), sites.settingsChanged()]);
    return read;
  });
  const policyNow = async (patient: boolean) => policy ?? (patient ? firstPolicy : NO_POLICY);

  /** What everything runs on: the stored settings with the policy's values over them. */
  async function settings(patient = true) {
    const [{ settings: local }, managed] = await Promise.all([(await store).load(), policyNow(patient)]);
    return withManaged(local, managed);
  }

  async function resolveRoom(slot: Slot) {
    return roomFor(await settings(), slot, await sessionRoom(), new Date());
  }

  async function changed(result: SaveResult): Promise<SaveResult> {
    if (result.ok) await Promise.all([announceSettingsChanged(), sites.settingsChanged()]);
    return result;
  }

  const sites = registerSiteSetup({
    // Pages are flagged at once; a policy read later reaches them as 'settings:changed'.
    effective: () => settings(false),
    stored: async () => (await (await store).load()).settings,
    save: async (next) => changed(await (await store).save(next)),
  });

  registerDoctorDay(settings);

  background.handle({
    'settings:get': async () => {
      const [stored, managed] = await Promise.all([(await store).load(), policyNow(true)]);
      return { stored, managed };
    },
    'settings:save': async ({ settings: candidate }) => changed(await (await store).save(candidate)),
    'settings:reset': async () => changed({ ok: true, settings: await (await store).reset() }),
    'room:join': async ({ slot }) => {
      const room = await resolveRoom(slot);
      if (!room) {
        await browser.runtime.openOptionsPage();
        return { opened: false };
      }
      await browser.tabs.create({ url: room.url });
      if (room.pin !== undefined) await showPin(room.pin);
      return { opened: true };
    },
    'invite:text': async ({ slot }) => {
      const room = await resolveRoom(slot);
      if (!room) return { error: 'inviteNoRoom' as const };
      return { text: inviteText((await settings()).inviteText, slot, room.url, new Date()) };
    },
    'room:override': async ({ room }) => {
      if (room === null) await browser.storage.session.remove(SESSION_ROOM);
      if (typeof room === 'string') {
        const parsed = parseWith(roomSchema, { preset: 'custom', url: room });
        if (!parsed.ok) return parsed;
        await browser.storage.session.set({ [SESSION_ROOM]: parsed.value });
      }
      return { ok: true, active: (await sessionRoom()) !== undefined };
    },
  });

  browser.storage.onChanged.addListener(
    guarded('policy', async (_changes: unknown, area: string) => {
      if (area !== 'managed') return;
      policy = await readPolicy();
      await Promise.all([announceSettingsChanged(), sites.settingsChanged()]);
    }),
  );
});
