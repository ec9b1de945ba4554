/** Loading a measured page, and appending rows to it: how soon flags land, and the longest task. */
import type { Page } from '@playwright/test';
import { FLAG_ATTRIBUTE } from '../../utils/dom-marks';
import type { Flagger } from './page-instrument';

/**
 * Runs of a size, of which the median counts. A small page loads in 30 to 270 ms here from one
 * load to the next (two cores, a browser's processes and the page server sharing them): only the
 * median of many tells 5 % apart. A 20,000-row page takes seconds a load, and varies less.
 */
export const runsAt = (size: number) => (size >= 20_000 ? 7 : 21);

export interface Measured {
  /** When DOMContentLoaded began, from the navigation's start: how long the page took to be usable. */
  dclMs: number;
  /** From DOMContentLoaded until the first video appointment was flagged (0: before it). */
  firstMs: number;
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

async function measure(page: Page, url: string, appended: { html: string; video: number }, flagger: Flagger): Promise<Measured> {
  // In the tab in front, as staff load a timebook. Each contender has a tab of its own, and a tab
  // behind another loads later: with no extension at all, a page in the first tab opened reached
  // DOMContentLoaded 10–50 % after the same page in the second.
  await page.bringToFront();
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__bench.paintedAt > 0, null, { timeout: 120_000 });
  if (flagger !== 'extension' && (await page.locator('[data-videotime-ui]').count())) {
    throw new Error(`Videotime badged ${url}, a page measured without it`);
  }
  const [dclMs, firstMs, loadMs, loadPaintedMs] = await page.evaluate(() => {
    const state = (window as any).__bench;
    return [state.dcl, Math.max(0, state.firstAt - state.dcl), Math.max(0, state.doneAt - state.dcl), Math.max(0, state.paintedAt - state.dcl)];
  });
  await page.evaluate(
    ({ html, video, flagger, flag }) => {
      const state = (window as any).__bench;
      const template = document.createElement('template');
      template.innerHTML = `<table><tbody>${html}</tbody></table>`;
      const rows = Array.from(template.content.querySelectorAll('tr'));
      state.want = state.flagged.size + video;
      state.doneAt = state.paintedAt = 0;
      state.start = performance.now();
      document.querySelector('tbody')!.append(...rows);
      if (flagger === 'mark') {
        new (window as any).Mark(rows).mark('video');
        state.done();
      } else if (flagger === 'attributes') {
        for (const row of rows) if (/video/i.test(row.lastElementChild!.textContent!)) row.setAttribute(flag, 'video');
      }
    },
    { ...appended, flagger, flag: FLAG_ATTRIBUTE },
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
  return { dclMs, firstMs, loadMs, loadPaintedMs, ...rest };
}

export const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** A page to load, and who flags it. */
export interface Contender {
  page: Page;
  url: string;
  flagger: Flagger;
}

/**
 * The medians of each contender's runs, taken in turns (one load of each, then again): a machine
 * that slows down for a while slows all of them alike, where runs taken in blocks would compare a
 * busy moment with a quiet one.
 */
export async function measureInTurns(contenders: Contender[], appended: { html: string; video: number }, runCount: number): Promise<Measured[]> {
  const runs: Measured[][] = contenders.map(() => []);
  for (let run = 0; run < runCount; run++) {
    for (const [i, { page, url, flagger }] of contenders.entries()) runs[i]!.push(await measure(page, url, appended, flagger));
  }
  return runs.map((each) => {
    const medianOf = (key: keyof Measured) => median(each.map((run) => run[key]));
    return {
      dclMs: medianOf('dclMs'),
      firstMs: medianOf('firstMs'),
      loadMs: medianOf('loadMs'),
      loadPaintedMs: medianOf('loadPaintedMs'),
      longestTaskMs: medianOf('longestTaskMs'),
      appendMs: medianOf('appendMs'),
      appendPaintedMs: medianOf('appendPaintedMs'),
    };
  });
}
