import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { VideoAppointmentList } from '@/components/VideoAppointmentList';
import { byTime, type FlaggedAppointment } from '@/utils/appointment';
import { t } from '@/utils/i18n';
import { background, timebook } from '@/utils/protocol';

type State = { kind: 'loading' } | { kind: 'noTimebook' } | { kind: 'list'; appointments: FlaggedAppointment[] };

/** Tests open the popup as a tab, so they name the timebook tab instead of it being the active one. */
async function timebookTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  if (requested) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readActiveTimebook(): Promise<State> {
  const tabId = await timebookTabId();
  if (tabId === undefined) return { kind: 'noTimebook' };
  try {
    const { appointmentCount, flagged } = await timebook.sendToTab(tabId, 'timebook:list', {});
    return appointmentCount ? { kind: 'list', appointments: flagged.toSorted(byTime) } : { kind: 'noTimebook' };
  } catch {
    // No content script answers on pages that are not timebooks.
    return { kind: 'noTimebook' };
  }
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void readActiveTimebook().then(setState);
  }, []);

  const join = (appointment: FlaggedAppointment) =>
    void background.send('room:join', { slot: { time: appointment.time, practitioner: appointment.practitioner } });

  return (
    <main>
      <h1>{t('popupHeading')}</h1>
      {state.kind === 'loading' && <p class="status">{t('popupLoading')}</p>}
      {state.kind === 'noTimebook' && <p class="status">{t('popupNoTimebook')}</p>}
      {state.kind === 'list' && state.appointments.length === 0 && <p class="status">{t('popupNoVideo')}</p>}
      {state.kind === 'list' && state.appointments.length > 0 && (
        <VideoAppointmentList appointments={state.appointments} onJoin={join} />
      )}
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}
