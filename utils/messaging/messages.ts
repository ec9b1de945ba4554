import type { Slot, TimebookSummary } from '../appointment';
import type { DetectorSettings } from '../detector';
import type { MessageKey } from '../i18n';
import { defineProtocol } from './protocol';
import type { FeeCodeSettings } from '../day/schedule';
import type { SiteProfile } from '../sites/profile';
import type { Managed } from '../settings/managed';
import type { SettingsIssue } from '../settings/schema';
import type { LoadResult, SaveResult } from '../settings/store';

/** What the options page shows: the stored record as it is, and what browser policy sets over it. */
export interface SettingsState {
  stored: LoadResult;
  managed: Managed;
}

/** The session's room is write-only from outside the background: pages learn only whether one is set. */
export type RoomOverrideResult = { ok: true; active: boolean } | { ok: false; issues: SettingsIssue[] };

export interface PageConfig {
  detector: DetectorSettings;
  feeCodes: FeeCodeSettings;
  profiles: SiteProfile[];
}

/** What extension pages and content scripts ask the background, which owns settings and tabs. */
export type BackgroundProtocol = {
  'settings:get': { request: object; response: SettingsState };
  /** Saving and importing alike: the whole candidate is validated, and any issue changes nothing. */
  'settings:save': { request: { settings: unknown }; response: SaveResult };
  /** Replaces the stored record, valid or not, with the defaults. */
  'settings:reset': { request: object; response: SaveResult };
  /** Without `room` it only asks; `null` clears; a URL sets the room for this browser session. */
  'room:override': { request: { room?: string | null }; response: RoomOverrideResult };
  'room:join': { request: { slot: Slot }; response: { opened: boolean } };
  /** A timebook tab's current video slots: the toolbar count and the reminders follow them. */
  'timebook:flagged': { request: { slots: Slot[] }; response: void };
  /** Which of the tab's slots were joined today on this site. */
  'joined:list': { request: { slots: Slot[] }; response: boolean[] };
  'joined:mark': { request: { slot: Slot }; response: void };
  /** What a timebook page needs to read and badge: no room URLs. */
  'page:config': { request: object; response: PageConfig };
  /** Saves a profile taught with the picker, replacing the admin's profile of the same name. */
  'profile:save': { request: { profile: SiteProfile }; response: { ok: boolean } };
  /** Adds a booking site whose permission the popup just obtained, and starts reading the tab. */
  'site:add': { request: { pattern: string; tabId: number }; response: { ok: boolean } };
  /** The invite for the patient, with the room's URL filled in: for staff to copy. */
  'invite:text': { request: { slot: Slot }; response: { text: string } | { error: MessageKey } };
};

/** What the popup asks the content script of a timebook tab. */
export type TimebookProtocol = {
  'timebook:list': { request: object; response: TimebookSummary };
  /** Joins go through the tab's content script, which knows the site and marks the badge joined. */
  'timebook:join': { request: { slot: Slot }; response: { opened: boolean } };
  'timebook:joinNext': { request: object; response: { opened: boolean } };
  'timebook:videoOnly': { request: { videoOnly: boolean }; response: void };
  /** Sent by the background to every tab after settings change, so open timebooks follow. */
  'settings:changed': { request: object; response: void };
  'picker:start': { request: object; response: void };
};

export const background = defineProtocol<BackgroundProtocol>();
export const timebook = defineProtocol<TimebookProtocol>();
