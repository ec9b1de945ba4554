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
