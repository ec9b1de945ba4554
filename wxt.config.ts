import { defineConfig } from 'wxt';

/** Pages the e2e build also runs on, so tests and the demo can serve timebooks locally. */
const LOCAL_TEST_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    action: { default_title: '__MSG_actionTitle__' },
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
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_TEST_ORIGINS];
      }
    },
  },
});
