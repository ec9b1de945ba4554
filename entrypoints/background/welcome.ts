import { browser } from 'wxt/browser';

/** A fresh install opens the welcome page, which sets the clinic up in a few steps (not on updates). */
export function registerWelcome() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
