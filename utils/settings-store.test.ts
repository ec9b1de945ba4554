import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openSettingsStore } from './settings-store';

let counter = 0;
const freshName = () => `videotime-test-${++counter}`;

describe('settings store', () => {
  it('starts with defaults and keeps what was saved across reopen', async () => {
    const name = freshName();
    const first = await openSettingsStore(name);
    expect(await first.load()).toEqual({ ok: true, settings: {} });
    expect(await first.save({ roomUrl: 'https://meet.jit.si/solbakken' })).toMatchObject({ ok: true });
    first.close();

    const second = await openSettingsStore(name);
    expect(await second.load()).toEqual({ ok: true, settings: { roomUrl: 'https://meet.jit.si/solbakken' } });
  });

  it('refuses an invalid candidate and keeps the old value', async () => {
    const store = await openSettingsStore(freshName());
    await store.save({ roomUrl: 'https://meet.jit.si/solbakken' });
    expect(await store.save({ roomUrl: 'http://insecure.example/room' })).toEqual({
      ok: false,
      issues: ['errorRoomUrlNotHttps'],
    });
    expect(await store.load()).toEqual({ ok: true, settings: { roomUrl: 'https://meet.jit.si/solbakken' } });
  });

  it('reports a corrupt record without replacing it', async () => {
    const name = freshName();
    (await openSettingsStore(name)).close();
    const raw = await openDB(name, 1);
    await raw.put('settings', { roomUrl: 42 }, 'clinic');
    raw.close();

    const store = await openSettingsStore(name);
    const loaded = await store.load();
    expect(loaded).toMatchObject({ ok: false, settings: {}, raw: { roomUrl: 42 } });
    store.close();
    const again = await openDB(name, 1);
    expect(await again.get('settings', 'clinic')).toEqual({ roomUrl: 42 });
  });
});
