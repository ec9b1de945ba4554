/** Memory over an hour of a single-page timebook re-rendering, with the extension loaded. */
import type { BrowserContext } from '@playwright/test';
import { FLAG_ATTRIBUTE } from '../../utils/dom-marks';
import { generateRows } from './generate';

export interface Memory {
  heapKb: number;
  domNodes: number;
  listeners: number;
}

export const RERENDERS = 3_600;
// Long enough for the engine to have compiled what it will: the heap after it is the steady state.
export const WARM_UP = 1_200;

/**
 * An hour of a single-page timebook re-rendering once a second, run as fast as it goes: every
 * row replaced by a new one, the day switching between two versions of itself, and a new booking
 * every tenth time (a very busy day), so caches keyed by comment see new ones coming.
 */
export async function measureMemory(context: BrowserContext, url: string): Promise<{ warm: Memory; end: Memory }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  const days = [generateRows(200, 1).html, generateRows(200, 2).html];
  const rerender = (from: number, to: number) =>
    page.evaluate(
      async ({ days, from, to, flag }) => {
        const body = document.querySelector('tbody')!;
        for (let i = from; i < to; i++) {
          const booked = Math.floor(i / 10);
          body.innerHTML = `${days[i % 2]}<tr><td>15:55</td><td>Pasient ${booked}</td><td>Konsultasjon</td><td>ønsker video (${booked})</td></tr>`;
          // Our observer's turn, and the frame's.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (!body.lastElementChild!.matches(`[${flag}="video"]`)) throw new Error('the last row added was never flagged');
      },
      { days, from, to, flag: FLAG_ATTRIBUTE },
    );
  const sample = async (): Promise<Memory> => {
    // Run this fast, the re-renders leave the background a queue of messages to answer, whose
    // promises hold what they carry until answered: let it drain first.
    await page.waitForTimeout(3_000);
    // One collection leaves what finalizers and weak references free only on the next: the heap
    // read after one varied by a megabyte either way from run to run, after three it does not.
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
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


/** Top-to-bottom scrolls of the 20,000-row page for the scroll benchmark. */
export const SCROLLS = 10;

/**
 * Memory while a doctor scrolls a 20,000-row timebook top to bottom ten times: badges are built as
 * rows near the viewport and dropped far from it, so the heap and the badges in the page stay flat.
 */
export async function measureScrolling(context: BrowserContext, url: string): Promise<{ before: Memory; after: Memory; badges: number }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction((flag) => document.querySelectorAll(`[${flag}="video"]`).length > 0, FLAG_ATTRIBUTE, { timeout: 60_000 });
  const sample = async (): Promise<Memory> => {
    await page.waitForTimeout(1_000);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { heapKb: usedSize / 1024, domNodes: nodes, listeners: jsEventListeners };
  };
  // One scroll first, so what the engine compiles and caches once is in both samples.
  const scroll = (times: number) =>
    page.evaluate(async (times) => {
      // No named functions in here: the bundler would wrap them in a helper the page lacks.
      for (let time = 0; time < times; time++) {
        for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight * 2) {
          scrollTo(0, y);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
        scrollTo(0, 0);
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }, times);
  await scroll(1);
  const before = await sample();
  await scroll(SCROLLS);
  const after = await sample();
  const badges = await page.evaluate(() => document.querySelectorAll('[data-videotime-ui]').length);
  await page.close();
  return { before, after, badges };
}
