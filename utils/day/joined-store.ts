import type { Slot } from '../appointment';
import { isoDay } from './dates';
import { joinedKey } from './joined-key';

/** The part of browser.storage.local this needs, so tests can pass a plain in-memory area. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface JoinedRecord {
  day: string;
  keys: string[];
}

const RECORD = 'joinedToday';
const SALT = 'joinedSalt';

/** Remembers which slots were joined today; a new day starts empty. */
export function createJoinedStore(area: KeyValueArea) {
  async function salt(): Promise<string> {
    const stored = (await area.get(SALT))[SALT];
    if (typeof stored === 'string') return stored;
    const fresh = crypto.randomUUID();
    await area.set({ [SALT]: fresh });
    return fresh;
  }

  async function todays(day: string): Promise<string[]> {
    const record = (await area.get(RECORD))[RECORD] as JoinedRecord | undefined;
    return record?.day === day ? record.keys : [];
  }

  return {
    async markJoined(site: string, slot: Slot, now: Date): Promise<void> {
      const day = isoDay(now);
      const key = await joinedKey(await salt(), site, day, slot);
      const keys = await todays(day);
      if (!keys.includes(key)) await area.set({ [RECORD]: { day, keys: [...keys, key] } satisfies JoinedRecord });
    },
    async joined(site: string, slots: Slot[], now: Date): Promise<boolean[]> {
      const day = isoDay(now);
      const keys = new Set(await todays(day));
      const secret = await salt();
      return Promise.all(slots.map(async (slot) => keys.has(await joinedKey(secret, site, day, slot))));
    },
  };
}
