import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DETECTOR_HANDOVER, type DetectorFactory, type HandoverWorld } from '../../utils/detector/handover';
import { createDetectorLoader } from './detector-loader';

const send = vi.fn();
vi.mock('../../utils/messaging/page', () => ({ pageMessages: { send: (...args: unknown[]) => send(...args) } }));

const factory = (() => () => ({ category: 'other' })) as unknown as DetectorFactory;
/** What the detector script does when the background injects it. */
const inject = () => (globalThis as HandoverWorld)[DETECTOR_HANDOVER]?.(factory);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  send.mockReset();
});

describe('createDetectorLoader', () => {
  it('asks once as the page starts and is answered by an injection: a read that finds appointments asks no more', async () => {
    send.mockImplementation(async () => inject());
    const arrived = vi.fn();
    const loader = createDetectorLoader(arrived);
    loader.request(false);
    loader.request(true);
    loader.request(true);
    await settle();
    expect(send.mock.calls).toEqual([['detector:load', { found: false }]]);
    expect(arrived).toHaveBeenCalledExactlyOnceWith(factory);
    expect(loader.factory).toBe(factory);
    await expect(loader.arrival).resolves.toBeUndefined();
  });

  it('asks again because appointments were found where the early request brought nothing', async () => {
    send.mockImplementation(async (_type: string, { found }: { found: boolean }) => (found ? inject() : undefined));
    const arrived = vi.fn();
    const loader = createDetectorLoader(arrived);
    loader.request(false);
    loader.request(true);
    await settle();
    expect(send.mock.calls).toEqual([
      ['detector:load', { found: false }],
      ['detector:load', { found: true }],
    ]);
    expect(arrived).toHaveBeenCalledOnce();
  });

  it('hears of the detector once, however often it is injected', () => {
    const arrived = vi.fn();
    createDetectorLoader(arrived);
    inject();
    inject();
    expect(arrived).toHaveBeenCalledOnce();
  });
});
