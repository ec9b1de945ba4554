import type { BrowserContext } from '@playwright/test';
import { expect, test, todayAt } from './harness';

declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

const shortDay = (day: Date) => new Intl.DateTimeFormat('nb', { weekday: 'short', day: 'numeric', month: 'numeric' }).format(day);
const badgeText = (context: BrowserContext, tabId: number) =>
  context.serviceWorkers()[0]!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** This week's weekdays but today, in the order the week view shows them: those days' appointment ids end in -0, -1, … */
function otherWeekdays(today = new Date()): Date[] {
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  return [0, 1, 2, 3, 4]
    .map((offset) => new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + offset))
    .filter((day) => day.getDate() !== today.getDate());
}

test.describe('a week view with today and other days', () => {
  test.skip(new Date().getHours() === 23 && new Date().getMinutes() >= 50, 'today would turn into tomorrow mid-test');

  test('today’s badges count down; other days’ say their day, and only today is counted and listed', async ({
    context,
    openPopup,
    page,
    tabIdOf,
  }) => {
    await page.goto('fullcalendar.html?view=timeGridWeek');
    const others = otherWeekdays();
    // Today: Kari and Per by video, Mathias by phone; every other weekday Ola and Tor by video.
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(2 + 2 * others.length);

    for (const id of ['kari', 'per']) {
      const join = page.locator(`[data-appt="${id}"]`).getByRole('button', { name: /Bli med/ });
      await expect(join).toHaveAccessibleName(/(om \d|siden|nå)/);
    }
    for (const [i, day] of others.entries()) {
      const join = page.locator(`[data-appt="ola-${i}"]`).getByRole('button', { name: /Bli med/ });
      await expect(join).toHaveAccessibleName(new RegExp(`\\(${shortDay(day).replace(/\./g, '\\.')}\\)`));
      await expect(join).not.toHaveAccessibleName(/om \d|siden/);
      await expect(join).not.toHaveClass(/prominent/);
    }

    const tabId = await tabIdOf(page);
    await expect.poll(() => badgeText(context, tabId)).toBe('2');

    // At 07:00 on the popup's clock, both of today's appointments are still to come, in time order
    // (past ones fold below the coming ones).
    const popup = await openPopup(page, todayAt(7, 0));
    // Today first, counting down; then each other day folded under its day, Ola's and Tor's requests.
    await expect(popup.locator('.day > :not(details.other-day) .appointment .time')).toHaveText(['08:30', '09:00']);
    await expect(popup.locator('details.other-day > summary')).toHaveText(others.map((day) => `${shortDay(day)} (2)`));
    const first = popup.locator('details.other-day').first();
    await first.locator('summary').click();
    await expect(first.locator('.appointment .time')).toHaveText(['08:00', '09:30']);
    await expect(first.locator('.appointment .when').first()).toHaveText(shortDay(others[0]!));
  });
});
