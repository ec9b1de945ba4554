import { chromiumHasNorwegian } from '../support/browser';
import { expect, test } from './harness';

declare const chrome: { i18n: { getMessage(key: string): string } };

// The harness runs Chromium in English and sets Videotime to Norwegian: every other spec reads nb
// strings without the browser having a Norwegian locale at all.

test('staff choose English in the options page: it, open timebooks and the popup follow at once', async ({ openOptions, openPopup, page }) => {
  await page.goto('demo-timebook.html');
  const badge = page.locator('tr', { hasText: 'Kari Berg' }).locator('[data-videotime-ui]');
  await expect(badge.getByRole('button', { name: /^Bli med/ })).toBeVisible();

  const options = await openOptions();
  await expect(options.locator('html')).toHaveAttribute('lang', 'nb');
  await options.getByLabel('Språk i Videotime').selectOption('en');
  await options.getByRole('button', { name: 'Lagre' }).click();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Videotime – settings');
  await expect(options.locator('html')).toHaveAttribute('lang', 'en');
  await expect(options.getByRole('button', { name: 'Save' })).toBeVisible();

  // The open timebook, without a reload.
  await expect(badge.getByRole('button', { name: /^Join/ })).toBeVisible();

  const popup = await openPopup(page);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Video appointments in the timebook');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('on a browser in Norwegian', () => {
  test.use({ browserLanguage: 'nb' });

  test.skip(!chromiumHasNorwegian(), 'Chromium has no Norwegian UI here: install chromium-l10n to run this one');

  test('"automatic" follows the browser, and an explicit English wins over it', async ({ openOptions }) => {
    const options = await openOptions();
    // Debian's Chromium, started in Norwegian, now and then still picks our English locale (about
    // one launch in three when several run at once; the cause is not found). Asked where it
    // matters, the options page: an English launch says nothing about Videotime, so the test
    // skips, saying so, rather than fail.
    const picked = await options.evaluate(() => chrome.i18n.getMessage('languageCode'));
    test.skip(picked === 'en', 'Chromium started in English despite LANGUAGE=nb');
    await options.getByLabel('Språk i Videotime').selectOption('auto');
    await options.getByRole('button', { name: 'Lagre' }).click();
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Videotime – innstillinger');
    await options.getByLabel('Språk i Videotime').selectOption('en');
    await options.getByRole('button', { name: 'Lagre' }).click();
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Videotime – settings');
  });
});
