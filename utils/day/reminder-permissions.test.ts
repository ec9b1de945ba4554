import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { REMINDER_PERMISSIONS } from './reminder-permissions';

describe('the manifest', () => {
  const manifest = config.manifest as { permissions: string[]; optional_permissions: string[] };

  it('asks for alarms and notifications only when reminders are turned on', () => {
    for (const permission of REMINDER_PERMISSIONS) {
      expect(manifest.permissions).not.toContain(permission);
      expect(manifest.optional_permissions).toContain(permission);
    }
  });
});
