import type { SiteProfile } from './profile';

/**
 * The bundled demo timebook (tests/pages/demo-timebook.html), served from loopback by
 * `npm run demo` and the e2e tests; only the e2e build runs on loopback at all.
 *
 * Implementation notes:
 * - It is read with selectors rather than the generic reader, so the demo also shows a taught
 *   profile at work.
 */
export const demoTimebook = {
  name: 'Videotime demo',
  matches: ['*://127.0.0.1/*demo-timebook*', '*://localhost/*demo-timebook*'],
  selectors: {
    appointment: 'table.timebok > tbody > tr',
    time: 'td.tid',
    patient: 'td.pasient',
    comment: 'td.merknad',
    type: 'td.type',
  },
} satisfies SiteProfile;
