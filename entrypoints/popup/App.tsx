import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { appointmentKey } from '../../components/VideoAppointmentList';
import type { FlaggedAppointment, Slot } from '../../utils/appointment';
import { t } from '../../utils/i18n';
import { extensionMessages } from '../../utils/messaging/extension';
import { timebookMessages } from '../../utils/messaging/tab';
import { AdminMenu } from './AdminMenu';
import { DayView } from './DayView';
import { loadPractitionerChoice, savePractitionerChoice } from './practitioner-choice';
import { SiteSwitch } from './SiteSwitch';
import { readTimebook, type TimebookState } from './timebook-state';

/** "✓ Kopiert" and its notice stay this long, then the button offers copying again. */
const COPIED_MS = 2_000;

/** The relative times ("om 12 min") move on while the popup stays open. */
const CLOCK_TICK_MS = 30_000;

const slotOf = ({ time, practitioner }: FlaggedAppointment): Slot => ({ time, practitioner });

export function App() {
  const [state, setState] = useState<TimebookState>({ kind: 'loading' });
  const [notice, setNotice] = useState('');
  const [copied, setCopied] = useState<FlaggedAppointment | null>(null);
  const [practitioner, setPractitioner] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    // Settings a newer Videotime wrote cannot be read here: say so before anything else.
    void extensionMessages.send('settings:get', {}).then(({ stored }) => !stored.ok && stored.newer && setNotice(t('errorStoreNewer')));
    void Promise.all([readTimebook(), loadPractitionerChoice()]).then(([read, chosen]) => {
      setPractitioner(chosen);
      setState(read);
    });
    const tick = setInterval(() => setNow(new Date()), CLOCK_TICK_MS);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    if (!copied) return;
    const reset = setTimeout(() => {
      setCopied(null);
      setNotice('');
    }, COPIED_MS);
    return () => clearTimeout(reset);
  }, [copied]);

  /** The picker runs on the page; the popup gets out of the way so the admin can click there. */
  async function teach(tabId: number) {
    await extensionMessages.send('teach:start', { tabId });
    window.close();
  }

  async function switchSite(on: boolean, site: { tabId: number; pattern: string; host: string }) {
    const { tabId, pattern } = site;
    if (!on) {
      if (!(await extensionMessages.send('site:remove', { tabId, pattern })).ok) return setNotice(t('popupDisableFailed'));
      // The tab is reloading without Videotime; asking it now could still reach the page going away.
      return setState({ kind: 'siteOff', ...site });
    }
    // Asked from the click itself: browsers only show the permission prompt for a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted || !(await extensionMessages.send('site:add', { pattern, tabId })).ok) return setNotice(t('popupEnableFailed'));
    setState(await readTimebook());
  }

  if (state.kind === 'siteOff') {
    return (
      <Shell notice={notice}>
        <p class="status">{t('popupSiteOff', state.host)}</p>
        <SiteSwitch host={state.host} on={false} onToggle={(on) => void switchSite(on, state)} />
      </Shell>
    );
  }

  if (state.kind !== 'list') {
    const { tabId, site } = state.kind === 'noTimebook' ? state : {};
    return (
      <Shell notice={notice}>
        <p class="status">{t(state.kind === 'loading' ? 'popupLoading' : 'popupNoTimebook')}</p>
        {tabId !== undefined && (
          <footer>
            {site?.pattern && <SiteSwitch host={site.host} on onToggle={(on) => void switchSite(on, { tabId, host: site.host, pattern: site.pattern! })} />}
            <AdminMenu onTeach={() => void teach(tabId)} />
          </footer>
        )}
      </Shell>
    );
  }

  const list = state;
  const { tabId, site, appointments, videoOnly, layoutChanged } = list;
  const practitioners = [...new Set([...appointments.map((a) => a.practitioner ?? ''), practitioner ?? ''].filter(Boolean))].sort();
  const shown = practitioner === null ? appointments : appointments.filter((a) => a.practitioner === practitioner);

  async function join(appointment: FlaggedAppointment) {
    const { opened, problem } = await timebookMessages.sendToTab(tabId, 'timebook:join', { slot: slotOf(appointment) });
    if (!opened) return problem && setNotice(t(problem));
    const read = await readTimebook();
    setState(read);
    const joined = read.kind === 'list' ? read.appointments.find((a) => appointmentKey(a) === appointmentKey(appointment)) : undefined;
    if (joined?.feeCode) setNotice(t('feeCodeReminder', joined.feeCode));
  }

  async function copyInvite(appointment: FlaggedAppointment) {
    const result = await extensionMessages.send('invite:text', { slot: slotOf(appointment) });
    if ('error' in result) return setNotice(t(result.error));
    await navigator.clipboard.writeText(result.text);
    setCopied(appointment);
    setNotice(t('inviteCopied'));
  }

  async function toggleVideoOnly(on: boolean) {
    await timebookMessages.sendToTab(tabId, 'timebook:videoOnly', { videoOnly: on });
    setState({ ...list, videoOnly: on });
  }

  function choosePractitioner(chosen: string) {
    const next = chosen || null;
    setPractitioner(next);
    void savePractitionerChoice(next);
  }

  return (
    <Shell
      notice={notice}
      filter={
        practitioners.length > 1 || practitioner !== null ? (
          <div class="filter">
            <label for="practitioner">{t('popupShowFor')}</label>
            <select id="practitioner" value={practitioner ?? ''} onChange={(event) => choosePractitioner(event.currentTarget.value)}>
              <option value="">{t('popupAllPractitioners')}</option>
              {practitioners.map((name) => (
                <option value={name}>{name}</option>
              ))}
            </select>
          </div>
        ) : undefined
      }
    >
      <div class="day">
        {layoutChanged && (
          <div class="warning" role="alert">
            <p>{t('layoutChanged')}</p>
            <button type="button" class="secondary" onClick={() => void teach(tabId)}>
              {t('popupTeach')}
            </button>
          </div>
        )}
        {shown.length === 0 ? (
          <p class="status">{t(appointments.length ? 'popupNoneForPractitioner' : 'popupNoVideo')}</p>
        ) : (
          <DayView appointments={shown} now={now} copied={copied} onJoin={(a) => void join(a)} onCopyInvite={(a) => void copyInvite(a)} />
        )}
      </div>
      <footer>
        <label class="switch">
          <input type="checkbox" role="switch" checked={videoOnly} onChange={(event) => void toggleVideoOnly(event.currentTarget.checked)} />
          {t('popupVideoOnly')}
        </label>
        {site.pattern && <SiteSwitch host={site.host} on onToggle={(on) => void switchSite(on, { tabId, host: site.host, pattern: site.pattern! })} />}
        <AdminMenu onTeach={layoutChanged ? undefined : () => void teach(tabId)} />
      </footer>
    </Shell>
  );
}

function Shell({ children, notice, filter }: { children: ComponentChildren; notice: string; filter?: ComponentChildren }) {
  return (
    <main>
      <header>
        <h1>{t('popupHeading')}</h1>
        {filter}
      </header>
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
