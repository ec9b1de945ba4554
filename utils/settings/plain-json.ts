import type { SettingsIssue } from './schema';

/** Deeper than any settings record or file goes (they nest 5 levels); far short of what breaks messaging. */
export const MAX_DEPTH = 32;

const isPlainObject = (value: object) => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * Where a value stops being plain JSON data (a Date, a Map, a function, NaN, a class instance) or
 * nests deeper than MAX_DEPTH: such a record is invalid, never quietly read as its defaults (zod
 * takes a Map for an object with no keys). Absent optional fields may be `undefined`.
 */
export function jsonProblems(value: unknown, path: (string | number)[] = [], depth = 0): SettingsIssue[] {
  const here = path.join('.');
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [{ path: here, key: 'errorNotJson' }];
  if (typeof value !== 'object') return [{ path: here, key: 'errorNotJson' }];
  if (depth >= MAX_DEPTH) return [{ path: here, key: 'errorTooDeep' }];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => (item === undefined ? [{ path: [...path, i].join('.'), key: 'errorNotJson' as const }] : jsonProblems(item, [...path, i], depth + 1)));
  }
  if (!isPlainObject(value)) return [{ path: here, key: 'errorNotJson' }];
  return Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : jsonProblems(item, [...path, key], depth + 1)));
}
