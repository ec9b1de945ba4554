import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerDetector } from './detector';

const run = vi.fn(async (_tabId: number) => undefined);
vi.mock('./run-script', () => ({ runScriptInTab: (tabId: number) => run(tabId) }));

/** The registered content scripts, as the browser keeps them. */
let registered: { id: string; matches?: string[] }[] = [];
const scripting = {
  getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter(({ id }) => ids.includes(id))),
  registerContentScripts: vi.fn(async (scripts: typeof registered) => void registered.push(...scripts)),
  updateContentScripts: vi.fn(async (scripts: typeof registered) => {
    registered = registered.map((old) => scripts.find(({ id }) => id === old.id) ?? old);
  }),
};

const senderOn = (url: string, tabId = 7) => ({ url, tab: { id: tabId }, frameId: 0 }) as Parameters<ReturnType<typeof registerDetector>['page']['detector:load']>[1];

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { scripting });
  registered = [];
  run.mockClear();
});

describe('the detector feature', () => {
  it('injects into the page that asks, and comes with the pages of its site from then on', async () => {
    const { page } = registerDetector();
    await page['detector:load']({}, senderOn('https://clinic.example/timebok?day=1'));
    await page['detector:load']({}, senderOn('https://clinic.example/timebok?day=2', 8));
    await page['detector:load']({}, senderOn('http://other.example:8080/dag', 9));
    expect(run.mock.calls.map(([tabId]) => tabId)).toEqual([7, 8, 9]);
    expect(registered).toEqual([
      expect.objectContaining({ id: 'videotime-detector', js: ['/detector.js'], runAt: 'document_start', matches: ['https://clinic.example/*', 'http://other.example/*'] }),
    ]);
  });

  it('remembers the sites, not the pages, where a restarted service worker finds them', async () => {
    await registerDetector().page['detector:load']({}, senderOn('https://clinic.example/timebok?patient=123'));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ timebookSites: ['https://clinic.example/*'] });
    await registerDetector().page['detector:load']({}, senderOn('https://other.example/'));
    expect(registered[0]!.matches).toEqual(['https://clinic.example/*', 'https://other.example/*']);
  });
});
