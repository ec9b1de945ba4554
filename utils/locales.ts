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

/** What `useLanguage` takes for a setting: nothing for "auto", which leaves the choice to the browser. */
export function chosenLanguage(setting: LanguageSetting): { language: Language; catalogue: Catalogue } | undefined {
  if (setting === 'auto') return undefined;
  let catalogue = built.get(setting);
  if (!catalogue) built.set(setting, (catalogue = catalogueOf(FILES[setting])));
  return { language: setting, catalogue };
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
