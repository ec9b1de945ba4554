/**
 * CGM's patient portal. Browsers may report the Unicode host (besøklegen.no) in its
 * ASCII form, so both spellings are needed for the content script to run.
 */
export const BESOKLEGEN_MATCHES = [
  'https://besoklegen.no/*',
  'https://*.besoklegen.no/*',
  'https://xn--besklegen-n8a.no/*',
  'https://*.xn--besklegen-n8a.no/*',
];
