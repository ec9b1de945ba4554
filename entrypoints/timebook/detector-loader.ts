import { DETECTOR_HANDOVER, type DetectorFactory, type HandoverWorld } from '../../utils/detector/handover';
import { pageMessages } from '../../utils/messaging/page';

/**
 * Gets the detector into this page when it is needed: when a read first finds appointments, or as
 * the page starts where its site showed some before (the background knows; entrypoints/background/
 * detector.ts). Pages of other sites without a timebook never load it. The background injects the
 * detector script, which hands its factory over through the isolated world the two scripts share;
 * `arrived` hears of it once.
 */
export function createDetectorLoader(arrived: (factory: DetectorFactory) => void) {
  let factory: DetectorFactory | undefined;
  let announce: () => void = () => undefined;
  const arrival = new Promise<void>((resolve) => (announce = resolve));
  (globalThis as HandoverWorld)[DETECTOR_HANDOVER] = (made) => {
    if (factory) return;
    factory = made;
    arrived(made);
    announce();
  };
  const asked = { found: false, early: false };
  // One request at a time: an injection is done when its answer comes, so a request made while
  // another is under way is dropped when that one brought the detector.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    /** The factory, once the detector script has run. */
    get factory() {
      return factory;
    },
    /** Settles once the detector is here, after `arrived` has heard of it. */
    arrival,
    /** Sends for the detector: once because appointments were `found`, once as the page starts. */
    request(found: boolean) {
      const kind = found ? 'found' : 'early';
      if (factory || asked[kind]) return;
      asked[kind] = true;
      queue = queue
        .then(() => (factory ? undefined : pageMessages.send('detector:load', { found })))
        .catch((error: unknown) => console.error('[Videotime] detector', error));
    },
  };
}
