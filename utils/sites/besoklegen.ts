import type { SiteProfile } from './profile';

/**
 * besoklegen.no, CGM's patient portal, where most of our clinics' patients book.
 *
 * Implementation notes:
 * - Browsers may report the Unicode host (besøklegen.no) in its ASCII form, so both spellings are
 *   matched, each with its subdomains (clinics get their own).
 * - We do not know the staff-side markup yet: no selectors, so the generic reader handles it until
 *   someone teaches it, and a taught profile for the host wins over this one.
 */
export const besoklegen = {
  name: 'Besøklegen',
  matches: ['https://besoklegen.no/*', 'https://*.besoklegen.no/*', 'https://xn--besklegen-n8a.no/*', 'https://*.xn--besklegen-n8a.no/*'],
} satisfies SiteProfile;
