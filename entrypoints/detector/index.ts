/**
 * The comment detector, on its own: the largest part of reading a timebook, which only pages
 * with appointments need. The timebook script asks the background to inject it the first time it
 * finds one (entrypoints/timebook/detector-loader.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createDetector } from '../../utils/detector';
import { DETECTOR_HANDOVER, type HandoverWorld } from '../../utils/detector/handover';

export default defineUnlistedScript(() => {
  (globalThis as HandoverWorld)[DETECTOR_HANDOVER]?.(createDetector);
});
