import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';
import nb from '../public/_locales/nb/messages.json';
import { currentLanguage, t, useLanguage } from './i18n';
import { chosenLanguage } from './locales';

type LocaleFile = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

describe('locale files', () => {
  it('have the same keys in nb and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });

  it('declare the same placeholders in both languages', () => {
    for (const [key, entry] of Object.entries(nb as LocaleFile)) {
      const other = (en as LocaleFile)[key];
      expect(Object.keys(other?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });

  it('use every declared placeholder in the message', () => {
    for (const file of [nb, en] as LocaleFile[]) {
      for (const [key, entry] of Object.entries(file)) {
        for (const name of Object.keys(entry.placeholders ?? {})) {
          expect(entry.message.toLowerCase(), key).toContain(`$${name}$`);
        }
      }
    }
  });
});

describe('t', () => {
  afterEach(() => useLanguage(undefined));

  it('speaks the chosen language, whatever the browser’s, filling in named placeholders', () => {
    useLanguage(chosenLanguage('en'));
    expect(t('joinButtonLabel', '09:15')).toBe('Join the video room for the 09:15 appointment');
    expect(currentLanguage()).toBe('en');
    useLanguage(chosenLanguage('nb'));
    expect(t('joinButtonLabel', '09:15')).toBe('Bli med i videorommet for timen kl. 09:15');
    expect(t('startsInHours', '1', '5')).toBe('om 1 t 5 min');
    expect(currentLanguage()).toBe('nb');
  });

  it('speaks the locale the browser picked for "automatic", from the bundled catalogue', () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    // '': the answer for every key once seen in a browser started in Norwegian: the default locale.
    for (const [picked, ours] of [['en', 'en'], ['nb', 'nb'], ['', 'nb']] as const) {
      getMessage.mockImplementation((key) => (key === 'languageCode' ? picked : ''));
      useLanguage(chosenLanguage('auto'));
      expect(currentLanguage(), picked).toBe(ours);
      expect(t('joinButton'), picked).toBe((ours === 'en' ? en : nb).joinButton.message);
    }
  });
});
