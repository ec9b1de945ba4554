import type { Frame, Page } from '@playwright/test';
import { expect, test } from './harness';
import { serveRooms } from './settings-helpers';

/**
 * The fixtures mark each appointment element with data-appt; a flagged element without one is a
 * false appointment and shows as "?" so the comparison fails.
 */
async function flagged(scope: Page | Frame): Promise<Record<string, string[]>> {
  const found = await scope.locator('[data-videotime]').evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute('data-videotime') ?? '', element.getAttribute('data-appt') ?? '?'] as const),
  );
  const byCategory: Record<string, string[]> = {};
  for (const [category, id] of found) (byCategory[category] ??= []).push(id);
  for (const ids of Object.values(byCategory)) ids.sort();
  return byCategory;
}

/** Exactly the expected appointments are flagged, each holding one UI host, and no host sits elsewhere. */
async function expectFlags(scope: Page | Frame, expected: Record<string, string[]>) {
  await expect.poll(() => flagged(scope)).toEqual(expected);
  const count = Object.values(expected).flat().length;
  await expect(scope.locator('[data-videotime-ui]')).toHaveCount(count);
  for (const element of await scope.locator('[data-videotime]').all()) {
    await expect(element.locator('[data-videotime-ui]')).toHaveCount(1);
  }
}

test('reads a plain table timebook headed in its first row, but not its opening hours', async ({ page }) => {
  await page.goto('plain-table.html');
  await expectFlags(page, { video: ['mona', 'sigrid'], telefon: ['hilde'] });
});

test('reads lists, ARIA rows and list items, cards and events in day cells', async ({ page }) => {
  await page.goto('shapes-timebook.html');
  await expectFlags(page, { video: ['ida', 'kari', 'marit', 'nora', 'per', 'sara'], telefon: ['tor'] });
  await expect(page.locator('header [data-videotime-ui], .apningstider [data-videotime-ui]')).toHaveCount(0);
});

test('reads comments that only tooltips and accessible names hold', async ({ page }) => {
  await page.goto('tooltips.html');
  await expectFlags(page, { video: ['kari', 'per', 'silje'], telefon: ['jonas'] });
});

test('flags an open booking form from its comment field, not a contact form', async ({ page }) => {
  await page.goto('booking-form.html');
  await expectFlags(page, { video: ['eva'] });
  // The badge sits beside the field, never inside a form control.
  await expect(page.locator('.felt > [data-videotime-ui]')).toHaveCount(1);
});

for (const view of ['timeGridDay', 'listDay']) {
  test(`reads a FullCalendar timebook in its ${view} view, tooltips included`, async ({ page }) => {
    await page.goto(`fullcalendar.html?view=${view}`);
    await expect(page.locator('.fc-event')).toHaveCount(6);
    await expectFlags(page, { video: ['kari', 'per'], telefon: ['mathias'] });
  });
}

test('a click on a badge inside a calendar event is ours alone, not the event’s', async ({ context, page, setRoomUrl }) => {
  await serveRooms(context, 'video.solbakken.test');
  await setRoomUrl('https://video.solbakken.test/venterom');
  // The list view: in the time grid a half-hour event is too small to show a whole badge.
  await page.goto('fullcalendar.html?view=listDay');
  const event = page.locator('[data-appt="kari"]');
  await event.getByText('Kari Berg').click();
  const clicks = () => page.evaluate(() => (window as { eventClicks?: number }).eventClicks ?? 0);
  expect(await clicks()).toBe(1);

  const opened = context.waitForEvent('page');
  await event.getByRole('button', { name: /Bli med/ }).click();
  await (await opened).waitForURL('https://video.solbakken.test/venterom');
  await event.locator('[data-videotime-ui]').hover();
  await event.getByRole('button', { name: /Kopier invitasjonen/ }).click();
  expect(await clicks()).toBe(1);
  expect(page.url()).toContain('fullcalendar.html');
});

test('flags a booking form as soon as video is typed into its comment field', async ({ page }) => {
  await page.goto('booking-form.html');
  await expectFlags(page, { video: ['eva'] });
  const comment = page.getByLabel('Merknad');
  await comment.fill('Resept');
  await expect(page.locator('[data-videotime]')).toHaveCount(0);
  await comment.pressSequentially(', helst video');
  await expectFlags(page, { video: ['eva'] });
});

test('reads a timebook inside a same-origin frame', async ({ page }) => {
  await page.goto('framed-timebook.html');
  const frame = page.frames().find((each) => each.url().endsWith('/plain-table.html'))!;
  await expectFlags(frame, { video: ['mona', 'sigrid'], telefon: ['hilde'] });
  await expect(page.locator('[data-videotime], [data-videotime-ui]')).toHaveCount(0);
});

test("renders styled badges under a site's strict Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.goto('strict-csp.html');
  await expectFlags(page, { video: ['kari'] });
  const badge = page.locator('[data-videotime-ui] .chip');
  await expect(badge).toBeVisible();
  // Our colours, not the browser's grey: pale green, or solid green around 08:00, when the
  // appointment is about to start.
  expect(['rgb(217, 242, 230)', 'rgb(31, 122, 82)']).toContain(await badge.evaluate((element) => getComputedStyle(element).backgroundColor));
  expect(violations).toEqual([]);
});

test('badges and join buttons stay visible and clickable on a page that restyles everything', async ({
  context,
  extensionId,
  page,
}) => {
  await page.goto('hostile-css.html');
  await expectFlags(page, { video: ['ingrid'] });
  const host = page.locator('[data-videotime-ui]');
  await expect(host.getByText('Video', { exact: true })).toBeVisible();
  const join = host.getByRole('button', { name: /Bli med/ });
  await expect(join).toBeVisible();
  // With no room set up, joining opens the settings: proof the click reached our button.
  const opened = context.waitForEvent('page');
  await join.click();
  await (await opened).waitForURL(`chrome-extension://${extensionId}/options.html`);
});
