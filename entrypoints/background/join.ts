import { browser } from 'wxt/browser';
import type { Slot } from '../../utils/appointment';
import type { ExtensionHandlers } from '../../utils/messaging/extension';
import type { InviteResult, PageHandlers } from '../../utils/messaging/page';
import { clockText } from '../../utils/day/schedule';
import { pinKey } from '../../utils/settings/pin-handover';
import { inviteText } from '../../utils/settings/invite';
import { roomFor, type ResolvedRoom } from '../../utils/settings/rooms';
import { parseWith, roomSchema, type Room } from '../../utils/settings/schema';
import type { SettingsFeature } from './settings';

const SESSION_ROOM = 'sessionRoom';

async function sessionRoom(): Promise<Room | undefined> {
  const { [SESSION_ROOM]: room } = await browser.storage.session.get(SESSION_ROOM);
  const parsed = parseWith(roomSchema, room);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The PIN is shown to the staff member in a small window of our own, never in the timebook page,
 * and never in an address (which history keeps): the window gets a one-time token, and takes the
 * PIN from session storage, which lives in memory and is for the extension's own pages only.
 */
async function showPin(pin: string) {
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [pinKey(token)]: pin });
  const url = browser.runtime.getURL(`/pin.html#${token}`);
  await browser.windows.create({ url, type: 'popup', width: 380, height: 260 });
}

/**
 * Opening rooms: only the background knows their URLs. Pages ask to join a slot and get back
 * whether a room opened; the invite text goes to whoever copies it, never into a page's DOM.
 */
export function registerJoin(settings: SettingsFeature) {
  async function resolveRoom(slot: Slot) {
    return roomFor(await settings.effective(), slot, await sessionRoom(), new Date());
  }

  async function invite(slot: Slot): Promise<InviteResult> {
    const room = await resolveRoom(slot);
    if (!room) return { error: 'inviteNoRoom' };
    return { text: inviteText((await settings.effective()).inviteText, slot, room.url, new Date()) };
  }

  async function open(room: ResolvedRoom) {
    await browser.tabs.create({ url: room.url });
    if (room.pin !== undefined) await showPin(room.pin);
    return { opened: true };
  }

  return {
    page: {
      'room:join': async ({ slot }) => {
        // The options page, opened too, says the same at the top.
        if (await settings.isNewer()) {
          await browser.runtime.openOptionsPage();
          return { opened: false, problem: 'joinStoreNewer' };
        }
        const room = await resolveRoom(slot);
        if (!room) {
          await browser.runtime.openOptionsPage();
          return { opened: false };
        }
        return open(room);
      },
      'invite:text': async ({ slot }) => invite(slot),
    } satisfies Partial<PageHandlers>,
    extension: {
      'invite:text': async ({ slot }) => invite(slot),
      'room:try': async () => {
        // The clinic's room, filled in for an appointment starting now with no practitioner of its own.
        const now = new Date();
        const time = clockText(now.getHours() * 60 + now.getMinutes());
        const room = roomFor(await settings.effective(), { time, practitioner: null }, undefined, now);
        return room ? open(room) : { opened: false };
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
    } satisfies Partial<ExtensionHandlers>,
  };
}
