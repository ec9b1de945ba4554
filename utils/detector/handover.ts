import type { createDetector } from './detector';

export type DetectorFactory = typeof createDetector;

/**
 * Where the detector script hands itself to the timebook script: a symbol in the extension's
 * isolated world, which both share and the page cannot see.
 */
export const DETECTOR_HANDOVER = Symbol.for('videotime.detector');

export type HandoverWorld = { [DETECTOR_HANDOVER]?: (factory: DetectorFactory) => void };
