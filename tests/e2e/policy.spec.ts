import { access, constants, mkdir, rm, writeFile } from 'node:fs/promises';
import { join as joinPath } from 'node:path';
import { launchWithExtension } from '../support/browser';
import { expect, HEADLESS, test } from './harness';
import { join, save, serveRooms } from './settings-helpers';

/** The id the e2e manifest's fixed `key` gives the extension (see wxt.config.ts). */
const E2E_EXTENSION_ID = 'afmbolopbkaachgmibepofgdlgcjggej';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = joinPath(POLICY_DIR, 'videotime-e2e.json');

const POLICY_ROOM = 'https://video.solbakken.test/it-rom';

/** Chromium on Linux reads policies from this folder; writing it needs root, as on a managed PC. */
async function policyFolderWritable(): Promise<boolean> {
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    await access(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

test('a room and keywords pushed by browser policy win over local settings and show as locked', async ({ userDataDir, baseURL }) => {
  test.skip(!(await policyFolderWritable()), `${POLICY_DIR} is not writable: run as root to test browser policy`);

  const local = await launchWithExtension({ userDataDir, headless: HEADLESS });
  expect(local.extensionId).toBe(E2E_EXTENSION_ID);
  const localOptions = await local.context.newPage();
  await localOptions.goto(`chrome-extension://${local.extensionId}/options.html`);
  await localOptions.getByLabel('Klinikkens videorom').fill('https://video.solbakken.test/lokalt');
  await save(localOptions);
  await local.context.close();

  const policy = {
    '3rdparty': {
      extensions: {
        [E2E_EXTENSION_ID]: {
          defaultRoom: { preset: 'custom', url: POLICY_ROOM },
          detector: { extraKeywords: { video: ['bildetime'] } },
        },
      },
    },
  };
  await writeFile(POLICY_FILE, JSON.stringify(policy));
  try {
    const managed = await launchWithExtension({ userDataDir, headless: HEADLESS });
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
    await rm(POLICY_FILE, { force: true });
  }
});
