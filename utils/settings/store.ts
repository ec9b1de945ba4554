import { openDB, type IDBPDatabase } from 'idb';
import { recognisePreset } from './presets';
import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsIssue } from './schema';

const STORE = 'settings';
const RECORD_KEY = 'clinic';

/**
 * How a record written by version N of the store becomes one for version N + 1; MIGRATIONS[0]
 * takes version 1 to 2. A record a migration does not recognise is left as it is, so the options
 * page can show it as invalid and the admin can still download it.
 */
const MIGRATIONS: ((record: unknown) => unknown)[] = [
  // Version 1 had one room for the whole clinic and no services to choose from.
  (record) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
    const { roomUrl, ...rest } = record as { roomUrl?: unknown };
    if (Object.keys(rest).length > 0) return record;
    if (roomUrl === undefined) return {};
    if (typeof roomUrl !== 'string') return record;
    return { defaultRoom: { preset: recognisePreset(roomUrl), url: roomUrl } };
  },
];

export const STORE_VERSION = MIGRATIONS.length + 1;

export type LoadResult =
  | { ok: true; settings: Settings }
  /** The stored record is kept untouched, so nothing is lost until the admin saves anew or resets. */
  | { ok: false; settings: Settings; raw: unknown; issues: SettingsIssue[] };

export type SaveResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

export interface SettingsStore {
  load(): Promise<LoadResult>;
  /** Validates the whole candidate; with any issue nothing is written. */
  save(candidate: unknown): Promise<SaveResult>;
  /** The one way to replace an invalid record: the admin asked for it. */
  reset(): Promise<Settings>;
  close(): void;
}

export async function openSettingsStore(name = 'videotime'): Promise<SettingsStore> {
  const db: IDBPDatabase = await openDB(name, STORE_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        database.createObjectStore(STORE);
        return;
      }
      const store = transaction.objectStore(STORE);
      void store.get(RECORD_KEY).then((record: unknown) => {
        if (record === undefined) return;
        const migrated = MIGRATIONS.slice(oldVersion - 1).reduce<unknown>((value, migrate) => migrate(value), record);
        return store.put(migrated, RECORD_KEY);
      });
    },
  });
  return {
    async load() {
      const raw: unknown = await db.get(STORE, RECORD_KEY);
      if (raw === undefined) return { ok: true, settings: DEFAULT_SETTINGS };
      const parsed = parseSettings(raw);
      if (parsed.ok) return parsed;
      return { ok: false, settings: DEFAULT_SETTINGS, raw, issues: parsed.issues };
    },
    async save(candidate) {
      const parsed = parseSettings(candidate);
      if (parsed.ok) await db.put(STORE, parsed.settings, RECORD_KEY);
      return parsed;
    },
    async reset() {
      await db.put(STORE, DEFAULT_SETTINGS, RECORD_KEY);
      return DEFAULT_SETTINGS;
    },
    close: () => db.close(),
  };
}
