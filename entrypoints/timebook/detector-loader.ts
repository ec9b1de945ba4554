import { DETECTOR_HANDOVER, DETECTOR_PARKED, type DetectorFactory, type HandoverWorld } from '../../utils/detector/handover';
import { pageMessages } from '../../utils/messaging/page';

/**
 * Gets the detector into this page when it is needed: on a site that showed appointments earlier
 * this session it came with the page (the background registered it), maybe before this script;
 * elsewhere the first read that finds appointments sends for it. The detector script hands its
 * factory over through the isolated world the two scripts share; `arrived` hears of it once, never
 * before the caller has set itself up.
 */
export function createDetectorLoader(arrived: (factory: DetectorFactory) => void) {
  const world = globalThis as HandoverWorld;
  let factory: DetectorFactory | undefined;
  let announce: () => void = () => undefined;
  const arrival = new Promise<void>((resolve) => (announce = resolve));
  const receive = (made: DetectorFactory) => {
    if (factory) return;
    factory = made;
    arrived(made);
    announce();
  };
  world[DETECTOR_HANDOVER] = receive;
  const parked = world[DETECTOR_PARKED];
  if (parked) queueMicrotask(() => receive(parked));
  let requested = false;
  return {
    /** The factory, once the detector script has run. */
    get factory() {
      return factory;
    },
    /** Settles once the detector is here, after `arrived` has heard of it. */
    arrival,
    /** Sends for the detector, once. */
    request() {
      if (factory || requested) return;
      requested = true;
      pageMessages.send('detector:load', {}).catch((error: unknown) => console.error('[Videotime] detector', error));
    },
  };
}
