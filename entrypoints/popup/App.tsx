import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RoomOverride } from '../../components/RoomOverride';
import { VideoAppointmentList } from '../../components/VideoAppointmentList';
import type { FlaggedAppointment, Slot } from '../../utils/appointment';
import { t } from '../../utils/i18n';
import { extensionMessages } from '../../utils/messaging/extension';
import { timebookMessages } from '../../utils/messaging/tab';
import { sitePatternOf } from '../../utils/sites/match-pattern';
import { isToday } from '../../utils/day/dates';
import { byTime, nextAppointment } from '../../utils/day/schedule';

type State =
  | { kind: 'loading' }
  | { kind: 'noTimebook'; tabId?: number }
  /** A web page Videotime does not run on: adding it as a site is the fix. */
  | { kind: 'siteOff'; tabId: number; pattern: string; host: string }
  | { kind: 'list'; tabId: number; appointments: FlaggedAppointment[]; videoOnly: boolean; layoutChanged: boolean };

/** Tests open the popup as a tab, so they name the timebook tab instead of it being the active one. */
async function timebookTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  if (requested) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** activeTab lets the popup see the address of the tab it was opened on, to offer it as a site. */
async function siteOffState(tabId: number): Promise<State> {
  const { url } = await browser.tabs.get(tabId);
  const pattern = url ? sitePatternOf(url) : null;
  return pattern?.startsWith('http') && url ? { kind: 'siteOff', tabId, pattern, host: new URL(url).hostname } : { kind: 'noTimebook' };
}

async function readActiveTimebook(): Promise<State> {
  const tabId = await timebookTabId();
  if (tabId === undefined) return { kind: 'noTimebook' };
  try {
    const { appointmentCount, flagged, videoOnly, layoutChanged } = await timebookMessages.sendToTab(tabId, 'timebook:list', {});
    if (!appointmentCount && !layoutChanged) return { kind: 'noTimebook', tabId };
    // Today's appointments: countdowns and "next" mean nothing on a week view's other days.
    const todays = flagged.filter(({ date }) => isToday(date, new Date()));
    return { kind: 'list', tabId, appointments: todays.toSorted(byTime), videoOnly, layoutChanged };
  } catch {
    // No content script answers: Videotime does not run on this page.
    return siteOffState(tabId);
  }
}

const slotOf = ({ time, practitioner }: FlaggedAppointment): Slot => ({ time, practitioner });

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [notice, setNotice] = useState('');
  useEffect(() => {
    void readActiveTimebook().then(setState);
  }, []);

  /** The picker runs on the page; the popup gets out of the way so the admin can click there. */
  async function teach(tabId: number) {
    await extensionMessages.send('teach:start', { tabId });
    window.close();
  }

  async function enableSite(site: { tabId: number; pattern: string }) {
    // Asked from the click itself: browsers only show the permission prompt for a user gesture.
    const granted = await browser.permissions.request({ origins: [site.pattern] });
    const added = granted && (await extensionMessages.send('site:add', { pattern: site.pattern, tabId: site.tabId })).ok;
    if (!added) return setNotice(t('popupEnableFailed'));
    setState(await readActiveTimebook());
  }

  const teachButton = (tabId: number) => (
    <button type="button" class="teach" onClick={() => void teach(tabId)}>
      {t('popupTeach')}
    </button>
  );

  if (state.kind === 'siteOff') {
    return (
      <Shell notice={notice}>
        <p class="status">{t('popupSiteOff', state.host)}</p>
        <button type="button" class="primary" onClick={() => void enableSite(state)}>
          {t('popupEnableSite', state.host)}
        </button>
      </Shell>
    );
  }

  if (state.kind !== 'list') {
    return (
      <Shell notice={notice}>
        <p class="status">{t(state.kind === 'loading' ? 'popupLoading' : 'popupNoTimebook')}</p>
        {state.kind === 'noTimebook' && state.tabId !== undefined && teachButton(state.tabId)}
      </Shell>
    );
  }

  const list = state;
  const { tabId, appointments, videoOnly, layoutChanged } = list;
  const now = new Date();

  async function copyInvite(appointment: FlaggedAppointment) {
    const result = await extensionMessages.send('invite:text', { slot: slotOf(appointment) });
    if ('error' in result) return setNotice(t(result.error));
    await navigator.clipboard.writeText(result.text);
    setNotice(t('inviteCopied'));
  }

  async function toggleVideoOnly(on: boolean) {
    await timebookMessages.sendToTab(tabId, 'timebook:videoOnly', { videoOnly: on });
    setState({ ...list, videoOnly: on });
  }

  return (
    <Shell notice={notice}>
      {layoutChanged && <p class="warning" role="alert">{t('layoutChanged')}</p>}
      {appointments.length === 0 ? (
        <p class="status">{t('popupNoVideo')}</p>
      ) : (
        <VideoAppointmentList
          appointments={appointments}
          next={nextAppointment(appointments, now)}
          now={now}
          onJoin={(appointment) => void timebookMessages.sendToTab(tabId, 'timebook:join', { slot: slotOf(appointment) })}
          onCopyInvite={(appointment) => void copyInvite(appointment)}
        />
      )}
      <label class="toggle">
        <input type="checkbox" checked={videoOnly} onChange={(event) => void toggleVideoOnly(event.currentTarget.checked)} />
        {t('popupVideoOnly')}
      </label>
      {teachButton(tabId)}
      <RoomOverride />
    </Shell>
  );
}

function Shell({ children, notice }: { children: preact.ComponentChildren; notice: string }) {
  return (
    <main>
      <h1>{t('popupHeading')}</h1>
      {children}
      <p class="notice" role="status">
        {notice}
      </p>
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}
