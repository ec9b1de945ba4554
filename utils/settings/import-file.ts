/**
 * Reading a settings file an admin picked, before anything else sees it: a file far bigger or
 * deeper than any settings file gets a clear message at once, not a frozen page or an error from
 * messaging ("Could not serialize message"), and a long list of problems stays readable.
 */
import type { MessageKey } from '../i18n';
import { MAX_DEPTH } from './plain-json';
import type { SettingsIssue } from './schema';

/** An exported settings file is a few kilobytes; one with every room and word allowed stays far under this. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** How many problems the options page lists; the rest are counted. */
export const MAX_SHOWN_ISSUES = 20;

export type ImportRead =
  | { ok: true; candidate: unknown }
  | { ok: false; problem: 'importTooBig'; size: string }
  | { ok: false; problem: Extract<MessageKey, 'importTooDeep' | 'optionsImportNotJson'> };

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it; stops past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      deepest = Math.max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
}

/** `size` is the file's size in bytes, known before its text is read: a huge file is never read. */
export function readImport(text: string, size: number): ImportRead {
  if (size > MAX_IMPORT_BYTES) return { ok: false, problem: 'importTooBig', size: (size / 1_000_000).toFixed(1) };
  if (nestingDepth(text, MAX_DEPTH) > MAX_DEPTH) return { ok: false, problem: 'importTooDeep' };
  try {
    return { ok: true, candidate: JSON.parse(text) };
  } catch {
    return { ok: false, problem: 'optionsImportNotJson' };
  }
}

/** Reads a picked file: one over the limit is refused by its size, its text never read. */
export async function readImportFile(file: Blob): Promise<ImportRead> {
  return file.size > MAX_IMPORT_BYTES ? readImport('', file.size) : readImport(await file.text(), file.size);
}

/** The first MAX_SHOWN_ISSUES problems, and how many more there are ("og 12 til"). */
export function shownIssues(issues: SettingsIssue[]): { shown: SettingsIssue[]; more: number } {
  return { shown: issues.slice(0, MAX_SHOWN_ISSUES), more: Math.max(0, issues.length - MAX_SHOWN_ISSUES) };
}
