/**
 * npm run size: the gzipped size of every script a booking page loads, from a fresh production
 * build. Every page of a booking site loads them, so they have a budget; `npm test` runs this and
 * fails above it. Scripts the background injects only where they are needed are listed apart.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 15;
const OUTPUT = resolve(import.meta.dirname, '../.output/chrome-mv3');
/** Injected by the background into the pages that need them, and when. */
const ON_DEMAND = [
  // Registered, once a page of a site showed appointments, to come with that site's pages for the
  // rest of the browser session: on a timebook site it loads with most pages, beside timebook.js.
  ['detector.js', 'a site’s pages, once one showed appointments'],
  ['teaching.js', 'when staff teach a page'],
];

execFileSync('npx', ['wxt', 'build'], { cwd: resolve(import.meta.dirname, '..'), stdio: 'pipe' });
const manifest = JSON.parse(readFileSync(resolve(OUTPUT, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
const everyPage = [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []))];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function sizes(file: string) {
  const code = readFileSync(resolve(OUTPUT, file));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

let total = 0;
console.log('Loaded by every page of a booking site:');
for (const file of everyPage) {
  const { raw, gzip } = sizes(file);
  total += gzip;
  console.log(`  ${file.padEnd(20)} ${kb(raw).padStart(9)}  ${kb(gzip).padStart(8)} gzipped`);
}
console.log(`  ${'total'.padEnd(20)} ${''.padStart(9)}  ${kb(total).padStart(8)} gzipped (budget ${BUDGET_KB} KB)`);
console.log('Injected only where needed:');
for (const [file, where] of ON_DEMAND) {
  const { raw, gzip } = sizes(file!);
  console.log(`  ${file!.padEnd(20)} ${kb(raw).padStart(9)}  ${kb(gzip).padStart(8)} gzipped  (${where})`);
}
if (total > BUDGET_KB * 1024) {
  console.error(`Over budget: the page-side scripts are ${kb(total)} gzipped, ${BUDGET_KB} KB at most.`);
  process.exitCode = 1;
}
