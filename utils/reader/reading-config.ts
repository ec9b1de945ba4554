import type { DetectorSettings } from '../detector/types';
import { profileFor, type SiteProfile } from '../sites/profile';

/** What of the page config a page's reading depends on. */
export interface ReadingConfig {
  profiles: readonly SiteProfile[];
  detector: DetectorSettings;
}

/**
 * What a new config changes in how this page is read: the profile it is read with, or the
 * detector's words. Profiles the admin taught other sites change nothing here, nor do the
 * language or fee codes, which only re-render badges.
 */
export function readingChanges(url: string, before: ReadingConfig, after: ReadingConfig): { profile: boolean; detector: boolean } {
  return {
    profile: JSON.stringify(profileFor(url, before.profiles)) !== JSON.stringify(profileFor(url, after.profiles)),
    detector: JSON.stringify(before.detector) !== JSON.stringify(after.detector),
  };
}
