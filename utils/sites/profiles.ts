import * as z from 'zod/mini';
import type { MessageKey } from '../i18n';
import { isSitePattern, matchesUrl, parseMatchPattern } from './match-pattern';
import { BESOKLEGEN_MATCHES } from './besoklegen';

const message = (key: MessageKey) => ({ error: key });

/**
 * Selector syntax is checked where a DOM exists (options page, content script); the background
 * service worker has none, and the content script guards every query anyway.
 */
function parsesAsSelector(selector: string): boolean {
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const selector = z.string().check(
  z.trim(),
  z.minLength(1, message('errorSelectorRequired')),
  z.maxLength(500, message('errorTooLong')),
  z.refine(parsesAsSelector, message('errorSelectorInvalid')),
);

const pattern = z.string().check(
  z.trim(),
  z.refine((value) => parseMatchPattern(value) !== null, message('errorMatchPatternInvalid')),
);

/** A booking site the extension may run on; it gets host access, so it must name its hosts. */
export const sitePatternSchema = pattern.check(z.refine(isSitePattern, message('errorSitePatternTooBroad')));

export const profileSelectorsSchema = z.strictObject({
  appointment: selector,
  time: z.optional(selector),
  patient: z.optional(selector),
  comment: z.optional(selector),
  type: z.optional(selector),
  practitioner: z.optional(selector),
});

export const siteProfileSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, message('errorProfileNameRequired')), z.maxLength(120, message('errorTooLong'))),
  matches: z.array(pattern).check(z.minLength(1, message('errorMatchPatternRequired')), z.maxLength(50, message('errorTooMany'))),
  /** Without selectors the generic reader works out the page by itself. */
  selectors: z.optional(profileSelectorsSchema),
});

export type ProfileSelectors = z.infer<typeof profileSelectorsSchema>;
export type SiteProfile = z.infer<typeof siteProfileSchema>;

export const BUILT_IN_PROFILES: readonly SiteProfile[] = [
  {
    name: 'Videotime demo',
    matches: ['*://127.0.0.1/*demo-timebook*', '*://localhost/*demo-timebook*'],
    selectors: {
      appointment: 'table.timebok > tbody > tr',
      time: 'td.tid',
      patient: 'td.pasient',
      comment: 'td.merknad',
      type: 'td.type',
    },
  },
  // We do not know CGM's markup yet: the generic reader handles it until someone teaches it.
  { name: 'Besøklegen', matches: BESOKLEGEN_MATCHES },
];

/** The admin's own profiles win over the built-in ones; the first whose patterns match applies. */
export function profileFor(url: string, own: readonly SiteProfile[]): SiteProfile | undefined {
  return [...own, ...BUILT_IN_PROFILES].find((profile) => profile.matches.some((p) => matchesUrl(p, url)));
}
