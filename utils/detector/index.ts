export type * from './types';
export { createDetector } from './detector';
export { DEFAULT_DETECTOR_SETTINGS } from './types';
