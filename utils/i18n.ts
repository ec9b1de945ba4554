import { browser } from 'wxt/browser';
import type messages from '../public/_locales/nb/messages.json';

/** Every key of the default (nb) locale; a typo in a key is a type error, not a blank label. */
export type MessageKey = keyof typeof messages;

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A locale's messages made ready to use: key → text, substitutions written $1 … $9. */
export type Catalogue = Partial<Record<MessageKey, string>>;

/** The language staff chose in the options page; without one, the browser's own choice (chrome.i18n). */
let chosen: { language: Language; catalogue: Catalogue } | undefined;

/** A page's language changes rarely, and badges ask for the same strings thousands of times. */
const cache = new Map<string, string>();

export function useLanguage(next: { language: Language; catalogue: Catalogue } | undefined): void {
  chosen = next;
  cache.clear();
}

const substitute = (text: string, substitutions: string[]) =>
  text.replace(/\$(\$|[1-9])/g, (token, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));

/** The one way UI code gets a user-visible string, in the chosen language or else the browser's. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const id = substitutions.length ? `${key}\u0000${substitutions.join('\u0000')}` : key;
  let text = cache.get(id);
  if (text === undefined) {
    if (cache.size > 5_000) cache.clear();
    const own = chosen?.catalogue[key];
    text = (own === undefined ? browser.i18n.getMessage(key, substitutions) : substitute(own, substitutions)) || key;
    cache.set(id, text);
  }
  return text;
}

/** The language the strings come in now: for <html lang>, dates and numbers. */
export const currentLanguage = (): Language => (t('languageCode') === 'en' ? 'en' : 'nb');
