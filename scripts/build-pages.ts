/**
 * Builds the test pages that need real third-party code: the FullCalendar, EventCalendar, TOAST UI
 * and DayPilot timebooks from their published packages, so the e2e tests meet the markup clinics
 * really run.
 * Output goes to tests/pages/built/ (gitignored), served with the other test pages.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const PAGES = resolve(import.meta.dirname, '../tests/pages');

export async function buildPages(): Promise<void> {
  await build({
    entryPoints: {
      fullcalendar: resolve(PAGES, 'fullcalendar/calendar.ts'),
      'event-calendar': resolve(PAGES, 'calendars/event-calendar.ts'),
      'toast-ui': resolve(PAGES, 'calendars/toast-ui.ts'),
      daypilot: resolve(PAGES, 'calendars/daypilot.ts'),
    },
    outdir: resolve(PAGES, 'built'),
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildPages();
