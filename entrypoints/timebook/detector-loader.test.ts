import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DETECTOR_HANDOVER, DETECTOR_PARKED, type DetectorFactory, type HandoverWorld } from '../../utils/detector/handover';
import { createDetectorLoader } from './detector-loader';

const send = vi.fn();
vi.mock('../../utils/messaging/page', () => ({ pageMessages: { send: (...args: unknown[]) => send(...args) } }));

const world = globalThis as HandoverWorld;
const factory = (() => () => ({ category: 'other' })) as unknown as DetectorFactory;
/** What the detector script does when the background injects it. */
const inject = () => world[DETECTOR_HANDOVER]?.(factory);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  send.mockReset();
  delete world[DETECTOR_HANDOVER];
  delete world[DETECTOR_PARKED];
});

describe('createDetectorLoader', () => {
  it('sends for the detector once, and hears of it once, however often it is injected', async () => {
    send.mockImplementation(async () => inject());
    const arrived = vi.fn();
    const loader = createDetectorLoader(arrived);
    loader.request();
    loader.request();
    await settle();
    inject();
    expect(send.mock.calls).toEqual([['detector:load', {}]]);
    expect(arrived).toHaveBeenCalledExactlyOnceWith(factory);
    expect(loader.factory).toBe(factory);
    await expect(loader.arrival).resolves.toBeUndefined();
    loader.request();
    expect(send).toHaveBeenCalledOnce();
  });

  it('takes a detector that came with the page before it, once its caller is set up, and sends for none', async () => {
    world[DETECTOR_PARKED] = factory;
    const arrived = vi.fn();
    const loader = createDetectorLoader(arrived);
    // Not while the caller is still setting itself up: it may not have what `arrived` uses yet.
    expect(arrived).not.toHaveBeenCalled();
    await settle();
    expect(arrived).toHaveBeenCalledExactlyOnceWith(factory);
    loader.request();
    expect(send).not.toHaveBeenCalled();
  });
});
