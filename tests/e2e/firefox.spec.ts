/**
 * The Firefox build, run in a real Firefox: Debian's firefox-esr, driven by puppeteer-core over
 * WebDriver BiDi, with the e2e build installed as a temporary add-on. BiDi cannot open the
 * extension's own pages, so this reaches Videotime through the timebook it works on.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Target } from 'puppeteer-core';
import { expect, test } from '@playwright/test';
import { startPageServer, type PageServer } from '../support/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');

test.describe('Firefox', () => {
  test.skip(!existsSync(FIREFOX), `No Firefox at ${FIREFOX}: install firefox-esr (Debian) or set FIREFOX_PATH to run the Firefox smoke test`);

  let server: PageServer;
  let firefox: Browser;
  test.beforeAll(async () => {
    server = await startPageServer();
    firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    // Installing opens the welcome page; it is closed first, so the tab a join opens is the join's.
    const welcome = new Promise<Target>((resolve) => firefox.once('targetcreated', resolve));
    await firefox.installExtension(EXTENSION_DIR);
    await (await (await welcome).page())?.close();
  });
  test.afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('flags the demo timebook, badges each video appointment, and a join reaches the background', async () => {
    const page = await firefox.newPage();
    await page.goto(`${server.url}demo-timebook.html`);
    await page.waitForFunction(() => document.querySelectorAll('[data-videotime="video"]').length === 8, { timeout: 15_000 });
    // Badges come to appointments in or near the viewport: a tall one holds the whole demo day.
    await page.setViewport({ width: 1280, height: 1200 });
    await page.waitForFunction(() => document.querySelectorAll('[data-videotime="video"] [data-videotime-ui]').length === 8, { timeout: 15_000 });
    expect(await page.$$eval('[data-videotime="telefon"]', (rows) => rows.length)).toBeGreaterThan(0);

    const joinButton = await page.$('[data-videotime="video"] >>> button.join');
    expect(await joinButton!.evaluate((button) => button.getAttribute('aria-label'))).toMatch(/^(Bli med|Join)/);

    // No room is set up in this fresh profile: the background answers a join by opening
    // Videotime's options in a new tab, which BiDi shows only as a new tab.
    const opened = new Promise((resolve) => firefox.once('targetcreated', resolve));
    await joinButton!.click();
    await expect(Promise.race([opened, new Promise((_, reject) => setTimeout(() => reject(new Error('no tab opened')), 15_000))])).resolves.toBeTruthy();
  });
});
