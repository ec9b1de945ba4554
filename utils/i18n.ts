import { browser } from 'wxt/browser';
import type messages from '../public/_locales/nb/messages.json';

/** Every key of the default (nb) locale; a typo in a key is a type error, not a blank label. */
export type MessageKey = keyof typeof messages;

/** The one way UI code gets a user-visible string: the browser's language picks nb or en. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
