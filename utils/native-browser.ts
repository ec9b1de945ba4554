import type { browser as Browser } from 'wxt/browser';

/**
 * The browser's own extension API, which page-side scripts use as `wxt/browser` (see
 * wxt.config.ts): Firefox's `browser`, or Chrome's `chrome`, both promise-based in the calls
 * those scripts make.
 */
const world = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };

export const browser: typeof Browser = world.browser?.runtime?.id ? world.browser : world.chrome;
