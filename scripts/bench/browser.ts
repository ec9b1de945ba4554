/**
 * The content script in real Chromium on generated timebooks of 200 to 20,000 appointments, beside
 * mark.js marking "video" on the same page without the extension (what highlighter extensions do),
 * and memory over an hour of re-renders. One Chromium session serves every benchmark here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { E2E_EXTENSION_DIR, findChromium, launchWithExtension } from '../../tests/support/browser';
import { startPageServer } from '../../tests/support/server';
import type { Benchmark } from './benchmark';
import { launchFloor } from './floor';
import { generateRows, timebookHtml } from './generate';
import { measureInTurns, runsAt, type Measured } from './measure-load';
import { measureMemory, measureScrolling, RERENDERS, SCROLLS, WARM_UP, type Memory } from './memory';
import { pageHtml } from './page-instrument';

const SIZES = [200, 2_000, 20_000];
const APPENDED = 500;
/** Loopback, but not 127.0.0.1 or localhost, where the e2e build runs. */
const UNMATCHED_LOOPBACK = '127.0.0.2';
const ROOT = resolve(import.meta.dirname, '../..');

/** The e2e build must hold the code being measured: rebuilt when any source is newer. */
function ensureE2eBuild(): void {
  const manifest = resolve(E2E_EXTENSION_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const newest = (path: string): number => {
    const stats = statSync(path);
    if (!stats.isDirectory()) return stats.mtimeMs;
    return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  const sources = ['entrypoints', 'utils', 'components', 'public', 'wxt.config.ts', 'package.json'].map((path) => resolve(ROOT, path));
  if (sources.some((path) => existsSync(path) && newest(path) > builtAt)) {
    console.log('  building the e2e extension (sources changed)…');
    // Quiet unless it fails: a failed build's error carries its output.
    execFileSync('npm', ['run', '--silent', 'build:e2e'], { cwd: ROOT, stdio: 'pipe' });
  }
}

interface BrowserResults {
  /**
   * Each size loaded with the extension, with mark.js and with an attribute-only flagger (both
   * without it); and with the floor (floor.ts), beside mark.js's page in the floor's own browser.
   */
  rows: { size: number; video: number; ours: Measured; mark: Measured; attributes: Measured; floor: Measured; floorWithout: Measured }[];
  /** The page after warming up with re-renders, and after all of them. */
  memory: { warm: Memory; end: Memory };
  /** The largest page before and after scrolling it top to bottom, and the badges left in it. */
  scrolling: { before: Memory; after: Memory; badges: number };
}

async function runBrowserBench(): Promise<BrowserResults> {
  if (!findChromium()) throw new Error('No Chromium for the browser benchmark (see README).');
  ensureE2eBuild();
  const dir = mkdtempSync(join(tmpdir(), 'videotime-bench-'));
  const server = await startPageServer(dir);
  const withoutUs = await startPageServer(dir, UNMATCHED_LOOPBACK);
  let ours: BrowserContext | undefined;
  let floor: BrowserContext | undefined;
  try {
    ours = (await launchWithExtension({ userDataDir: join(dir, 'profile'), headless: true })).context;
    // First, while no other page shares the renderer's heap. Without the instrument, which keeps
    // every row it saw flagged.
    writeFileSync(join(dir, 'memory.html'), timebookHtml(generateRows(200, 1).html, ''));
    const memory = await measureMemory(ours, `${server.url}memory.html`);
    const largest = SIZES.at(-1)!;
    writeFileSync(join(dir, 'scrolling.html'), timebookHtml(generateRows(largest, largest).html, ''));
    const scrolling = await measureScrolling(ours, `${server.url}scrolling.html`);
    const oursPage = await ours.newPage();
    // The pages without Videotime load in the same browser, from a loopback address the e2e build
    // does not run on: a second browser would differ in more than the extension.
    const markPage = await ours.newPage();
    floor = await launchFloor(join(dir, 'floor'), server.url);
    const floorPage = await floor.newPage();
    const floorWithoutPage = await floor.newPage();
    const rows: BrowserResults['rows'] = [];
    for (const size of SIZES) {
      const day = generateRows(size, size);
      const appended = generateRows(APPENDED, size + 1);
      for (const flagger of ['extension', 'mark', 'attributes'] as const) {
        writeFileSync(join(dir, `${flagger}-${size}.html`), pageHtml(day.html, day.video, flagger));
      }
      const [extension, mark, attributes, floorRun, floorWithout] = await measureInTurns(
        [
          ...(['extension', 'mark', 'attributes'] as const).map((flagger) => ({
            page: flagger === 'extension' ? oursPage : markPage,
            url: `${flagger === 'extension' ? server.url : withoutUs.url}${flagger}-${size}.html`,
            flagger,
          })),
          // The floor extension flags the page Videotime is measured on; Videotime is not in its browser.
          { page: floorPage, url: `${server.url}extension-${size}.html`, flagger: 'extension' },
          { page: floorWithoutPage, url: `${withoutUs.url}mark-${size}.html`, flagger: 'mark' },
        ],
        appended,
        runsAt(size),
      );
      rows.push({ size, video: day.video, ours: extension!, mark: mark!, attributes: attributes!, floor: floorRun!, floorWithout: floorWithout! });
    }
    return { rows, memory, scrolling };
  } finally {
    await ours?.close();
    await floor?.close();
    await server.close();
    await withoutUs.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

let browserResults: Promise<BrowserResults> | undefined;
/** One Chromium session serves every browser benchmark below. */
const browserBench = () => (browserResults ??= runBrowserBench().then(printBrowserTable));

function printBrowserTable(results: BrowserResults): BrowserResults {
  const long = (value: number) => (value ? `${value.toFixed(0)} ms` : '< 50 ms');
  const pair = (done: number, painted: number) => `${done.toFixed(0)} (${painted.toFixed(0)}) ms`;
  const header = ['appointments', 'video', 'Videotime: flagged', 'longest task', `${APPENDED} appended`, 'mark.js: marked', 'longest task', `${APPENDED} appended`];
  const lines = results.rows.map(({ size, video, ours, mark }) => [
    size.toLocaleString('en'),
    String(video),
    ...[ours, mark].flatMap((run) => [pair(run.loadMs, run.loadPaintedMs), long(run.longestTaskMs), pair(run.appendMs, run.appendPaintedMs)]),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => `  | ${cells.map((cell, i) => cell.padStart(widths[i]!)).join(' | ')} |`;
  console.log(format(header));
  console.log(`  |${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
  console.log(`  medians of ${SIZES.map(runsAt).join(', ')} runs, from DOMContentLoaded or the append (0: flagged by DOMContentLoaded, as the`);
  console.log('  parser added the rows); (in brackets) until the next frame showed it; longest task: of the whole load,');
  console.log('  the page\'s own layouts included ("< 50 ms": none long); mark.js marks synchronously, with no observer delay');
  console.log('  | appointments | DOMContentLoaded: Videotime / without | first flag (mark.js: all) | longest task: Videotime / attribute-only flagger |');
  for (const { size, ours, mark, attributes } of results.rows) {
    console.log(
      `  | ${size.toLocaleString('en')} | ${ours.dclMs.toFixed(0)} / ${mark.dclMs.toFixed(0)} ms (${(ours.dclMs / mark.dclMs).toFixed(2)}×) | ` +
        `${ours.firstMs.toFixed(0)} (${mark.loadMs.toFixed(0)}) ms | ${long(ours.longestTaskMs)} / ${long(attributes.longestTaskMs)} |`,
    );
  }
  console.log('  the floor: a content script at document_start that only flags (scripts/bench/floor.ts), in a browser of its own');
  console.log('  | appointments | DOMContentLoaded: floor / without | longest task: floor |');
  for (const { size, floor, floorWithout } of results.rows) {
    console.log(`  | ${size.toLocaleString('en')} | ${floor.dclMs.toFixed(0)} / ${floorWithout.dclMs.toFixed(0)} ms (${(floor.dclMs / floorWithout.dclMs).toFixed(2)}×) | ${long(floor.longestTaskMs)} |`);
  }
  const { warm, end } = results.memory;
  const memory = ({ heapKb, domNodes, listeners }: Memory) => `heap ${heapKb.toFixed(0)} KB, ${domNodes} DOM nodes, ${listeners} listeners`;
  console.log(`  memory of a 200-row page after ${WARM_UP} re-renders: ${memory(warm)}; after ${RERENDERS.toLocaleString('en')}: ${memory(end)}`);
  const { before, after, badges } = results.scrolling;
  console.log(`  ${SIZES.at(-1)!.toLocaleString('en')} rows before ${SCROLLS} scrolls top to bottom: ${memory(before)}; after: ${memory(after)}; ${badges} badges in the page`);
  return results;
}

export const appendedBench: Benchmark = {
  name: `browser: ${APPENDED} appended rows flagged (slowest of ${SIZES.map((size) => size.toLocaleString('en')).join(', ')})`,
  target: 100,
  run: async () => Math.max(...(await browserBench()).rows.map(({ ours }) => ours.appendMs)),
};

export const versusMarkBench: Benchmark = {
  name: 'browser: flagging a timebook, most milliseconds behind mark.js at any size (load or append)',
  target: 0,
  run: async () =>
    Math.max(...(await browserBench()).rows.flatMap(({ ours, mark }) => [ours.loadMs - mark.loadMs, ours.appendMs - mark.appendMs])),
};

export const dclBench: Benchmark = {
  name: 'browser: DOMContentLoaded with Videotime over without it, worst of any size',
  target: 1.1,
  unit: '×',
  run: async () => Math.max(...(await browserBench()).rows.map(({ ours, mark }) => ours.dclMs / mark.dclMs)),
};

export const firstFlagBench: Benchmark = {
  name: 'browser: first video appointment flagged, ms after mark.js has marked the page, worst of any size',
  target: 0,
  run: async () => Math.max(...(await browserBench()).rows.map(({ ours, mark }) => ours.firstMs - mark.loadMs)),
};

export const longestTaskBench: Benchmark = {
  name: 'browser: longest task over an attribute-only one-pass flagger’s, worst of any size',
  target: 50,
  run: async () => Math.max(...(await browserBench()).rows.map(({ ours, attributes }) => ours.longestTaskMs - attributes.longestTaskMs)),
};

export const scrollMemoryBench: Benchmark = {
  name: `browser: heap growth over ${SCROLLS} top-to-bottom scrolls of ${SIZES.at(-1)!.toLocaleString('en')} rows`,
  target: 1024,
  unit: 'KB',
  run: async () => {
    const { before, after } = (await browserBench()).scrolling;
    return after.heapKb - before.heapKb;
  },
};

/** Flat memory leaves only the collector's noise: a leak of one badge per re-render would be megabytes. */
export const memoryBench: Benchmark = {
  name: `browser: heap growth over ${RERENDERS.toLocaleString('en')} re-renders of a 200-row timebook, after ${WARM_UP} to warm up`,
  target: 256,
  unit: 'KB',
  run: async () => {
    const { warm, end } = (await browserBench()).memory;
    return end.heapKb - warm.heapKb;
  },
};
