import { launchWithExtension } from '../support/browser';
import { expect, HEADLESS, test } from './harness';

const ROOM = 'https://whereby.com/solbakken-legesenter';

test('a bad room URL shows a clear error and keeps the saved room', async ({ openOptions, setRoomUrl }) => {
  await setRoomUrl(ROOM);
  const options = await openOptions();
  const field = options.getByLabel('Klinikkens videorom');
  await expect(field).toHaveValue(ROOM);

  for (const [bad, message] of [
    ['http://whereby.com/solbakken', 'sikker adresse som begynner med https://'],
    ['whereby solbakken', 'ikke en gyldig nettadresse'],
    ['https://whereby.com/{pasient}', 'Pasientopplysninger'],
    ['https://whereby.com/{rom}', 'Ukjent plassholder'],
  ]) {
    await field.fill(bad!);
    await options.getByRole('button', { name: 'Lagre' }).click();
    await expect(options.getByRole('alert')).toContainText(message!);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }

  await options.reload();
  await expect(options.getByLabel('Klinikkens videorom')).toHaveValue(ROOM);
});

test('the room survives a browser restart', async ({ context, userDataDir, setRoomUrl }) => {
  await setRoomUrl(ROOM);
  await context.close();

  const restarted = await launchWithExtension({ userDataDir, headless: HEADLESS });
  try {
    const options = await restarted.context.newPage();
    await options.goto(`chrome-extension://${restarted.extensionId}/options.html`);
    await expect(options.getByLabel('Klinikkens videorom')).toHaveValue(ROOM);
  } finally {
    await restarted.context.close();
  }
});

test('a new practitioner’s name field gets focus, and typing a name with a space adds no other room', async ({ openOptions }) => {
  const options = await openOptions();
  await options.getByRole('button', { name: 'Legg til behandler' }).click();
  // Typed straight after the click, as a quick typist would: no key may go anywhere else.
  await options.keyboard.type('Ingrid Solberg');
  const name = options.getByRole('group', { name: 'Behandlerrom 1' }).getByLabel('Behandler', { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Ingrid Solberg');
  await expect(options.getByRole('group', { name: /^Behandlerrom/ })).toHaveCount(1);
});

test('the error summary sits at the top in the form’s words, takes focus and links to each field', async ({ openOptions }) => {
  const options = await openOptions();
  await options.getByLabel('Klinikkens videorom').fill('https://whereby.com/solbakken-legesenter');
  await options.getByRole('button', { name: 'Legg til behandler' }).click();
  await options.getByRole('group', { name: 'Behandlerrom 1' }).getByLabel('Adressen til rommet').fill('https://whereby.com/solberg');
  await options.getByRole('button', { name: 'Lagre' }).click();

  const summary = options.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Behandlerrom 1: navnet mangler']);
  await expect(summary).not.toContainText('rooms.0');
  // Above every section of the form, so it is what a sighted user sees first too.
  const summaryBox = (await summary.boundingBox())!;
  const firstSection = (await options.locator('form section').first().boundingBox())!;
  expect(summaryBox.y).toBeLessThan(firstSection.y);

  await summary.getByRole('link', { name: 'Behandlerrom 1: navnet mangler' }).click();
  await expect(options.getByRole('group', { name: 'Behandlerrom 1' }).getByLabel('Behandler', { exact: true })).toBeFocused();
});

test('a folded field with an error is opened and reached from the summary', async ({ openOptions }) => {
  const options = await openOptions();
  const invite = options.getByLabel('Invitasjonstekst');
  const fold = options.getByText('Invitasjon til pasienten');
  await expect(invite).toBeHidden();
  await fold.click();
  await invite.fill('');
  await fold.click();
  await expect(invite).toBeHidden();
  await options.getByRole('button', { name: 'Lagre' }).click();
  await expect(invite).toBeVisible();
  await options.getByRole('alert').getByRole('link', { name: /^Invitasjonstekst: / }).click();
  await expect(invite).toBeFocused();
});

test('the room’s hint and placeholder follow the chosen service, without template jargon', async ({ openOptions }) => {
  const options = await openOptions();
  const service = options.getByLabel('Videotjeneste').first();
  const url = options.getByLabel('Klinikkens videorom');
  const hint = options.locator('#room-url-hint');
  await expect(service.locator('option').first()).toHaveText('Whereby');
  await expect(service.locator('option').last()).toHaveText(/^Annen tjeneste/);

  await service.selectOption('confrere');
  await expect(hint).toContainText('fra Confrere, for eksempel https://solbakken.confrere.com/ingrid-solberg');
  await expect(url).toHaveAttribute('placeholder', 'https://solbakken.confrere.com/ingrid-solberg');
  await service.selectOption('nhn');
  await expect(url).toHaveAttribute('placeholder', 'https://join.nhn.no/webapp/conference/12345678');
  await expect(hint).not.toContainText('{');
});

test('the sections are reached from the navigation, and the save bar never covers the focused field', async ({ openOptions }) => {
  const options = await openOptions();
  await options.setViewportSize({ width: 900, height: 500 });
  const nav = options.getByRole('navigation', { name: 'Deler av innstillingene' });
  const links = nav.getByRole('link');
  await expect(links).toHaveText(['Klinikkens rom', 'Gjenkjenning i merknaden', 'Nettsteder', 'Påminnelser og takster', 'Språk', 'Eksport og import']);
  for (const link of await links.all()) {
    const target = (await link.getAttribute('href'))!;
    await expect(options.locator(`${target} h2`)).toHaveText(await link.textContent() ?? '');
  }

  // Tab through the form: whatever has focus is clear of the sticky save bar.
  await options.getByLabel('Klinikkens videorom').focus();
  const bar = options.locator('.save-bar');
  for (let i = 0; i < 25; i++) {
    await options.keyboard.press('Tab');
    const focused = options.locator(':focus');
    if (await bar.locator(':focus').count()) break;
    const box = await focused.boundingBox();
    const barBox = (await bar.boundingBox())!;
    if (box) expect(box.y + box.height, `field ${i} under the save bar`).toBeLessThanOrEqual(barBox.y + 1);
  }
});

test('the page’s frame and a loading state show before the settings arrive', async ({ context, extensionId }) => {
  const options = await context.newPage();
  // The background never answers: what the page shows then is all it can show at once.
  await options.addInitScript(() => {
    (globalThis as unknown as { chrome: { runtime: { sendMessage: () => Promise<never> } } }).chrome.runtime.sendMessage = () => new Promise(() => {});
  });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Videotime – innstillinger');
  await expect(options.getByRole('navigation').getByRole('link')).toHaveCount(6);
  await expect(options.getByRole('status')).toHaveText('Henter innstillingene …');
  await expect(options.getByRole('status')).toHaveAttribute('aria-busy', 'true');
  // Still waiting a moment later: the frame above did not come with the settings.
  await options.waitForTimeout(1_000);
  await expect(options.getByRole('status')).toHaveText('Henter innstillingene …');
});
