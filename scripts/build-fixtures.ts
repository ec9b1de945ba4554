/**
 * Builds the test pages that need real third-party code: the FullCalendar timebook from the
 * published @fullcalendar packages, so the e2e tests meet the markup clinics really run.
 * Output goes to tests/fixtures/built/ (gitignored), served with the other fixtures.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

export async function buildFixtures(): Promise<void> {
  await build({
    entryPoints: { fullcalendar: resolve(FIXTURES, 'fullcalendar/calendar.ts') },
    outdir: resolve(FIXTURES, 'built'),
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildFixtures();
