/**
 * Settings IT pushes through browser policy (storage.managed). Each setting is checked on its own, so
 * one bad value in a policy does not throw away the good ones; the bad ones are reported, not used.
 */
import { parseWith, settingsSchema, type Settings, type SettingsIssue, type SettingsKey } from './schema';

export interface Managed {
  values: Partial<Settings>;
  /** The settings the policy sets: shown locked in the options page, and they win over local ones. */
  locked: SettingsKey[];
  issues: SettingsIssue[];
}

export const NO_POLICY: Managed = { values: {}, locked: [], issues: [] };

export function readManaged(policy: Record<string, unknown>): Managed {
  const values: Record<string, unknown> = {};
  const issues: SettingsIssue[] = [];
  const shape = settingsSchema.def.shape as Record<string, Parameters<typeof parseWith>[0]>;
  for (const [key, value] of Object.entries(policy)) {
    const schema = shape[key];
    if (!schema) {
      issues.push({ path: key, key: 'errorUnknownKey' });
      continue;
    }
    const parsed = parseWith(schema, value);
    if (parsed.ok) values[key] = parsed.value;
    else issues.push(...parsed.issues.map((issue) => ({ ...issue, path: [key, issue.path].filter(Boolean).join('.') })));
  }
  return { values, locked: Object.keys(values) as SettingsKey[], issues };
}

export const withManaged = (local: Settings, managed: Managed): Settings => ({ ...local, ...managed.values });
