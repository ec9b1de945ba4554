export interface ScanWork<T> {
  /** Reads the whole page. */
  page: () => Promise<T>;
  /** Reads again rows that changed; `removed` says rows also left the page. */
  rows: (rows: Set<HTMLElement>, removed: boolean) => Promise<void>;
}

/**
 * Runs a page's scans one at a time: whole-page scans, and re-reads of changed rows. Requests
 * made while a scan runs wait for it; any number of whole-page requests share one run, which also
 * stands for every row changed before it started. Each whole-page request resolves with a run
 * that started after it was made, so its result reflects the page at request time or later.
 */
export function createScanQueue<T>(work: ScanWork<T>) {
  let waiting: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  let rows = new Set<HTMLElement>();
  let removed = false;
  let running = false;

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (waiting.length || rows.size || removed) {
        const [pageRequests, changedRows, anyRemoved] = [waiting, rows, removed];
        [waiting, rows, removed] = [[], new Set(), false];
        if (pageRequests.length) {
          await work.page().then(
            (value) => pageRequests.forEach(({ resolve }) => resolve(value)),
            (error: unknown) => pageRequests.forEach(({ reject }) => reject(error)),
          );
        } else {
          await work.rows(changedRows, anyRemoved).catch((error: unknown) => console.error('[Videotime] rows', error));
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    page(): Promise<T> {
      const result = new Promise<T>((resolve, reject) => waiting.push({ resolve, reject }));
      void run();
      return result;
    },
    rows(changed: Set<HTMLElement>, gone: boolean): void {
      for (const row of changed) rows.add(row);
      removed ||= gone;
      void run();
    },
  };
}
