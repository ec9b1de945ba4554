import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './harness';

/** The machine has no network: answer for the rooms' hosts so opened tabs load. */
export async function serveRooms(context: BrowserContext, ...hosts: string[]) {
  for (const host of hosts) {
    await context.route(`https://${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Videorom</title>' }));
  }
}

/** Adds a practitioner's room in the options page, as an admin would, without saving. */
export async function addPractitionerRoom(options: Page, index: number, practitioner: string, url: string, preset = 'custom') {
  await options.getByRole('button', { name: 'Legg til behandler' }).click();
  const room = options.getByRole('group', { name: `Behandlerrom ${index}` });
  await room.getByLabel('Behandler', { exact: true }).fill(practitioner);
  await room.getByLabel('Videotjeneste').selectOption(preset);
  await room.getByLabel('Adressen til rommet').fill(url);
  return room;
}

export async function save(options: Page) {
  await options.getByRole('button', { name: 'Lagre' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Lagret' })).toBeVisible();
}

/** Clicks an appointment's join button and returns the tab it opens. */
export async function join(context: BrowserContext, timebook: Page, patient: string) {
  const opened = context.waitForEvent('page');
  await timebook.locator('tr', { hasText: patient }).getByRole('button', { name: /Bli med/ }).click();
  return opened;
}
