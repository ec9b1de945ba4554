import { describe, expect, it } from 'vitest';
import { serialized } from './serialized';

describe('serialized', () => {
  it('never overlaps runs and folds requests made during a run into one more run', async () => {
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const request = serialized(async () => {
      running++;
      overlapped ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return ++runs;
    });

    const first = request();
    const [second, third] = [request(), request()];
    expect(await first).toBe(1);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    expect(overlapped).toBe(false);
    expect(await request()).toBe(3);
  });

  it('keeps going after a run fails', async () => {
    let fail = true;
    const request = serialized(async () => {
      if (fail) throw new Error('page went away');
      return 'ok';
    });
    const failed = request();
    fail = false;
    const next = request();
    await expect(failed).rejects.toThrow('page went away');
    expect(await next).toBe('ok');
  });
});
