import type { Slot } from '../appointment';
import type { Managed } from '../settings/managed';
import type { SettingsIssue } from '../settings/schema';
import type { LoadResult, SaveResult } from '../settings/store';
import type { InviteResult } from './page';
import { defineProtocol, type Handlers } from './protocol';

/** What the options page shows: the stored record as it is, and what browser policy sets over it. */
export interface SettingsState {
  stored: LoadResult;
  managed: Managed;
}

/** The session's room is write-only from outside the background: pages learn only whether one is set. */
export type RoomOverrideResult = { ok: true; active: boolean } | { ok: false; issues: SettingsIssue[] };

/** What the extension's own pages (popup, options) ask the background, which owns settings and tabs. */
export type ExtensionProtocol = {
  'settings:get': { request: object; response: SettingsState };
  /**
   * Saving and importing alike: the whole candidate is validated, and any issue changes nothing.
   * Only an import (`replace`) may write over a stored record that is invalid.
   */
  'settings:save': { request: { settings: unknown; replace?: boolean }; response: SaveResult };
  /** Replaces the stored record, valid or not, with the defaults. */
  'settings:reset': { request: object; response: SaveResult };
  /** Without `room` it only asks; `null` clears; a URL sets the room for this browser session. */
  'room:override': { request: { room?: string | null }; response: RoomOverrideResult };
  /** The welcome page's test join: opens the clinic's room as a join now would, PIN window and all. */
  'room:try': { request: object; response: { opened: boolean } };
  /** The invite for the patient, for the popup to copy. */
  'invite:text': { request: { slot: Slot }; response: InviteResult };
  /** Adds a booking site whose permission the popup just obtained, and starts reading the tab. */
  'site:add': { request: { pattern: string; tabId: number }; response: { ok: boolean } };
  /** The popup's on/off switch: stops reading an added site (and gives its access back), reloading the tab. */
  'site:remove': { request: { pattern: string; tabId: number }; response: { ok: boolean } };
  /** "Lær opp denne siden": the picker, injected into the tab only now. */
  'teach:start': { request: { tabId: number }; response: void };
};

export type ExtensionHandlers = Handlers<ExtensionProtocol>;

export const extensionMessages = defineProtocol<ExtensionProtocol>();
