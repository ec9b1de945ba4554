import { browser } from 'wxt/browser';

/**
 * "Bare mine": the practitioner whose appointments the popup shows, remembered between openings.
 * A practitioner's name as the timebook shows it is all that is stored: never a patient's.
 */
const KEY = 'popupPractitioner';

export async function loadPractitionerChoice(): Promise<string | null> {
  const { [KEY]: chosen } = await browser.storage.local.get(KEY);
  return typeof chosen === 'string' ? chosen : null;
}

export async function savePractitionerChoice(practitioner: string | null): Promise<void> {
  if (practitioner === null) await browser.storage.local.remove(KEY);
  else await browser.storage.local.set({ [KEY]: practitioner });
}
