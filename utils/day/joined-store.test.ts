import { describe, expect, it } from 'vitest';
import { createJoinedStore, type KeyValueArea } from './joined-store';

function memoryArea(): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

const site = 'https://timebok.example.no';
const morning = new Date(2026, 10, 25, 9, 0);
const slot = { time: '09:15', practitioner: 'Ingrid Solberg' };
const other = { time: '09:15', practitioner: 'Ahmed Karimi' };

describe('joined store', () => {
  it('remembers a joined slot for the rest of the day, and only that slot', async () => {
    const store = createJoinedStore(memoryArea());
    await store.markJoined(site, slot, morning);
    expect(await store.joined(site, [slot, other], new Date(2026, 10, 25, 23, 59))).toEqual([true, false]);
    expect(await store.joined('https://annen.example.no', [slot], morning)).toEqual([false]);
  });

  it('forgets everything the next day', async () => {
    const store = createJoinedStore(memoryArea());
    await store.markJoined(site, slot, morning);
    expect(await store.joined(site, [slot], new Date(2026, 10, 26, 0, 1))).toEqual([false]);
  });

  it('stores only opaque keys: no time, practitioner or site in clear text', async () => {
    const area = memoryArea();
    await createJoinedStore(area).markJoined(site, slot, morning);
    const stored = JSON.stringify(area.data);
    for (const clear of ['09:15', 'Ingrid', 'timebok.example']) expect(stored).not.toContain(clear);
    expect(stored).toMatch(/"keys":\["[0-9a-f]{64}"\]/);
  });

  it('gives different keys on different installs', async () => {
    const [a, b] = [memoryArea(), memoryArea()];
    await createJoinedStore(a).markJoined(site, slot, morning);
    await createJoinedStore(b).markJoined(site, slot, morning);
    expect(JSON.stringify(a.data.joinedToday)).not.toBe(JSON.stringify(b.data.joinedToday));
  });
});
