import { expect, test } from './fixtures';

interface Sample {
  redraws: number;
  expected: number;
  hosts: number;
  duplicates: number;
  strays: number;
}

declare global {
  interface Window {
    redraws: number;
    expectedVideo: number;
    redrawnAt: number;
    samples: Sample[];
    sampled: boolean;
  }
}

test('a page that redraws all its rows every second keeps exactly one badge per video appointment', async ({ page }) => {
  await page.goto('rerender.html');
  // Sample every frame in the page itself, so no state between two samples goes unseen for long.
  await page.evaluate(() => {
    window.samples = [];
    const sample = () => {
      const rows = Array.from(document.querySelectorAll('tbody tr'));
      const hostsIn = rows.map((row) => row.querySelectorAll('[data-videotime-ui]').length);
      window.samples.push({
        redraws: window.redraws,
        expected: window.expectedVideo,
        hosts: document.querySelectorAll('[data-videotime-ui]').length,
        duplicates: hostsIn.filter((count) => count > 1).length,
        strays: rows.filter((row, i) => hostsIn[i]! > 0 && row.getAttribute('data-videotime') !== 'video').length,
      });
      // Until half a second after the last redraw.
      if (window.redraws < 10 || performance.now() - window.redrawnAt < 500) requestAnimationFrame(sample);
      else window.sampled = true;
    };
    requestAnimationFrame(sample);
  });
  await page.waitForFunction(() => window.sampled, undefined, { timeout: 15_000 });
  await expect(page.locator('[data-videotime="video"] [data-videotime-ui]')).toHaveCount(await page.evaluate(() => window.expectedVideo));

  const samples = await page.evaluate(() => window.samples);
  expect(samples.length).toBeGreaterThan(100);
  // Never two badges in a row, never a badge on a row that is not video, never more badges than video rows…
  expect(samples.filter((s) => s.duplicates || s.strays || s.hosts > s.expected)).toEqual([]);
  // …and every redraw is fully flagged again before the next one. (How fast is for npm run bench.)
  for (let redraw = 0; redraw <= 10; redraw++) {
    expect(samples.some((s) => s.redraws === redraw && s.hosts === s.expected), `redraw ${redraw}`).toBe(true);
  }
});
