import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { updateUrls } from './scripts/release/update-manifests';
import { JOIN_NEXT_COMMAND } from './utils/commands';
import { REMINDER_PERMISSIONS } from './utils/day/reminder-permissions';
import { besoklegen } from './utils/sites/besoklegen';

/** Pages the e2e build also runs on, so tests and the demo can serve timebooks locally. */
const LOCAL_TEST_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * A host the e2e build may access but does not read by default: the tests add it as a site the
 * way an admin would, without the browser's permission prompt, which tests cannot answer.
 */
const LOCAL_TEST_SITE = 'http://127.0.0.2/*';

/**
 * Our scripts in booking pages, by entrypoint name. Built as plain (unlisted) scripts: WXT's
 * content-script wrapper would tell the page about us through its window (see
 * entrypoints/timebook/lifetime.ts).
 */
const PAGE_SCRIPTS = ['timebook', 'detector', 'teaching'];

/**
 * Every page of a booking site loads the page-side scripts, so they use the browser's own
 * promise-based API (Chrome MV3, Firefox) instead of carrying webextension-polyfill (9.6 KB) for
 * nothing; utils/messaging/protocol.ts answers messages in the form both understand.
 */
const NATIVE_BROWSER_API = resolve(import.meta.dirname, 'utils/native-browser.ts');

/**
 * For a self-hosted rollout (README, "Roll out to every PC"): the address IT serves the packages and
 * update manifests from. Store packages must not name one, so it is set only when asked for.
 */
const UPDATE_BASE = process.env.VIDEOTIME_UPDATE_BASE;

export default defineConfig({
  // Every file imports what it uses: a forgotten import is a type error, not a global.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    // storage: the joined-today record, as opaque hashes; scripting: reading the sites an admin adds;
    // activeTab: the popup may see the current tab's address to offer adding it as a site.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Reminders before video appointments are off by default: asked for when an admin turns them on.
    optional_permissions: [...REMINDER_PERMISSIONS],
    // The timebook script on the built-in booking sites (sites an admin adds are registered at run
    // time). Loaded before the page, so rows are flagged as the parser adds them: a big timebook is
    // flagged by the time its DOM is complete, each row before the first frame that shows it.
    content_scripts: [{ matches: besoklegen.matches, js: ['timebook.js'], run_at: 'document_start' }],
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
  zip: {
    // addons.mozilla.org builds the sources to compare: what `npm ci && npm run build:firefox` needs.
    includeSources: ['.nvmrc'],
    excludeSources: ['docs/**', 'tests/**', 'scripts/bench/**', 'demo.png', 'test-results/**', 'playwright-report/**'],
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entrypoint) => PAGE_SCRIPTS.includes(entrypoint.name))) return;
      // Every page of a booking site loads these: terser, in two passes, takes off bytes esbuild leaves
      // (0.8 % of timebook.js and 1.5 % of detector.js gzipped, measured when it came).
      viteConfig.build = { ...viteConfig.build, minify: 'terser', terserOptions: { compress: { passes: 2 }, ecma: 2020 } };
      const alias = viteConfig.resolve?.alias ?? [];
      const entries = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      // First match wins: ours goes before the polyfill module's alias of the same name.
      viteConfig.resolve = { ...viteConfig.resolve, alias: [{ find: 'wxt/browser', replacement: NATIVE_BROWSER_API }, ...entries] };
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // MV2 (Firefox) has no optional_host_permissions: hosts go with the optional permissions.
      if (manifest.manifest_version === 2 && manifest.optional_host_permissions) {
        manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions];
        delete manifest.optional_host_permissions;
      }
      // Firefox cannot make alarms optional (it asks nothing for them): required there, empty without reminders.
      if (manifest.manifest_version === 2) {
        manifest.optional_permissions = manifest.optional_permissions?.filter((permission) => permission !== 'alarms');
        manifest.permissions = [...(manifest.permissions ?? []), 'alarms'];
      }
      if (UPDATE_BASE) {
        const urls = updateUrls(UPDATE_BASE);
        if (manifest.manifest_version === 2) manifest.browser_specific_settings!.gecko!.update_url = urls.firefox;
        else manifest.update_url = urls.chrome;
      }
      if (wxt.config.mode !== 'e2e') return;
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_ORIGINS, LOCAL_TEST_SITE];
      // Tests cannot answer the browser's prompt for them; the reminder tests need them granted.
      manifest.permissions = [...new Set([...(manifest.permissions ?? []), ...REMINDER_PERMISSIONS])];
      manifest.optional_permissions = manifest.optional_permissions?.filter((permission) => !(REMINDER_PERMISSIONS as readonly string[]).includes(permission));
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_TEST_ORIGINS];
      }
    },
  },
});
