import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerDetector } from './detector';

const run = vi.fn(async (_tabId: number) => undefined);
vi.mock('./run-script', () => ({ runScriptInTab: (tabId: number) => run(tabId) }));

const senderOn = (url: string, tabId = 7) => ({ url, tab: { id: tabId }, frameId: 0 }) as Parameters<ReturnType<typeof registerDetector>['page']['detector:load']>[1];

beforeEach(() => {
  fakeBrowser.reset();
  run.mockClear();
});

describe('the detector feature', () => {
  it('injects as a page starts only on a site that showed appointments this session', async () => {
    const { page } = registerDetector();
    await page['detector:load']({ found: false }, senderOn('https://clinic.example/timebok?day=1'));
    expect(run).not.toHaveBeenCalled();

    await page['detector:load']({ found: true }, senderOn('https://clinic.example/timebok?day=1'));
    await page['detector:load']({ found: false }, senderOn('https://clinic.example/timebok?day=2', 8));
    await page['detector:load']({ found: false }, senderOn('https://other.example/', 9));
    expect(run.mock.calls.map(([tabId]) => tabId)).toEqual([7, 8]);
  });

  it('remembers the site, not the page, where a restarted service worker finds it', async () => {
    await registerDetector().page['detector:load']({ found: true }, senderOn('https://clinic.example/timebok?patient=123'));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ timebookOrigins: ['https://clinic.example'] });

    run.mockClear();
    await registerDetector().page['detector:load']({ found: false }, senderOn('https://clinic.example/innstillinger'));
    expect(run).toHaveBeenCalledOnce();
  });
});
