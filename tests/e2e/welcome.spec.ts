import { welcomePage } from '../support/browser';
import { expect, test } from './harness';
import { serveRooms } from './settings-helpers';

test.use({ keepWelcome: true });

test('a fresh install opens the welcome page, which sets the clinic up in four steps to a test join', async ({ context, storedSettings }) => {
  await serveRooms(context, 'solbakken.confrere.com');
  const welcome = await welcomePage(context);
  // It opened before the tests chose Norwegian: read it again in that language.
  await welcome.reload();
  const heading = welcome.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Trinn 1 av 4: Videotjeneste');

  await welcome.getByRole('radio', { name: 'Confrere' }).check();
  await welcome.getByRole('button', { name: 'Neste' }).click();
  await expect(heading).toHaveText('Trinn 2 av 4: Klinikkens rom');
  await expect(heading).toBeFocused();

  const room = welcome.getByLabel('Adressen til klinikkens rom i Confrere');
  await expect(welcome.locator('#welcome-room-hint')).toContainText('https://solbakken.confrere.com/ingrid-solberg');
  await room.fill('https://confrere.com/venterom');
  await expect(welcome.locator('#welcome-room-check')).toContainText('Confrere-adresser ser slik ut');
  await expect(room).toHaveAttribute('aria-invalid', 'true');
  await room.fill('https://solbakken.confrere.com/venterom');
  await expect(welcome.locator('#welcome-room-check')).toHaveText('Adressen ser riktig ut for Confrere.');
  await welcome.getByRole('button', { name: 'Neste' }).click();

  await expect(heading).toHaveText('Trinn 3 av 4: Behandlernes rom');
  await welcome.getByRole('button', { name: 'Legg til behandler' }).click();
  const own = welcome.getByRole('group', { name: 'Behandlerrom 1' });
  await expect(own.getByLabel('Behandler', { exact: true })).toBeFocused();
  await welcome.keyboard.type('Ingrid Solberg');
  await own.getByLabel('Adressen til rommet').fill('https://solbakken.confrere.com/ingrid-solberg');
  await welcome.getByRole('button', { name: 'Lagre og gå videre' }).click();

  await expect(heading).toHaveText('Trinn 4 av 4: Prøv rommet');
  const opened = context.waitForEvent('page');
  await welcome.getByRole('button', { name: 'Åpne rommet nå' }).click();
  await (await opened).waitForURL('https://solbakken.confrere.com/venterom');
  await expect(welcome.getByRole('status')).toHaveText('Rommet ble åpnet i en ny fane.');

  await welcome.getByRole('button', { name: 'Neste' }).click();
  await expect(heading).toHaveText(/^Ferdig/);
  await expect(welcome.locator('.sites')).toContainText('besoklegen.no');
  await expect(welcome.getByText('slå på «Videotime på …»')).toBeVisible();

  const settings = await storedSettings();
  expect(settings.defaultRoom).toEqual({ preset: 'confrere', url: 'https://solbakken.confrere.com/venterom' });
  expect(settings.rooms).toEqual([{ practitioner: 'Ingrid Solberg', preset: 'confrere', url: 'https://solbakken.confrere.com/ingrid-solberg' }]);
});

test('the set-up can be skipped, and is reached again from the options page', async ({ context, openOptions, storedSettings }) => {
  const welcome = await welcomePage(context);
  await welcome.reload();
  await welcome.getByRole('button', { name: 'Hopp over oppsettet' }).click();
  await expect(welcome.getByRole('heading', { level: 2 })).toHaveText('Oppsettet er hoppet over');
  await expect(welcome.locator('.sites')).toContainText('besoklegen.no');
  expect((await storedSettings()).defaultRoom).toBeUndefined();

  const options = await openOptions();
  await options.getByRole('link', { name: 'Veiviser for oppsett' }).click();
  await expect(options.getByRole('heading', { level: 2 })).toHaveText('Trinn 1 av 4: Videotjeneste');
});
