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

/** A store whose record was written as it is, past validation, as a bug or a hand edit could leave it. */
async function storeHolding(record: unknown) {
  const name = freshName();
  (await openSettingsStore(name)).close();
  const raw = await openDB(name, STORE_VERSION);
  await raw.put('settings', record, 'clinic');
  raw.close();
  return { name, store: await openSettingsStore(name) };
}

const ROOM = { preset: 'custom', url: 'https://video.solbakken.test/venterom' };

describe('the one writer of the settings record', () => {
  it.each([
    ['one bad field', { defaultRoom: ROOM, reminders: { enabled: 'yes' } }],
    ['an unknown key', { defaultRoom: ROOM, colour: 'blue' }],
    ['the wrong type at the top', ['not', 'a', 'record']],
    ['a string', 'corrupt'],
    ['a room of the wrong shape', { defaultRoom: { url: 42 } }],
  ])('refuses to write over an invalid record (%s): a save built on the defaults loses nothing', async (_, record) => {
    const { name, store } = await storeHolding(record);
    const loaded = await store.load();
    expect(loaded.ok).toBe(false);
    // What a taught profile or a site turned on from the popup would save: the defaults and one change.
    const result = await store.save({ ...loaded.settings, sites: ['https://timebok.example.no/*'] });
    expect(result).toEqual({ ok: false, issues: [{ path: '', key: 'errorStoredInvalid' }] });
    expect(await rawRecord(name)).toEqual(record);
    store.close();
  });

  it('replaces an invalid record when the admin imports a file or resets', async () => {
    const { store } = await storeHolding({ defaultRoom: 42 });
    expect(await store.save({ defaultRoom: ROOM }, { replace: true })).toMatchObject({ ok: true });
    expect((await store.load()).settings.defaultRoom).toEqual(ROOM);
    store.close();
  });

  it.each([
    ['a Date', { defaultRoom: ROOM, reminders: new Date(0) }, 'reminders'],
    ['a Map', { defaultRoom: ROOM, detector: new Map([['extraKeywords', {}]]) }, 'detector'],
    ['a Set in a list', { defaultRoom: ROOM, sites: [new Set()] }, 'sites.0'],
  ])('takes a record holding %s for invalid, not for defaults', async (_, record, path) => {
    const { store } = await storeHolding(record);
    expect(await store.load()).toMatchObject({ ok: false, issues: [{ path, key: 'errorNotJson' }] });
    store.close();
  });

  it('steps aside when a newer version opens the database, and from then on writes nothing', async () => {
    const name = freshName();
    const store = await openSettingsStore(name);
    await store.save({ defaultRoom: ROOM });
    const newer = await openDB(name, STORE_VERSION + 1);
    expect(await newer.get('settings', 'clinic')).toMatchObject({ defaultRoom: ROOM });
    expect(await store.load()).toMatchObject({ ok: false, newer: true });
    expect(await store.save({ defaultRoom: ROOM })).toEqual({ ok: false, issues: [{ path: '', key: 'errorStoreNewer' }] });
    newer.close();
  });

  it('says so when the database is newer than this version, and writes nothing', async () => {
    const name = freshName();
    const newer = await openDB(name, STORE_VERSION + 1, { upgrade: (database) => void database.createObjectStore('settings') });
    await newer.put('settings', { defaultRoom: ROOM, fromTheFuture: true }, 'clinic');
    newer.close();

    const store = await openSettingsStore(name);
    expect(await store.load()).toMatchObject({ ok: false, newer: true, settings: DEFAULT_SETTINGS, issues: [{ path: '', key: 'errorStoreNewer' }] });
    expect(await store.save({ defaultRoom: ROOM }, { replace: true })).toEqual({ ok: false, issues: [{ path: '', key: 'errorStoreNewer' }] });
    await expect(store.reset()).rejects.toThrow();
    store.close();
    const after = await openDB(name, STORE_VERSION + 1);
    expect(await after.get('settings', 'clinic')).toEqual({ defaultRoom: ROOM, fromTheFuture: true });
    after.close();
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
