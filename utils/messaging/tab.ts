import type { Slot, TimebookSummary } from '../appointment';
import type { JoinResult } from './page';
import { defineProtocol, type Handlers } from './protocol';

/** What the background and the popup ask the timebook content script of a tab. */
export type TimebookProtocol = {
  'timebook:list': { request: object; response: TimebookSummary };
  /** Joins go through the tab's content script, which knows the site and marks the badge joined. */
  'timebook:join': { request: { slot: Slot }; response: JoinResult };
  'timebook:joinNext': { request: object; response: { opened: boolean } };
  'timebook:videoOnly': { request: { videoOnly: boolean }; response: void };
  /** Sent by the background to every tab after settings change, so open timebooks follow. */
  'settings:changed': { request: object; response: void };
};

export type TimebookHandlers = Handlers<TimebookProtocol>;

export const timebookMessages = defineProtocol<TimebookProtocol>();

/** What the background asks the teaching script, once it has injected it into a tab. */
export type TeachingProtocol = {
  /** Start the picker. */
  'teaching:pick': { request: object; response: void };
  /** Show or hide the notice that a taught page stopped yielding appointments. */
  'teaching:notice': { request: { show: boolean }; response: void };
};

export type TeachingHandlers = Handlers<TeachingProtocol>;

export const teachingMessages = defineProtocol<TeachingProtocol>();
