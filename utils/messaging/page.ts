import type { Slot } from '../appointment';
import type { FeeCodeSettings } from '../day/schedule';
import type { DetectorSettings } from '../detector';
import type { Catalogue, Language, MessageKey } from '../i18n';
import type { ProfileSelectors, SiteProfile } from '../sites/profile';
import { defineProtocol, type Handlers } from './protocol';

/** What a timebook page needs to read and badge: no room URLs. */
export interface PageConfig {
  detector: DetectorSettings;
  feeCodes: FeeCodeSettings;
  profiles: SiteProfile[];
  /** The language to speak (staff's choice, or the browser's for "automatic"), with its strings. */
  language: { language: Language; catalogue: Catalogue };
}

/** Whether a room opened; if not for a reason staff can act on, that reason. */
export type JoinResult = { opened: boolean; problem?: MessageKey };

export type InviteResult = { text: string } | { error: MessageKey };

/** What our scripts in a booking page (the timebook content script, the teaching script) ask the background. */
export type PageProtocol = {
  'page:config': { request: object; response: PageConfig };
  /**
   * The page shows appointments: inject the detector script into the frame that asks, and let it
   * come with the site's pages from now on.
   */
  'detector:load': { request: object; response: void };
  'room:join': { request: { slot: Slot }; response: JoinResult };
  /** The invite for the patient, with the room's URL filled in: straight to the clipboard, never the page. */
  'invite:text': { request: { slot: Slot }; response: InviteResult };
  /** A timebook tab's current video slots: the toolbar count and the reminders follow them. */
  'timebook:flagged': { request: { slots: Slot[] }; response: void };
  /** Which of the tab's slots were joined today on this site. */
  'joined:list': { request: { slots: Slot[] }; response: boolean[] };
  'joined:mark': { request: { slot: Slot }; response: void };
  /** A taught profile stopped finding appointments (or found them again): the notice offering to re-teach. */
  'layout:changed': { request: { changed: boolean }; response: void };
  /**
   * Saves what the picker learnt as the profile of the sender's own site (the background names it
   * from the sender), replacing the admin's profile of the same name; only while staff teach the tab.
   */
  'profile:save': { request: { selectors: ProfileSelectors }; response: { ok: boolean } };
};

export type PageHandlers = Handlers<PageProtocol>;

export const pageMessages = defineProtocol<PageProtocol>();
