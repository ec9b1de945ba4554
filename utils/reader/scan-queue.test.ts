import { describe, expect, it, vi } from 'vitest';
import { createScanQueue } from './scan-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const rowsNamed = (...names: string[]) => new Set(names.map((name) => ({ name }) as unknown as HTMLElement));

/** A queue whose scans take a moment, telling in order what ran. */
function recordedQueue() {
  const log: string[] = [];
  let running = 0;
  let overlapped = false;
  let pages = 0;
  const queue = createScanQueue({
    async page() {
      overlapped ||= ++running > 1;
      log.push('page');
      await tick();
      running--;
      return ++pages;
    },
    async rows(rows, removed) {
      overlapped ||= ++running > 1;
      log.push(`rows ${[...rows].map((row) => (row as unknown as { name: string }).name).join(',')}${removed ? ' removed' : ''}`);
      await tick();
      running--;
    },
  });
  return { queue, log, overlapped: () => overlapped };
}

describe('createScanQueue', () => {
  it('never overlaps scans and folds page requests made during a scan into one more', async () => {
    const { queue, log, overlapped } = recordedQueue();
    const first = queue.page();
    const [second, third] = [queue.page(), queue.page()];
    expect(await first).toBe(1);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    expect(await queue.page()).toBe(3);
    expect(log).toEqual(['page', 'page', 'page']);
    expect(overlapped()).toBe(false);
  });

  it('starts a scan at once when idle, so rows are flagged before the next frame', () => {
    const { queue, log } = recordedQueue();
    queue.rows(rowsNamed('a'), false);
    expect(log).toEqual(['rows a']);
  });

  it('re-reads rows changed during a scan after it, together; a page scan stands for them', async () => {
    const { queue, log } = recordedQueue();
    const page = queue.page();
    queue.rows(rowsNamed('a'), false);
    queue.rows(rowsNamed('b'), true);
    await page;
    await tick();
    await tick();
    expect(log).toEqual(['page', 'rows a,b removed']);

    log.length = 0;
    queue.rows(rowsNamed('c'), false);
    queue.rows(rowsNamed('d'), false);
    await queue.page();
    expect(log).toEqual(['rows c', 'page']);
  });

  it('keeps going after a scan fails, and says why in its own console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    const queue = createScanQueue({
      page: async () => {
        if (fail) throw new Error('page went away');
        return 'ok';
      },
      rows: async () => {
        throw new Error('row went away');
      },
    });
    const failed = queue.page();
    fail = false;
    const next = queue.page();
    await expect(failed).rejects.toThrow('page went away');
    expect(await next).toBe('ok');
    queue.rows(rowsNamed('a'), false);
    await tick();
    expect(error).toHaveBeenCalledWith('[Videotime] rows', expect.any(Error));
    expect(await queue.page()).toBe('ok');
    error.mockRestore();
  });
});
