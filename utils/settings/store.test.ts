import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './schema';
import { openSettingsStore, STORE_VERSION } from './store';

let counter = 0;
const freshName = () => `videotime-test-${++counter}`;

/** A database as version 1 of Videotime left it: one object store, one record. */
async function writeVersion1(name: string, record: unknown) {
  const db = await openDB(name, 1, { upgrade: (database) => void database.createObjectStore('settings') });
  await db.put('settings', record, 'clinic');
  db.close();
}

async function rawRecord(name: string) {
  const db = await openDB(name, STORE_VERSION);
  const record: unknown = await db.get('settings', 'clinic');
  db.close();
  return record;
}

describe('settings store', () => {
  it('starts with defaults and keeps what was saved across reopen', async () => {
    const name = freshName();
    const first = await openSettingsStore(name);
    expect(await first.load()).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const saved = await first.save({ defaultRoom: { url: 'https://meet.jit.si/solbakken' }, reminders: { enabled: true, minutesBefore: 10 } });
    expect(saved).toMatchObject({ ok: true });
    first.close();

    const second = await openSettingsStore(name);
    expect(await second.load()).toEqual(saved);
  });

  it('refuses an invalid candidate and keeps the old value', async () => {
    const store = await openSettingsStore(freshName());
    await store.save({ defaultRoom: { url: 'https://meet.jit.si/solbakken' } });
    const before = await store.load();
    expect(await store.save({ defaultRoom: { url: 'http://insecure.example/room' } })).toEqual({
      ok: false,
      issues: [{ path: 'defaultRoom.url', key: 'errorRoomUrlNotHttps' }],
    });
    expect(await store.load()).toEqual(before);
  });

  it('reports a corrupt record without replacing it, until reset is asked for', async () => {
    const name = freshName();
    (await openSettingsStore(name)).close();
    const raw = await openDB(name, STORE_VERSION);
    await raw.put('settings', { defaultRoom: 42 }, 'clinic');
    raw.close();

    const store = await openSettingsStore(name);
    expect(await store.load()).toMatchObject({
      ok: false,
      settings: DEFAULT_SETTINGS,
      raw: { defaultRoom: 42 },
      issues: [{ path: 'defaultRoom', key: 'errorWrongType' }],
    });
    expect(await rawRecord(name)).toEqual({ defaultRoom: 42 });

    await store.reset();
    expect(await store.load()).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    store.close();
  });
});

describe('migration from version 1', () => {
  it('keeps the clinic room, naming its service when certain', async () => {
    const name = freshName();
    await writeVersion1(name, { roomUrl: 'https://whereby.com/solbakken-legesenter' });
    const store = await openSettingsStore(name);
    expect(await store.load()).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, defaultRoom: { preset: 'whereby', url: 'https://whereby.com/solbakken-legesenter' } },
    });
    store.close();
  });

  it('keeps a room of an unknown service as a custom one', async () => {
    const name = freshName();
    await writeVersion1(name, { roomUrl: 'https://video.solbakken.test/venterom' });
    const store = await openSettingsStore(name);
    expect((await store.load()).settings.defaultRoom).toEqual({ preset: 'custom', url: 'https://video.solbakken.test/venterom' });
    store.close();
  });

  it('turns an empty version 1 record into defaults', async () => {
    const name = freshName();
    await writeVersion1(name, {});
    const store = await openSettingsStore(name);
    expect(await store.load()).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    store.close();
  });

  it('leaves a record it does not understand as it was, for the admin to see', async () => {
    const name = freshName();
    await writeVersion1(name, { roomUrl: 42 });
    const store = await openSettingsStore(name);
    expect(await store.load()).toMatchObject({ ok: false, raw: { roomUrl: 42 } });
    store.close();
    expect(await rawRecord(name)).toEqual({ roomUrl: 42 });
  });
});
