import { browser } from 'wxt/browser';
import type messages from '../public/_locales/nb/messages.json';

/** Every key of the default (nb) locale; a typo in a key is a type error, not a blank label. */
export type MessageKey = keyof typeof messages;

/** A page's language does not change while it is open, and badges ask for the same strings thousands of times. */
const cache = new Map<string, string>();

/** The one way UI code gets a user-visible string: the browser's language picks nb or en. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const id = substitutions.length ? `${key}\u0000${substitutions.join('\u0000')}` : key;
  let text = cache.get(id);
  if (text === undefined) {
    if (cache.size > 5_000) cache.clear();
    text = browser.i18n.getMessage(key, substitutions) || key;
    cache.set(id, text);
  }
  return text;
}
