import type { Slot, TimebookSummary } from './appointment';
import { defineProtocol } from './messaging';
import type { LoadResult, SaveResult } from './settings-store';

/** What extension pages and content scripts ask the background, which owns settings and tabs. */
export type BackgroundProtocol = {
  'settings:get': { request: object; response: LoadResult };
  'settings:save': { request: { settings: unknown }; response: SaveResult };
  'room:join': { request: { slot: Slot }; response: { opened: boolean } };
};

/** What the popup asks the content script of a timebook tab. */
export type TimebookProtocol = {
  'timebook:list': { request: object; response: TimebookSummary };
};

export const background = defineProtocol<BackgroundProtocol>();
export const timebook = defineProtocol<TimebookProtocol>();
