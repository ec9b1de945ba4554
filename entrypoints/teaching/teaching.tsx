import css from '../../components/panel.css?inline';
import { LayoutNotice } from '../../components/LayoutNotice';
import { background } from '../../utils/messaging/messages';
import type { SiteProfile } from '../../utils/sites/profile';
import { startPicker } from './picker';
import { mountShadowUi, type ShadowUi } from '../timebook.content/shadow-ui';

/**
 * Teaching a page: the picker, started from the popup or from the notice a taught page shows
 * when it stops yielding appointments. The notice stays away once dismissed, and while picking.
 */
export function createTeaching() {
  let notice: ShadowUi | undefined;
  let dismissed = false;
  let picking = false;

  function showLayoutNotice(show: boolean) {
    if (show && !notice && !dismissed && !picking) {
      const dismiss = () => {
        dismissed = true;
        showLayoutNotice(false);
      };
      notice = mountShadowUi(document.documentElement, 'videotime-notice', css, <LayoutNotice onTeach={teach} onDismiss={dismiss} />);
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
      save: async (selectors) => {
        const taught: SiteProfile = { name: location.hostname, matches: [`*://${location.hostname}/*`], selectors };
        return (await background.send('profile:save', { profile: taught })).ok;
      },
      done: () => {
        picking = false;
      },
    });
  }

  return { teach, showLayoutNotice };
}
