import { openDB, type IDBPDatabase } from 'idb';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings';

const STORE = 'settings';
const RECORD_KEY = 'clinic';

export type LoadResult =
  | { ok: true; settings: Settings }
  /** The stored record is kept untouched, so nothing is lost until the admin saves anew. */
  | { ok: false; settings: Settings; raw: unknown; issues: string[] };

export type SaveResult = { ok: true; settings: Settings } | { ok: false; issues: string[] };

export interface SettingsStore {
  load(): Promise<LoadResult>;
  save(candidate: unknown): Promise<SaveResult>;
  close(): void;
}

export async function openSettingsStore(name = 'videotime'): Promise<SettingsStore> {
  const db: IDBPDatabase = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return {
    async load() {
      const raw: unknown = await db.get(STORE, RECORD_KEY);
      if (raw === undefined) return { ok: true, settings: DEFAULT_SETTINGS };
      const parsed = settingsSchema.safeParse(raw);
      if (parsed.success) return { ok: true, settings: parsed.data };
      return { ok: false, settings: DEFAULT_SETTINGS, raw, issues: parsed.error.issues.map((i) => i.message) };
    },
    async save(candidate) {
      const parsed = settingsSchema.safeParse(candidate);
      if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => i.message) };
      await db.put(STORE, parsed.data, RECORD_KEY);
      return { ok: true, settings: parsed.data };
    },
    close: () => db.close(),
  };
}
