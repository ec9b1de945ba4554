/**
 * Teaching a page, injected by the background only when needed: staff choose "Lær opp denne siden"
 * in the popup, or a taught page stops yielding appointments and the notice offers to teach it
 * again. It runs in the same isolated world as the timebook content script, never in the page's.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import css from '../../components/panel.css?inline';
import { LayoutNotice } from '../../components/LayoutNotice';
import { UI_KINDS } from '../../utils/dom-marks';
import { guarded } from '../../utils/guard';
import { useLanguage } from '../../utils/i18n';
import { pageMessages } from '../../utils/messaging/page';
import { teachingMessages } from '../../utils/messaging/tab';
import { startPicker } from './picker';
import { mountShadowUi, type ShadowUi } from './shadow-ui';

/** Each injection runs this script anew; the first one stays in charge. */
const INSTALLED = Symbol.for('videotime.teaching');

export default defineUnlistedScript(
  guarded('teaching', () => {
    const world = globalThis as { [INSTALLED]?: true };
    if (world[INSTALLED]) return;
    world[INSTALLED] = true;

    /** The notice stays away once dismissed, and while picking. */
    let notice: ShadowUi | undefined;
    let dismissed = false;
    let picking = false;

    function showLayoutNotice(show: boolean) {
      if (show && !notice && !dismissed && !picking) {
        const dismiss = () => {
          dismissed = true;
          showLayoutNotice(false);
        };
        notice = mountShadowUi(document.documentElement, UI_KINDS.notice, css, <LayoutNotice onTeach={teach} onDismiss={dismiss} />);
      } else if (!show && notice) {
        notice.remove();
        notice = undefined;
      }
    }

    function teach() {
      if (picking) return;
      showLayoutNotice(false);
      picking = true;
      startPicker({
        save: async (selectors) => (await pageMessages.send('profile:save', { selectors })).ok,
        done: () => {
          picking = false;
        },
      });
    }

    // The picker and notice speak the language staff chose, which comes with the page config.
    const speaking = pageMessages
      .send('page:config', {})
      .then((config) => useLanguage(config.language))
      .catch((error: unknown) => console.error('[Videotime] language', error));

    teachingMessages.handle({
      'teaching:pick': async () => {
        await speaking;
        teach();
      },
      'teaching:notice': async ({ show }) => {
        await speaking;
        showLayoutNotice(show);
      },
    });
  }),
);
