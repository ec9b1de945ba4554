/**
 * Validation of booking sites and site profiles, where they are written: settings saved from the
 * options page, import, policy, and a profile taught with the picker.
 */
import * as z from 'zod/mini';
import type { MessageKey } from '../i18n';
import { isSitePattern, parseMatchPattern } from '../sites/match-pattern';
import type { ProfileSelectors, SiteProfile } from '../sites/profile';

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

/** The page side uses the plain types; the schema must produce exactly them. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<z.infer<typeof profileSelectorsSchema>, ProfileSelectors>;
true satisfies Same<z.infer<typeof siteProfileSchema>, SiteProfile>;
