import { launchWithExtension, E2E_EXTENSION_DIR } from '../support/browser';
import { copyWithOwnKey, POLICY_DIR, policyFolderWritable, writePolicy } from '../support/policy';
import { expect, HEADLESS, test } from './harness';
import { join, save, serveRooms } from './settings-helpers';

const POLICY_ROOM = 'https://video.solbakken.test/it-rom';

test('a room and keywords pushed by browser policy win over local settings and show as locked', async ({ userDataDir, baseURL }) => {
  test.skip(!(await policyFolderWritable()), `${POLICY_DIR} is not writable: run as root to test browser policy`);

  // A policy names an extension id: this test's copy has one nothing else has.
  const extension = await copyWithOwnKey(E2E_EXTENSION_DIR);
  test.info().attach('extension id', { body: extension.id });
  const launch = () => launchWithExtension({ userDataDir, headless: HEADLESS, extensionDir: extension.dir });

  try {
    const local = await launch();
    expect(local.extensionId).toBe(extension.id);
    const localOptions = await local.context.newPage();
    await localOptions.goto(`chrome-extension://${local.extensionId}/options.html`);
    await localOptions.getByLabel('Klinikkens videorom').fill('https://video.solbakken.test/lokalt');
    await save(localOptions);
    await local.context.close();

    const removePolicy = await writePolicy(extension.id, {
      defaultRoom: { preset: 'custom', url: POLICY_ROOM },
      detector: { extraKeywords: { video: ['bildetime'] } },
    });
    try {
      const managed = await launch();
      try {
        const options = await managed.context.newPage();
        await options.goto(`chrome-extension://${managed.extensionId}/options.html`);
        await expect(options.getByText('styres av IT-avdelingen')).toBeVisible();
        const room = options.getByLabel('Klinikkens videorom');
        await expect(room).toHaveValue(POLICY_ROOM);
        await expect(room).toBeDisabled();
        await expect(options.getByLabel('Ekstra ord for video')).toHaveValue('bildetime');
        await expect(options.getByLabel('Ekstra ord for video')).toBeDisabled();
        // Not locked: the policy does not set the invite.
        await expect(options.getByLabel('Invitasjonstekst')).toBeEnabled();

        await serveRooms(managed.context, 'video.solbakken.test');
        const timebook = await managed.context.newPage();
        await timebook.goto(new URL('demo-timebook.html', baseURL).href);
        const opened = await join(managed.context, timebook, 'Kari Berg');
        await opened.waitForURL(POLICY_ROOM);
      } finally {
        await managed.context.close();
      }
    } finally {
      await removePolicy();
    }
  } finally {
    await extension.remove();
  }
});
