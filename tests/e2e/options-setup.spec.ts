import { readFile } from 'node:fs/promises';
import { expect, flaggedPatients, test } from './harness';
import { save } from './settings-helpers';

const BAD_PER_PRESET: [string, string, string][] = [
  ['whereby', 'https://whereby.com/a/b', 'https://whereby.com/solbakken-legesenter'],
  ['confrere', 'https://confrere.com/ingrid', 'https://solbakken.confrere.com/ingrid-solberg'],
  ['nhn', 'https://join.nhn.no/webapp/conference/rom', 'https://join.nhn.no/webapp/conference/12345678'],
  ['jitsi', 'https://meet.jit.si/', 'https://meet.jit.si/solbakken-legesenter'],
  ['teams', 'https://teams.microsoft.com/meet', 'https://teams.microsoft.com/l/meetup-join/…'],
  ['zoom', 'https://zoom.us/j/12', 'https://zoom.us/j/81234567890?pwd=abc123'],
];

test('a wrong address for each service says what was expected, with an example', async ({ openOptions }) => {
  const options = await openOptions();
  for (const [preset, bad, example] of BAD_PER_PRESET) {
    await options.getByLabel('Videotjeneste').selectOption(preset);
    await options.getByLabel('Klinikkens videorom').fill(bad);
    await options.getByRole('button', { name: 'Lagre' }).click();
    await expect(options.getByRole('alert')).toContainText(example);
    await expect(options.getByLabel('Klinikkens videorom')).toHaveAttribute('aria-invalid', 'true');
  }
});

test('the try box shows the decision live with the keywords as typed', async ({ openOptions }) => {
  const options = await openOptions();
  await options.getByLabel('Merknad', { exact: true }).fill('ønsker bildetime i dag');
  await expect(options.locator('output')).toHaveText('Ikke et ønske om video eller telefon.');
  await options.getByText('Egne ord, unntak og videotimetyper').click();
  await options.getByLabel('Ekstra ord for video').fill('bildetime');
  await expect(options.locator('output')).toContainText('Ønsker video. Merknaden sier «');
  await expect(options.locator('output')).toContainText('bildetime»');
  await options.getByLabel('Merknad', { exact: true }).fill('ikke video, ring meg');
  await expect(options.locator('output')).toContainText('Ønsker telefon.');
});

test('a broken import changes nothing; a good one reaches an open timebook without reload', async ({ page, openOptions }, testInfo) => {
  await page.goto('demo-timebook.html');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
  const before = await flaggedPatients(page);
  const options = await openOptions();
  await options.getByLabel('Klinikkens videorom').fill('https://whereby.com/solbakken');
  await save(options);

  const broken = {
    defaultRoom: { preset: 'zoom', url: 'https://zoom.us/j/1' },
    rooms: [{ practitioner: '', url: 'https://x.no/{navn}' }],
    detector: { videoTypes: ['Kontroll'] },
  };
  await options.getByLabel('Importer fra fil').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('ingenting er endret');
  for (const path of ['defaultRoom.url', 'rooms.0.practitioner', 'rooms.0.url']) await expect(alert).toContainText(path);
  await expect(alert).toContainText('Pasientopplysninger');
  await options.reload();
  await expect(options.getByLabel('Klinikkens videorom')).toHaveValue('https://whereby.com/solbakken');
  expect(await flaggedPatients(page)).toEqual(before);

  // A file replaces every setting, the language too: this one keeps the tests' Norwegian.
  const good = { defaultRoom: { preset: 'jitsi', url: 'https://meet.jit.si/solbakken' }, detector: { videoTypes: ['Kontroll'] }, language: 'nb' };
  await options.getByLabel('Importer fra fil').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(options.getByRole('status').filter({ hasText: 'Importert' })).toBeVisible();
  await expect(options.getByLabel('Klinikkens videorom')).toHaveValue('https://meet.jit.si/solbakken');
  // The two Kontroll appointments are now video, in the tab that was open all along.
  await expect.poll(async () => (await flaggedPatients(page)).length).toBe(before.length + 2);

  const exported = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Eksporter innstillingene' }).click();
  const file = testInfo.outputPath('export.json');
  await (await exported).saveAs(file);
  const text = await readFile(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject(good);
  for (const patient of before) expect(text).not.toContain(patient);

  // Round trip: change a setting, import the export, and the exported state is back.
  await options.getByLabel('Klinikkens videorom').fill('https://meet.jit.si/annet');
  await save(options);
  await options.getByLabel('Importer fra fil').setInputFiles(file);
  await expect(options.getByRole('status').filter({ hasText: 'Importert' })).toBeVisible();
  await expect(options.getByLabel('Klinikkens videorom')).toHaveValue('https://meet.jit.si/solbakken');
});
