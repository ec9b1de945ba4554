import { openDB, type IDBPDatabase } from 'idb';
import { recognisePreset } from './presets';
import { jsonProblems } from './plain-json';
import { DEFAULT_SETTINGS, parseSettings, type ParseResult, type Settings, type SettingsIssue } from './schema';

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
  /**
   * The stored record is kept untouched, so nothing is lost until the admin imports a file or
   * resets; `newer` when a newer Videotime wrote the database and this one cannot even read it.
   */
  | { ok: false; settings: Settings; raw: unknown; issues: SettingsIssue[]; newer?: true };

export type SaveResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

export interface SaveOptions {
  /** An import: it may replace a stored record that is invalid (the options page offered to download it first). */
  replace?: boolean;
}

export interface SettingsStore {
  load(): Promise<LoadResult>;
  /**
   * The one writer of the record. Validates the whole candidate; with any issue nothing is written,
   * and nothing is written over an invalid stored record unless `replace` says an import asked.
   */
  save(candidate: unknown, options?: SaveOptions): Promise<SaveResult>;
  /** The other way to replace an invalid record: the admin asked for it. */
  reset(): Promise<Settings>;
  close(): void;
}

/** A record is plain JSON data that passes the schema; anything else is invalid, never its defaults. */
function validate(record: unknown): ParseResult {
  const problems = jsonProblems(record);
  return problems.length ? { ok: false, issues: problems } : parseSettings(record);
}

const STORED_INVALID: SaveResult = { ok: false, issues: [{ path: '', key: 'errorStoredInvalid' }] };
const STORE_NEWER: SaveResult = { ok: false, issues: [{ path: '', key: 'errorStoreNewer' }] };

/**
 * The database was written by a newer Videotime (an older one rolled out by policy): this version
 * cannot open it without losing what it holds, so it reads as defaults, says why, and writes nothing.
 */
const newerStore: SettingsStore = {
  load: async () => ({ ok: false, settings: DEFAULT_SETTINGS, raw: undefined, issues: STORE_NEWER.issues, newer: true }),
  save: async () => STORE_NEWER,
  reset: async () => {
    throw new Error('The settings database is from a newer version of Videotime.');
  },
  close: () => undefined,
};

export async function openSettingsStore(name = 'videotime'): Promise<SettingsStore> {
  let db: IDBPDatabase;
  // Set once a newer version asks for the database: ours closes so it is not blocked, and from then
  // on this one can neither read nor write it.
  let superseded = false;
  try {
    db = await openDB(name, STORE_VERSION, {
      blocking() {
        superseded = true;
        db.close();
      },
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
  } catch (error) {
    if (error instanceof Error && error.name === 'VersionError') return newerStore;
    throw error;
  }
  return {
    async load() {
      if (superseded) return newerStore.load();
      const raw: unknown = await db.get(STORE, RECORD_KEY);
      if (raw === undefined) return { ok: true, settings: DEFAULT_SETTINGS };
      const parsed = validate(raw);
      if (parsed.ok) return parsed;
      return { ok: false, settings: DEFAULT_SETTINGS, raw, issues: parsed.issues };
    },
    async save(candidate, { replace = false } = {}) {
      if (superseded) return newerStore.save(candidate);
      const parsed = validate(candidate);
      if (!parsed.ok) return parsed;
      // Read and written in one transaction: no other save slips in between.
      const transaction = db.transaction(STORE, 'readwrite');
      const stored: unknown = await transaction.store.get(RECORD_KEY);
      if (!replace && stored !== undefined && !validate(stored).ok) {
        transaction.abort();
        await transaction.done.catch(() => undefined);
        return STORED_INVALID;
      }
      await transaction.store.put(parsed.settings, RECORD_KEY);
      await transaction.done;
      return parsed;
    },
    async reset() {
      if (superseded) return newerStore.reset();
      await db.put(STORE, DEFAULT_SETTINGS, RECORD_KEY);
      return DEFAULT_SETTINGS;
    },
    close: () => db.close(),
  };
}
