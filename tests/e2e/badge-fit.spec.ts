import { chromium, type Frame, type Page } from '@playwright/test';
import { findChromium } from '../support/browser';
import { expect, test } from './harness';

/**
 * The badge fits every timebook: a compact chip that never moves the page's boxes, floats over
 * appointments too small for it, can always be hit, and opens its card from the keyboard.
 */

/** Each appointment's box by its id (data-appt, or the row's patient), rounded to whole pixels. */
async function boxes(page: Page, selector: string): Promise<Record<string, number[]>> {
  return page.locator(selector).evaluateAll((elements) =>
    Object.fromEntries(
      elements.map((element, i) => {
        const { left, top, width, height } = element.getBoundingClientRect();
        const id = element.getAttribute('data-appt') ?? element.querySelector('.pasient')?.textContent ?? String(i);
        return [id, [left, top + scrollY, width, height].map(Math.round)];
      }),
    ),
  );
}

/** Every visible join control: its size, and whether a hit test at its middle finds it, through our shadow root. */
async function joinControls(page: Page) {
  return page.locator('[data-videotime="video"]').evaluateAll((elements) =>
    elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return [];
      const hosts = element.querySelectorAll('[data-videotime-ui]');
      const chip = hosts[0]?.shadowRoot?.querySelector<HTMLElement>('.chip.join');
      if (!chip) return [{ id: element.getAttribute('data-appt'), hosts: hosts.length, width: 0, height: 0, hit: false }];
      const at = chip.getBoundingClientRect();
      const hit = hosts[0]!.shadowRoot!.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2);
      return [{ id: element.getAttribute('data-appt'), hosts: hosts.length, width: at.width, height: at.height, hit: !!hit && chip.contains(hit) }];
    }),
  );
}

test('in a dense 15-minute week every visible join control is whole, at least 24 px and hit first', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('fullcalendar.html?view=timeGridWeek&dense=1');
  await expect(page.locator('[data-videotime="video"]').first()).toBeVisible();
  await expect.poll(async () => (await joinControls(page)).every((control) => control.width > 0)).toBe(true);
  const controls = await joinControls(page);
  expect(controls.length).toBeGreaterThanOrEqual(30);
  for (const control of controls) {
    expect(control, `appointment ${control.id}`).toMatchObject({ hosts: 1, hit: true });
    expect(control.width, `appointment ${control.id}`).toBeGreaterThanOrEqual(24);
    expect(control.height, `appointment ${control.id}`).toBeGreaterThanOrEqual(24);
  }
});

for (const [name, url, selector] of [
  ['a table', 'demo-timebook.html', 'tr.avtale'],
  ['a calendar week', 'fullcalendar.html?view=timeGridWeek', '.fc-event'],
] as const) {
  for (const width of [1024, 1280]) {
    test(`${name} at ${width} px: every appointment's box stays where and as big as without Videotime`, async ({ page, baseURL }) => {
      const executablePath = findChromium();
      const plain = await chromium.launch({ executablePath, headless: true });
      try {
        const without = await plain.newPage({ viewport: { width, height: 900 } });
        await without.goto(new URL(url, baseURL).href);
        await without.waitForTimeout(500);
        const expected = await boxes(without, selector);

        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        await expect(page.locator('[data-videotime="video"] [data-videotime-ui]').first()).toBeAttached();
        await page.waitForTimeout(500);
        const actual = await boxes(page, selector);
        expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
        for (const [id, box] of Object.entries(expected)) {
          actual[id]!.forEach((value, i) => expect(Math.abs(value - box[i]!), `${id} [left, top, width, height]`).toBeLessThanOrEqual(2));
        }
      } finally {
        await plain.close();
      }
    });
  }
}

/** The chips of a page's video appointments, and which of them lie over a line of their appointment's text. */
async function chipsOverText(page: Page) {
  return page.locator('[data-videotime="video"]').evaluateAll((elements) => {
    const covering: string[] = [];
    let chips = 0;
    for (const element of elements) {
      const chip = element.querySelector('[data-videotime-ui]')?.shadowRoot?.querySelector('.chip')?.getBoundingClientRect();
      if (!chip?.width) continue;
      chips++;
      const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        range.selectNodeContents(text);
        const over = [...range.getClientRects()].some(
          (line) => line.width > 0 && chip.left < line.right - 1 && line.left < chip.right - 1 && chip.top < line.bottom - 1 && line.top < chip.bottom - 1,
        );
        if (over) covering.push(`${element.querySelector('td:nth-child(2)')?.textContent}: «${text.nodeValue}»`);
      }
    }
    return { chips, covering };
  });
}

for (const width of [800, 1024, 1280]) {
  test(`a table at ${width} px: no chip lies over any text of its appointment`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('demo-timebook.html');
    await expect.poll(async () => (await chipsOverText(page)).chips).toBeGreaterThanOrEqual(3);
    expect((await chipsOverText(page)).covering).toEqual([]);
  });
}

test('a window made narrower and wider again lays the chips out anew: over no text, and whole where there is room', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('demo-timebook.html');
  await expect.poll(async () => (await chipsOverText(page)).chips).toBeGreaterThanOrEqual(3);
  const compact = page.locator('[data-videotime-ui]').locator('.badge.compact');
  await expect(compact).toHaveCount(0);
  await page.setViewportSize({ width: 800, height: 900 });
  await expect.poll(async () => (await chipsOverText(page)).covering).toEqual([]);
  await expect(compact).not.toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(compact).toHaveCount(0);
  expect((await chipsOverText(page)).covering).toEqual([]);
});

test('keyboard focus opens the card, which describes the chip; Tab reaches its copy button', async ({ page }) => {
  await page.goto('demo-timebook.html');
  const badge = page.locator('tr', { hasText: 'Kari Berg' }).locator('[data-videotime-ui]');
  const chip = badge.getByRole('button', { name: /Bli med i videorommet for timen kl\. 08:20/ });
  const card = badge.getByRole('tooltip');
  await expect(card).toBeHidden();
  await chip.focus();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Merknaden sier «Ønsker video»');
  await expect(chip).toHaveAccessibleDescription(/Merknaden sier «Ønsker video»/);
  await page.keyboard.press('Tab');
  await expect(badge.getByRole('button', { name: /Kopier invitasjonen/ })).toBeFocused();
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

/** WCAG contrast ratio of two CSS colours "rgb(r, g, b)". */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the chip and its card are readable with prefers-color-scheme: ${scheme}, on a dark page too`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('demo-timebook.html');
    // A dark timebook: the chip brings its own background, so the page's cannot wash it out.
    await page.evaluate(() => document.body.style.setProperty('background', '#111'));
    const badge = page.locator('tr', { hasText: 'Kari Berg' }).locator('[data-videotime-ui]');
    await badge.getByRole('button', { name: /Bli med/ }).focus();
    const colours = await badge.evaluate((host) => {
      const pick = (selector: string) => {
        const style = getComputedStyle(host.shadowRoot!.querySelector(selector)!);
        return [style.color, style.backgroundColor];
      };
      return { chip: pick('.chip'), card: pick('.card'), reason: [getComputedStyle(host.shadowRoot!.querySelector('.reason')!).color, pick('.card')[1]!] };
    });
    for (const [part, [fg, bg]] of Object.entries(colours)) expect(contrast(fg!, bg!), part).toBeGreaterThanOrEqual(4.5);
  });
}

test('a long timebook: every row is flagged, and exactly the video rows in or near the viewport have one badge each while scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('long-timebook.html');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(400);
  const state = () =>
    page.locator('[data-videotime="video"]').evaluateAll((rows) => {
      const inView = rows.filter((row) => {
        const { top, bottom } = row.getBoundingClientRect();
        return bottom > 0 && top < innerHeight;
      });
      return {
        badges: document.querySelectorAll('[data-videotime-ui]').length,
        inView: inView.length,
        inViewBadged: inView.filter((row) => row.querySelectorAll('[data-videotime-ui]').length === 1).length,
        // Three screens away or more: nothing of ours.
        farBadged: rows.filter((row) => Math.abs(row.getBoundingClientRect().top) > 3 * innerHeight && row.querySelector('[data-videotime-ui]')).length,
      };
    });
  for (const fraction of [0, 0.3, 0.7, 1, 0.5, 0]) {
    await page.evaluate((at) => scrollTo(0, at * (document.documentElement.scrollHeight - innerHeight)), fraction);
    await expect.poll(async () => {
      const { inView, inViewBadged, farBadged } = await state();
      return inView > 0 && inViewBadged === inView && farBadged === 0;
    }, `scrolled to ${fraction}`).toBe(true);
    // A screenful or so either side: far fewer badges than video rows.
    expect((await state()).badges).toBeLessThan(60);
  }
});

/**
 * Each chip floating in sight in a frame, by appointment: whether it stands on its appointment's
 * box (inside it across, its middle within the box's height or a chip's half beyond).
 */
async function floatingChipsOnTheirBoxes(frame: Frame): Promise<Record<string, boolean>> {
  return frame.locator('[data-videotime="video"]').evaluateAll((elements) =>
    Object.fromEntries(
      elements.flatMap((element) => {
        const badge = element.querySelector('[data-videotime-ui]')?.shadowRoot?.querySelector('.badge.floating');
        const chip = badge?.querySelector('.chip')?.getBoundingClientRect();
        if (!chip?.width || getComputedStyle(badge!).visibility === 'hidden') return [];
        const box = element.getBoundingClientRect();
        const middle = chip.top + chip.height / 2;
        const across = chip.left >= box.left - 1 && chip.right <= box.right + 1;
        const along = middle >= box.top - chip.height / 2 && middle <= box.bottom + chip.height / 2;
        return [[element.getAttribute('data-appt')!, across && along]];
      }),
    ),
  );
}

// FullCalendar re-renders as its frame scrolls, which re-places the chips; DayPilot does not.
for (const calendar of ['fullcalendar', 'daypilot']) {
  test(`in a same-origin frame (${calendar}) the chips are styled, float on their appointments and follow the frame's scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`framed-calendar.html?calendar=${calendar}`);
    const frame = page.frames().find((each) => each !== page.mainFrame())!;
    const onTheirBoxes = async () => {
      const chips = Object.values(await floatingChipsOnTheirBoxes(frame));
      return { shown: chips.length >= 3, all: chips.every(Boolean) };
    };
    await expect.poll(onTheirBoxes).toEqual({ shown: true, all: true });
    // Whatever scrolls in the frame: the calendar's own scroller, or the frame's document.
    const scrolled = await frame.evaluate(() => {
      const scrollers = [...document.querySelectorAll('*')].filter(
        (each) => each.scrollHeight > each.clientHeight + 40 && ['auto', 'scroll'].includes(getComputedStyle(each).overflowY),
      );
      const scroller = scrollers[0] ?? document.scrollingElement!;
      const from = scroller.scrollTop;
      scroller.scrollTop += 40;
      return scroller.scrollTop - from;
    });
    expect(scrolled).toBe(40);
    await expect.poll(onTheirBoxes).toEqual({ shown: true, all: true });
  });
}
