import type { Page } from '@playwright/test';
import { expect, test } from './harness';

/**
 * Calendar libraries besides FullCalendar, from their published packages (tests/pages/calendars):
 * EventCalendar on the 12-hour clock with "Name: comment" titles, TOAST UI with each event's text
 * split over several elements, DayPilot Lite with "Name – comment" under a time range. Each names
 * its events' ids in data-appt, or TOAST UI in its own data-event-id.
 */
const LIBRARIES = ['event-calendar', 'toast-ui', 'daypilot'] as const;

async function flagged(page: Page): Promise<Record<string, string[]>> {
  const found = await page.locator('[data-videotime]').evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute('data-videotime')!, element.getAttribute('data-appt') ?? element.getAttribute('data-event-id') ?? '?'] as const),
  );
  const byCategory: Record<string, string[]> = {};
  for (const [category, id] of found) (byCategory[category] ??= []).push(id);
  for (const ids of Object.values(byCategory)) ids.sort();
  return byCategory;
}

/** This week's weekdays without today: the week view's other days, whose video bookings are ola-0, ola-1, … */
function otherWeekdays(today = new Date()): Date[] {
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  return [0, 1, 2, 3, 4]
    .map((offset) => new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + offset))
    .filter((day) => day.getDate() !== today.getDate());
}

/**
 * An appointment's join button, once the appointment is scrolled into view as staff would: badges
 * are built near the viewport only, and TOAST UI scrolls its day and week views to the time of day
 * (after 09:30 its 08:00 rows sit above the viewport).
 */
async function joinOf(page: Page, id: string) {
  const appointment = page.locator(`[data-appt="${id}"], [data-event-id="${id}"]`);
  await appointment.scrollIntoViewIfNeeded();
  return appointment.getByRole('button', { name: /Bli med/ });
}

const shortDay = (day: Date) => new Intl.DateTimeFormat('nb', { weekday: 'short', day: 'numeric', month: 'numeric' }).format(day);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const library of LIBRARIES) {
  test(`${library}: the day view's video and phone requests, at their times`, async ({ page }) => {
    await page.goto(`${library}.html?view=day`);
    await expect.poll(() => flagged(page)).toEqual({ video: ['kari', 'per'], telefon: ['mathias'] });
    // Kari's 08:15 on the 12-hour clock or not: the join button names the time it read.
    await expect(await joinOf(page, 'kari')).toHaveAccessibleName(/kl\. 0?8[:.]15/);
  });

  test(`${library}: the week view dates each day's appointments`, async ({ page }) => {
    await page.goto(`${library}.html`);
    const others = otherWeekdays();
    await expect.poll(() => flagged(page)).toEqual({
      video: ['kari', ...others.map((_, i) => `ola-${i}`), 'per'].sort(),
      telefon: ['mathias'],
    });
    for (const [i, day] of others.entries()) {
      await expect(await joinOf(page, `ola-${i}`)).toHaveAccessibleName(new RegExp(`\\(${escaped(shortDay(day))}\\)`));
    }
    const kari = await joinOf(page, 'kari');
    await expect(kari).toHaveAccessibleName(/om \d|siden|nå/);
  });
}
