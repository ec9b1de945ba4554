import { besoklegen } from './besoklegen';
import { demoTimebook } from './demo-timebook';
import { matchesUrl } from './match-pattern';

/** Where a taught page keeps the parts of an appointment; each is a CSS selector. */
export interface ProfileSelectors {
  /** Each match is one appointment's own element. */
  appointment: string;
  time?: string;
  patient?: string;
  comment?: string;
  type?: string;
  practitioner?: string;
}

/**
 * How to read one booking site. Plain data, so the page side can look one up without the
 * validation that guards where profiles are written (utils/settings/site-schema.ts).
 */
export interface SiteProfile {
  name: string;
  /** Match patterns of the pages it applies to. */
  matches: string[];
  /** Without selectors the generic reader works out the page by itself. */
  selectors?: ProfileSelectors;
}

/**
 * One file per site, each with its match patterns and notes on the site's quirks. The demo's only
 * in the e2e build (the demo and the tests use it), the only one that runs on loopback.
 */
export const BUILT_IN_PROFILES: readonly SiteProfile[] = import.meta.env.MODE === 'e2e' ? [demoTimebook, besoklegen] : [besoklegen];

/** The admin's own profiles win over the built-in ones; the first whose patterns match applies. */
export function profileFor(url: string, own: readonly SiteProfile[]): SiteProfile | undefined {
  return [...own, ...BUILT_IN_PROFILES].find((profile) => profile.matches.some((p) => matchesUrl(p, url)));
}

/** The profile a page taught with the picker gets: its own host's, whatever the page claims. */
export function taughtProfile(pageUrl: string, selectors: ProfileSelectors): SiteProfile | undefined {
  let host: string;
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    return undefined;
  }
  return host ? { name: host, matches: [`*://${host}/*`], selectors } : undefined;
}
