import { expect, flaggedPatients, test } from './harness';

declare const chrome: { scripting: { getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ matches?: string[] }[]> } };

/** The demo day's video requests, as a receptionist reading every comment would find them. */
const VIDEO_PATIENTS = [
  'Erik Haugen', // Helst på video om mulig 🙂
  'Ingrid Larsen', // vidoe ang. sykmelding
  'Julie Sæther', // Ønsker videokonsultasjon pga smitte
  'Kari Berg', // Ønsker video, sitter i hjemmekarantene
  'Marit Pedersen', // avtaletype Videokonsultasjon
  'Nora Dahl', // Video/tlf - fornye resept
  'Oskar Vik', // VIDEO - angst og søvnvansker
  'Sander Myhre', // Time via video, gjelder prøvesvar
];

/** Rows whose comment asks to be phoned: their own badge, no join button. */
const TELEFON_PATIENTS = ['Frida Rønning', 'Mathias Eide'];
const ALL_FLAGGED = VIDEO_PATIENTS.length + TELEFON_PATIENTS.length;

test('flags exactly the video appointments of the demo timebook, one badge each', async ({ page }) => {
  await page.goto('demo-timebook.html');
  await expect(page.locator('[data-videotime-ui]')).toHaveCount(ALL_FLAGGED);
  expect(await flaggedPatients(page)).toEqual(VIDEO_PATIENTS);
  expect(await flaggedPatients(page, 'telefon')).toEqual(TELEFON_PATIENTS);

  // Every flagged row holds exactly one UI host, and no UI host sits anywhere else.
  for (const row of await page.locator('[data-videotime]').all()) {
    await expect(row.locator('[data-videotime-ui]')).toHaveCount(1);
  }
  await expect(page.locator('[data-videotime] [data-videotime-ui]')).toHaveCount(ALL_FLAGGED);

  const badge = page.locator('tr', { hasText: 'Kari Berg' }).locator('[data-videotime-ui]');
  await expect(badge.getByText('Video', { exact: true })).toBeVisible();
  await expect(badge.getByRole('button', { name: 'Bli med i videorommet for timen kl. 08:20' })).toBeVisible();
  await expect(badge.getByRole('button', { name: /Bli med/ })).toHaveAccessibleDescription(/Merknaden sier «.*video.*»/i);

  const phone = page.locator('tr', { hasText: 'Mathias Eide' }).locator('[data-videotime-ui]');
  await expect(phone.getByText('Telefon', { exact: true })).toBeVisible();
  await expect(phone.getByRole('button')).toHaveCount(0);
  await expect(phone.locator('.chip')).toHaveAccessibleDescription('Merknaden sier «Ring meg»');
});

test('keeps one badge per appointment when the page re-renders its rows', async ({ page }) => {
  await page.goto('demo-timebook.html');
  await expect(page.locator('[data-videotime-ui]')).toHaveCount(ALL_FLAGGED);

  // A single-page timebook re-rendering: rows replaced by clones (our hosts copied along) and re-added.
  await page.evaluate(() => {
    for (const body of document.querySelectorAll('tbody')) {
      const clones = Array.from(body.rows, (row) => row.cloneNode(true));
      body.replaceChildren(...clones);
    }
  });
  await expect(page.locator('[data-videotime-ui]')).toHaveCount(ALL_FLAGGED);
  for (const row of await page.locator('[data-videotime]').all()) {
    await expect(row.locator('[data-videotime-ui]')).toHaveCount(1);
  }
  expect(await flaggedPatients(page)).toEqual(VIDEO_PATIENTS);

  // A comment edited away from video loses its flag and its badge.
  await page.locator('tr', { hasText: 'Kari Berg' }).locator('td.merknad').evaluate((cell) => {
    cell.textContent = 'Vondt i kneet';
  });
  await expect(page.locator('[data-videotime-ui]')).toHaveCount(ALL_FLAGGED - 1);
  await expect(page.locator('tr', { hasText: 'Kari Berg' })).not.toHaveAttribute('data-videotime');
});

test('treats comment text as text: markup in a comment never runs', async ({ page }) => {
  await page.goto('hostile-comments.html');
  await expect(page.locator('[data-videotime-ui]')).toHaveCount(2);
  expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
  await expect(page.locator('img')).toHaveCount(0);
});

test('changes nothing on a page without a timebook', async ({ page }) => {
  await page.goto('no-timebook.html');
  const before = await page.content();
  await page.waitForTimeout(300);
  expect(await page.content()).toBe(before);
  await expect(page.locator('[data-videotime], [data-videotime-ui]')).toHaveCount(0);
});

test('a site that showed appointments gets the detector with its pages, and none before', async ({ context, page }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts({ ids: ['videotime-detector'] }))[0]?.matches ?? []);
  await page.goto('no-timebook.html');
  await page.waitForTimeout(300);
  expect(await registered()).toEqual([]);

  await page.goto('plain-table.html');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
  await expect.poll(registered).toEqual(['http://127.0.0.1/*']);
  // The next page of the site is flagged with the detector it brought along.
  await page.reload();
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
});
