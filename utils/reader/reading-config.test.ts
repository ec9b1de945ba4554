import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTOR_SETTINGS } from '../detector/types';
import type { SiteProfile } from '../sites/profile';
import { readingChanges } from './reading-config';

const PAGE = 'https://timebok.example.no/dag';
const taught = (host: string): SiteProfile => ({ name: host, matches: [`*://${host}/*`], selectors: { appointment: 'li.booking' } });
const built = { profiles: [], detector: DEFAULT_DETECTOR_SETTINGS };

describe('readingChanges', () => {
  it('finds nothing changed in a config equal to what the first read used', () => {
    expect(readingChanges(PAGE, built, structuredClone({ ...built, profiles: [] }))).toEqual({ profile: false, detector: false });
  });

  it('ignores profiles taught for other sites', () => {
    expect(readingChanges(PAGE, built, { ...built, profiles: [taught('annen.example.no')] })).toEqual({ profile: false, detector: false });
  });

  it('sees this page’s own taught profile, added or changed', () => {
    const own = taught('timebok.example.no');
    expect(readingChanges(PAGE, built, { ...built, profiles: [own] }).profile).toBe(true);
    const moved = { ...own, selectors: { appointment: 'tr.booking' } };
    expect(readingChanges(PAGE, { ...built, profiles: [own] }, { ...built, profiles: [moved] }).profile).toBe(true);
  });

  it('sees the admin’s own words', () => {
    const detector = { ...DEFAULT_DETECTOR_SETTINGS, extraKeywords: { video: ['skjermtime'] } };
    expect(readingChanges(PAGE, built, { ...built, detector })).toEqual({ profile: false, detector: true });
  });
});
