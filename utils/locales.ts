/**
 * Both locales, bundled, for the contexts that choose a language themselves: the background
 * (notifications, and the strings it hands page-side scripts) and the extension's own pages.
 * Page-side scripts never import this: their strings come with the page config.
 */
import en from '../public/_locales/en/messages.json';
import nb from '../public/_locales/nb/messages.json';
import { browser } from 'wxt/browser';
import { currentLanguage, LANGUAGES, useLanguage, type Catalogue, type Language } from './i18n';

type LocaleFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const FILES: Record<Language, LocaleFile> = { nb, en };

/** The setting: a language, or the browser's own choice. */
export const LANGUAGE_SETTINGS = ['auto', ...LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** chrome.i18n's named placeholders ($TIME$ → "$1") resolved once, so formatting is a plain replace. */
function catalogueOf(file: LocaleFile): Catalogue {
  const catalogue: Record<string, string> = {};
  for (const [key, { message, placeholders = {} }] of Object.entries(file)) {
    catalogue[key] = message.replace(/\$([a-z0-9_@]+)\$/gi, (token, name: string) => placeholders[name.toLowerCase()]?.content ?? token);
  }
  return catalogue as Catalogue;
}

const built = new Map<Language, Catalogue>();

/**
 * The locale the browser picked among ours (English, or the default, Norwegian), as its own i18n
 * reports it; the strings come from the bundled catalogue. i18n.getMessage has now and then
 * answered "" for every key in a browser started in Norwegian, which showed the options page's
 * keys: that answer reads as the default locale.
 */
const browserLanguage = (): Language => (browser.i18n.getMessage('languageCode') === 'en' ? 'en' : 'nb');

/** What `useLanguage` takes for a setting; "auto" speaks the browser's language. */
export function chosenLanguage(setting: LanguageSetting): { language: Language; catalogue: Catalogue } {
  const language = setting === 'auto' ? browserLanguage() : setting;
  let catalogue = built.get(language);
  if (!catalogue) built.set(language, (catalogue = catalogueOf(FILES[language])));
  return { language, catalogue };
}

/**
 * Where the background mirrors the effective setting (settings live in IndexedDB, behind the
 * background), so the extension's pages speak it from their first frame.
 */
export const LANGUAGE_KEY = 'language';

const isLanguageSetting = (value: unknown): value is LanguageSetting => (LANGUAGE_SETTINGS as readonly unknown[]).includes(value);

/** For an extension page, before it renders: the chosen language, and <html lang> to match. */
export async function speakChosenLanguage(): Promise<void> {
  const { [LANGUAGE_KEY]: setting } = await browser.storage.local.get(LANGUAGE_KEY);
  useLanguage(chosenLanguage(isLanguageSetting(setting) ? setting : 'auto'));
  document.documentElement.lang = currentLanguage();
}
