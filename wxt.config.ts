import { defineConfig } from 'wxt';
import { JOIN_NEXT_COMMAND } from './utils/commands';
import { besoklegen } from './utils/sites/besoklegen';

/** Pages the e2e build also runs on, so tests and the demo can serve timebooks locally. */
const LOCAL_TEST_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * A host the e2e build may access but does not read by default: the tests add it as a site the
 * way an admin would, without the browser's permission prompt, which tests cannot answer.
 */
const LOCAL_TEST_SITE = 'http://127.0.0.2/*';

/** Public half of a test-only key: its extension id is E2E_EXTENSION_ID in tests/e2e/policy.spec.ts. */
const E2E_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0EYaoCt1rVdVHzmYArdxTlWxArn5Lmms1xTA6O4iZFwygTrQUNyZGI1PEkDDgwpL/AEJvWsk7NHzZ38td11e5jLP92h2Z6nUJ5K/6tbDYOgIvPMhjIPa+JH0AOGdGFr6GpO2b7dUclhpZK+I1/VThj/B5FrlECF5JokQKMK0mP8aFo1I94DzQ5f5gFPTDPCMW9B4FVDBnoLBOIJmMH6lyP9dCn9+BV+wajQPCqmOJoz3A9i2o+9ZgkrEUdBKtq7GYgi4xXxdylrYNwDuc+7Zhey8CDnQDqSfCroVDM0AqLuC8fZ9zuLE6xARUyh/8rEMzbVRZWjsrbqj2S2rrDjkuQIDAQAB';

export default defineConfig({
  // Every file imports what it uses: a forgotten import is a type error, not a global.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    // alarms + notifications: reminders before video appointments (off by default);
    // storage: the joined-today record, as opaque hashes; scripting: reading the sites an admin adds;
    // activeTab: the popup may see the current tab's address to offer adding it as a site.
    permissions: ['alarms', 'notifications', 'storage', 'scripting', 'activeTab'],
    // The sites the content script runs on anyway: the background may also inject the teaching
    // script there when it is needed, rather than every page loading it.
    host_permissions: besoklegen.matches,
    // Only asked for, one site at a time, when an admin adds a booking site.
    optional_host_permissions: ['https://*/*'],
    commands: {
      [JOIN_NEXT_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandJoinNext__',
      },
    },
    // IT pushes settings through browser policy; the schema is generated from utils/settings/schema.ts.
    storage: { managed_schema: 'managed-schema.json' },
    browser_specific_settings: {
      gecko: {
        id: 'videotime@videotime.no',
        // Firefox asks new extensions to declare what they collect: nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // MV2 (Firefox) has no optional_host_permissions: hosts go with the optional permissions.
      if (manifest.manifest_version === 2 && manifest.optional_host_permissions) {
        manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions];
        delete manifest.optional_host_permissions;
      }
      if (wxt.config.mode !== 'e2e') return;
      // A fixed extension id, so the e2e tests can address a browser policy to it.
      manifest.key = E2E_PUBLIC_KEY;
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_ORIGINS, LOCAL_TEST_SITE];
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_TEST_ORIGINS];
      }
    },
  },
});
