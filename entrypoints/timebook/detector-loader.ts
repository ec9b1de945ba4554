import { DETECTOR_HANDOVER, type DetectorFactory, type HandoverWorld } from '../../utils/detector/handover';
import { pageMessages } from '../../utils/messaging/page';

/**
 * Gets the detector into this page once, when the first appointment is found: pages without a
 * timebook never load it. The background injects the detector script, which hands its factory
 * over through the isolated world the two scripts share.
 */
export function createDetectorLoader() {
  let factory: DetectorFactory | undefined;
  let loading: Promise<DetectorFactory> | undefined;
  return {
    /** The factory, once the detector script has run. */
    get factory() {
      return factory;
    },
    load(): Promise<DetectorFactory> {
      loading ??= new Promise<DetectorFactory>((resolve, reject) => {
        (globalThis as HandoverWorld)[DETECTOR_HANDOVER] = (made) => resolve((factory = made));
        pageMessages.send('detector:load', {}).catch(reject);
      });
      return loading;
    },
  };
}
