/**
 * The comment detector, on its own: the largest part of reading a timebook, which only pages
 * with appointments need. The timebook script asks the background to inject it the first time it
 * finds one (entrypoints/timebook/detector-loader.ts); from then on it comes with the site's pages
 * (entrypoints/background/detector.ts), maybe before the timebook script.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createDetector } from '../../utils/detector';
import { DETECTOR_HANDOVER, DETECTOR_PARKED, type HandoverWorld } from '../../utils/detector/handover';
import { buildOnFirstUse } from '../../utils/detector/lazy';
import { memoized } from '../../utils/detector/memo';

export default defineUnlistedScript(() => {
  const world = globalThis as HandoverWorld;
  // Each detector remembers its decisions: a timebook re-read after every re-render judges a
  // comment once. The memory comes with the detector, not with every page of the site.
  const factory = buildOnFirstUse((settings) => memoized(createDetector(settings)));
  const handOver = world[DETECTOR_HANDOVER];
  if (handOver) handOver(factory);
  else world[DETECTOR_PARKED] = factory;
});
