import type { createDetector } from './detector';

export type DetectorFactory = typeof createDetector;

/**
 * Where the detector script hands itself to the timebook script: symbols in the extension's
 * isolated world, which both share and the page cannot see. The timebook script listens on the
 * first; a detector that came with the page before it leaves its factory on the second.
 */
export const DETECTOR_HANDOVER = Symbol.for('videotime.detector');
export const DETECTOR_PARKED = Symbol.for('videotime.detector.parked');

export type HandoverWorld = {
  [DETECTOR_HANDOVER]?: (factory: DetectorFactory) => void;
  [DETECTOR_PARKED]?: DetectorFactory;
};
