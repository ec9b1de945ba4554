export type * from './types';
export { createDetector } from './detector';
export { detectorSettingsSchema } from './settings';
