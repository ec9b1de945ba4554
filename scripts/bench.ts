/**
 * Speed checks. Each entry in `benchmarks` is one named measurement with its own target; add a
 * section by appending an entry (browser benchmarks can live beside the detector one).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createDetector } from '../utils/detector';
import { E2E_EXTENSION_DIR, findChromium, launchWithExtension } from '../tests/support/browser';
import { startPageServer } from '../tests/support/server';

export interface Benchmark {
  name: string;
  /** How much of `unit` the measured part may take. */
  target: number;
  /** Milliseconds unless told. */
  unit?: string;
  /** Returns the measured amount; may print details of its own. */
  run: () => number | Promise<number>;
}

/** Small seeded generator (mulberry32), so every run classifies the same comments. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REASONS = [
  'fornye resept', 'sykmelding', 'vondt i ryggen', 'oppfølging blodtrykk', 'prøvesvar', 'hodepine',
  'utslett på armen', 'kontroll etter operasjon', 'søvnproblemer', 'angst og uro', 'feber og hoste',
  'henvisning til fysioterapeut', 'videre oppfølging diabetes', 'legeerklæring førerkort',
  'barn 4 år med øreverk', 'Vidar blir med', 'svimmelhet', 'blodprøver', 'gravid uke 12',
  'bivirkninger av ny medisin', 'Please provide prescription', 'individuell plan', 'vaksine',
  'ADHD-medisin, trenger ny resept og samtale om dosering etter endring forrige måned',
];
const WISHES = [
  'video', 'Video', 'VIDEO', 'ønsker video', 'videotime', 'Videokonsultasjon', 'på video', 'helst video',
  'via video', 'video/tlf', 'video eller telefon', 'vidoe', 'viedo', 'videokons', 'video-time',
  '(video)', '[video]', '#video', 'video!!', 'Vídeo', 'ＶＩＤＥＯ', 'vіdeо', 'V I D E O', 'video call',
  'telefon', 'tlf', 'ring meg', 'telefonkonsultasjon', 'phone call',
  'ikke video', 'ønsker ikke video', 'ingen video', 'kommer fysisk, ikke video', 'no video',
  'sendt videofil av utslett', 'så en video om kosthold', 'tlf 412 34 567',
];
const DECORATIONS = ['', '', '', '', ' 🙂', '!', '.', ' takk', ' 🙏🏼', '?'];

function generateComments(count: number, seed = 20240501): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const comments: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = next();
    const reason = pick(REASONS);
    const decoration = pick(DECORATIONS);
    if (roll < 0.05) comments.push('');
    else if (roll < 0.45) comments.push(reason + decoration);
    else if (roll < 0.75) comments.push(`${pick(WISHES)}, ${reason}${decoration}`);
    else comments.push(`${reason} - ${pick(WISHES)}${decoration}`);
  }
  return comments;
}

const COMMENTS = 100_000;
const RUNS = 5;

const detectorBench: Benchmark = {
  name: `detector: classify ${COMMENTS.toLocaleString('en')} comments, median of ${RUNS} runs`,
  target: 300,
  run() {
    const comments = generateComments(COMMENTS);
    const compileStart = performance.now();
    const detect = createDetector();
    const compileMs = performance.now() - compileStart;
    const times: number[] = [];
    const counts: Record<string, number> = {};
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      for (const comment of comments) {
        const { category } = detect({ comment });
        if (run === 0) counts[category] = (counts[category] ?? 0) + 1;
      }
      times.push(performance.now() - start);
    }
    console.log(`  compile ${compileMs.toFixed(1)} ms; first (cold) run ${(times[0] ?? 0).toFixed(1)} ms; labels ${JSON.stringify(counts)}`);
    return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
  },
};

// Browser section: the content script on generated timebooks in real Chromium, beside mark.js
// marking "video" on the same page without the extension (what highlighter extensions do).

const SIZES = [200, 2_000, 20_000];
const APPENDED = 500;
const BROWSER_RUNS = 5;
const VIDEO_WISHES = ['ønsker video', 'Video, takk', 'helst på video', 'kan vi ta det på video?', 'videokonsultasjon'];
const ROOT = resolve(import.meta.dirname, '..');

/** A day's rows, about one in ten asking for video, with the detector's own count of them. */
function generateRows(count: number, seed: number): { html: string; video: number } {
  const next = random(seed);
  const detect = createDetector();
  let video = 0;
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const minutes = 7 * 60 + ((i * 5) % (12 * 60));
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const reason = REASONS[Math.floor(next() * REASONS.length)]!;
    const comment = next() < 0.1 ? `${VIDEO_WISHES[Math.floor(next() * VIDEO_WISHES.length)]}, ${reason}` : reason;
    if (detect({ comment }).category === 'video') video++;
    rows.push(`<tr><td>${time}</td><td>Pasient ${seed}-${i}</td><td>Konsultasjon</td><td>${comment}</td></tr>`);
  }
  return { html: rows.join(''), video };
}

/**
 * Runs in the page: counts rows flagged video as the flags land, and keeps long tasks. Both
 * variants carry it, so the watching costs both the same.
 */
const INSTRUMENT = `window.__bench = (() => {
  const state = { dcl: 0, want: 0, start: 0, doneAt: 0, paintedAt: 0, flagged: new Set(), longTasks: [] };
  // Changing a big table costs the page a style and layout pass too: the next frame shows it.
  state.done = () => {
    state.doneAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => { state.paintedAt = performance.now(); }));
  };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) state.longTasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // From when DOMContentLoaded began, not when this listener ran: a content script's listener may run first.
  document.addEventListener('DOMContentLoaded', () => {
    state.dcl = state.start = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? performance.now();
  });
  new MutationObserver((records) => {
    for (const record of records) if (record.target.getAttribute('data-videotime') === 'video') state.flagged.add(record.target);
    if (state.want && !state.doneAt && state.flagged.size >= state.want) state.done();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-videotime'] });
  return state;
})();`;

const MARK_JS = readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

/** mark.js starts at DOMContentLoaded, the earliest a highlighter could; so does the content script. */
const MARK_ON_LOAD = `document.addEventListener('DOMContentLoaded', () => {
  new Mark(document.body).mark('video');
  window.__bench.done();
});`;

/** A timebook of these rows, with `head` in its head. */
function timebookHtml(rows: string, head: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Timebok</title>${head}</head><body>
<table><caption>Dr. Benk</caption><thead><tr><th>Tid</th><th>Pasient</th><th>Avtaletype</th><th>Merknad</th></tr></thead>
<tbody>${rows}</tbody></table></body></html>`;
}

/** The measured page: instrumented, and with mark.js marking or not. */
function pageHtml(rows: string, video: number, withMark: boolean): string {
  // Inline, as a page's own script: an external one would make the parser wait for it and then
  // parse the page in other chunks, which changes how the page lays itself out.
  const mark = withMark ? `<script>${MARK_JS}</script><script>${MARK_ON_LOAD}</script>` : '';
  return timebookHtml(rows, `<script>${INSTRUMENT} window.__bench.want = ${video};</script>${mark}`);
}

interface Measured {
  /**
   * From DOMContentLoaded until every video appointment is flagged (or marked); 0 when that was
   * done by then, as the parser added the rows.
   */
  loadMs: number;
  /** …and until the frame showing it. */
  loadPaintedMs: number;
  /**
   * Longest main-thread task of the whole load, the page's own layouts included, since flagging
   * may happen while the page is parsed; 0 when none reached 50 ms.
   */
  longestTaskMs: number;
  /** From appending the rows until their video ones are flagged (or marked). */
  appendMs: number;
  appendPaintedMs: number;
}

async function measure(page: Page, url: string, appended: { html: string; video: number }, withMark: boolean): Promise<Measured> {
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__bench.paintedAt > 0, null, { timeout: 120_000 });
  const [loadMs, loadPaintedMs] = await page.evaluate(() => {
    const state = (window as any).__bench;
    return [Math.max(0, state.doneAt - state.dcl), Math.max(0, state.paintedAt - state.dcl)];
  });
  await page.evaluate(
    ({ html, video, withMark }) => {
      const state = (window as any).__bench;
      const template = document.createElement('template');
      template.innerHTML = `<table><tbody>${html}</tbody></table>`;
      const rows = Array.from(template.content.querySelectorAll('tr'));
      state.want = state.flagged.size + video;
      state.doneAt = state.paintedAt = 0;
      state.start = performance.now();
      document.querySelector('tbody')!.append(...rows);
      if (withMark) {
        new (window as any).Mark(rows).mark('video');
        state.done();
      }
    },
    { ...appended, withMark },
  );
  await page.waitForFunction(() => (window as any).__bench.paintedAt > 0, null, { timeout: 60_000 });
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(200);
  const rest = await page.evaluate(() => {
    const state = (window as any).__bench;
    return {
      longestTaskMs: Math.max(0, ...(state.longTasks as [number, number][]).map(([, duration]) => duration)),
      appendMs: state.doneAt - state.start,
      appendPaintedMs: state.paintedAt - state.start,
    };
  });
  return { loadMs, loadPaintedMs, ...rest };
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function measureRuns(page: Page, url: string, appended: { html: string; video: number }, withMark: boolean): Promise<Measured> {
  const runs: Measured[] = [];
  for (let run = 0; run < BROWSER_RUNS; run++) runs.push(await measure(page, url, appended, withMark));
  const medianOf = (key: keyof Measured) => median(runs.map((run) => run[key]));
  return {
    loadMs: medianOf('loadMs'),
    loadPaintedMs: medianOf('loadPaintedMs'),
    longestTaskMs: medianOf('longestTaskMs'),
    appendMs: medianOf('appendMs'),
    appendPaintedMs: medianOf('appendPaintedMs'),
  };
}

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

interface Memory {
  heapKb: number;
  domNodes: number;
  listeners: number;
}

interface BrowserResults {
  rows: { size: number; video: number; ours: Measured; mark: Measured }[];
  /** The page after warming up with re-renders, and after all of them. */
  memory: { warm: Memory; end: Memory };
}

const RERENDERS = 3_600;
// Long enough for the engine to have compiled what it will: the heap after it is the steady state.
const WARM_UP = 1_200;

/**
 * An hour of a single-page timebook re-rendering once a second, run as fast as it goes: every
 * row replaced by a new one, the day switching between two versions of itself, and a new booking
 * every tenth time (a very busy day), so caches keyed by comment see new ones coming.
 */
async function measureMemory(context: BrowserContext, url: string): Promise<{ warm: Memory; end: Memory }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  const days = [generateRows(200, 1).html, generateRows(200, 2).html];
  const rerender = (from: number, to: number) =>
    page.evaluate(
      async ({ days, from, to }) => {
        const body = document.querySelector('tbody')!;
        for (let i = from; i < to; i++) {
          const booked = Math.floor(i / 10);
          body.innerHTML = `${days[i % 2]}<tr><td>15:55</td><td>Pasient ${booked}</td><td>Konsultasjon</td><td>ønsker video (${booked})</td></tr>`;
          // Our observer's turn, and the frame's.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (!body.lastElementChild!.matches('[data-videotime="video"]')) throw new Error('the last row added was never flagged');
      },
      { days, from, to },
    );
  const sample = async (): Promise<Memory> => {
    // Run this fast, the re-renders leave the background a queue of messages to answer, whose
    // promises hold what they carry until answered: let it drain first.
    await page.waitForTimeout(3_000);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { heapKb: usedSize / 1024, domNodes: nodes, listeners: jsEventListeners };
  };
  await rerender(0, WARM_UP);
  const warm = await sample();
  await rerender(WARM_UP, RERENDERS);
  const end = await sample();
  await page.close();
  return { warm, end };
}

async function runBrowserBench(): Promise<BrowserResults> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium for the browser benchmark (see README).');
  ensureE2eBuild();
  const dir = mkdtempSync(join(tmpdir(), 'videotime-bench-'));
  const server = await startPageServer(dir);
  let ours: BrowserContext | undefined;
  let plain: Browser | undefined;
  try {
    ours = (await launchWithExtension({ userDataDir: join(dir, 'profile'), headless: true })).context;
    // First, while no other page shares the renderer's heap. Without the instrument, which keeps
    // every row it saw flagged.
    writeFileSync(join(dir, 'memory.html'), timebookHtml(generateRows(200, 1).html, ''));
    const memory = await measureMemory(ours, `${server.url}memory.html`);
    plain = await chromium.launch({ executablePath, headless: true });
    const oursPage = await ours.newPage();
    const markPage = await plain.newPage();
    const rows: BrowserResults['rows'] = [];
    for (const size of SIZES) {
      const day = generateRows(size, size);
      const appended = generateRows(APPENDED, size + 1);
      writeFileSync(join(dir, `ours-${size}.html`), pageHtml(day.html, day.video, false));
      writeFileSync(join(dir, `mark-${size}.html`), pageHtml(day.html, day.video, true));
      rows.push({
        size,
        video: day.video,
        ours: await measureRuns(oursPage, `${server.url}ours-${size}.html`, appended, false),
        mark: await measureRuns(markPage, `${server.url}mark-${size}.html`, appended, true),
      });
    }
    return { rows, memory };
  } finally {
    await ours?.close();
    await plain?.close();
    await server.close();
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
  console.log(`  medians of ${BROWSER_RUNS} runs, from DOMContentLoaded or the append (0: flagged by DOMContentLoaded, as the`);
  console.log('  parser added the rows); (in brackets) until the next frame showed it; longest task: of the whole load,');
  console.log('  the page\'s own layouts included ("< 50 ms": none long); mark.js marks synchronously, with no observer delay');
  const { warm, end } = results.memory;
  const memory = ({ heapKb, domNodes, listeners }: Memory) => `heap ${heapKb.toFixed(0)} KB, ${domNodes} DOM nodes, ${listeners} listeners`;
  console.log(`  memory of a 200-row page after ${WARM_UP} re-renders: ${memory(warm)}; after ${RERENDERS.toLocaleString('en')}: ${memory(end)}`);
  return results;
}

const appendedBench: Benchmark = {
  name: `browser: ${APPENDED} appended rows flagged (slowest of ${SIZES.map((size) => size.toLocaleString('en')).join(', ')})`,
  target: 100,
  run: async () => Math.max(...(await browserBench()).rows.map(({ ours }) => ours.appendMs)),
};

const versusMarkBench: Benchmark = {
  name: 'browser: flagging a timebook, most milliseconds behind mark.js at any size (load or append)',
  target: 0,
  run: async () =>
    Math.max(...(await browserBench()).rows.flatMap(({ ours, mark }) => [ours.loadMs - mark.loadMs, ours.appendMs - mark.appendMs])),
};

/** Flat memory leaves only the collector's noise: a leak of one badge per re-render would be megabytes. */
const memoryBench: Benchmark = {
  name: `browser: heap growth over ${RERENDERS.toLocaleString('en')} re-renders of a 200-row timebook, after ${WARM_UP} to warm up`,
  target: 256,
  unit: 'KB',
  run: async () => {
    const { warm, end } = (await browserBench()).memory;
    return end.heapKb - warm.heapKb;
  },
};

export const benchmarks: Benchmark[] = [detectorBench, appendedBench, versusMarkBench, memoryBench];

async function main(): Promise<void> {
  let failed = false;
  for (const bench of benchmarks) {
    console.log(bench.name);
    const measured = await bench.run();
    const ok = measured <= bench.target;
    const unit = bench.unit ?? 'ms';
    failed ||= !ok;
    console.log(`  ${measured.toFixed(1)} ${unit} (target ≤ ${bench.target} ${unit}) ${ok ? 'OK' : 'MISSED'}`);
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
