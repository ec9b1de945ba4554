import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../utils/i18n';
import { extensionMessages } from '../../utils/messaging/extension';
import type { SettingsIssue } from '../../utils/settings/schema';
import { fromRoomDraft, type Draft } from '../options/draft';
import { IssuesContext } from '../options/form-controls';
import { PractitionerRooms, presetOptions } from '../options/RoomEditor';
import { checkRoom, RoomStep, type RoomChoice } from './RoomStep';
import { SitesInfo } from './SitesInfo';

/** At most four steps, then where Videotime runs; every one can be skipped. */
const STEPS: [id: Step, title: MessageKey][] = [
  ['service', 'welcomeStepService'],
  ['room', 'welcomeStepRoom'],
  ['practitioners', 'welcomeStepPractitioners'],
  ['test', 'welcomeStepTest'],
];
type Step = 'service' | 'room' | 'practitioners' | 'test';
type Screen = Step | 'done';

export function App() {
  const [screen, setScreen] = useState<Screen>('service');
  const [room, setRoom] = useState<RoomChoice>({ preset: 'whereby', url: '', pin: '' });
  const [rooms, setRooms] = useState<Draft['rooms']>([]);
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  const [showProblem, setShowProblem] = useState(false);
  const [tried, setTried] = useState<'idle' | 'opened' | 'failed'>('idle');
  const [skipped, setSkipped] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Each step starts at its heading, so a screen reader reads where it is and the keyboard goes on from there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [screen]);

  const step = STEPS.findIndex(([id]) => id === screen);

  function roomNext() {
    if (checkRoom(room).ok) return setScreen('practitioners');
    setShowProblem(true);
    document.getElementById('welcome-room')?.focus();
  }

  /** Saves the clinic's room and the practitioners' on top of whatever else is stored. */
  async function save() {
    const { stored } = await extensionMessages.send('settings:get', {});
    const candidate = {
      ...stored.settings,
      defaultRoom: fromRoomDraft(room),
      rooms: rooms.map(({ practitioner, ...own }) => ({ practitioner, ...fromRoomDraft(own) })),
    };
    const result = await extensionMessages.send('settings:save', { settings: candidate });
    if (result.ok) {
      setIssues([]);
      return setScreen('test');
    }
    setIssues(result.issues);
    if (result.issues.some((issue) => issue.path.startsWith('defaultRoom'))) {
      setShowProblem(true);
      setScreen('room');
    }
  }

  async function tryRoom() {
    const { opened } = await extensionMessages.send('room:try', {});
    setTried(opened ? 'opened' : 'failed');
  }

  function skip() {
    setSkipped(true);
    setScreen('done');
  }

  const title = screen === 'done' ? t(skipped ? 'welcomeSkippedHeading' : 'welcomeDoneHeading') : t(STEPS[step]![1]);

  return (
    <main>
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeLead')}</p>
        {screen !== 'done' && (
          <ol class="steps" aria-label={t('welcomeStepsLabel')}>
            {STEPS.map(([id, key], index) => (
              <li key={id} aria-current={index === step ? 'step' : undefined} class={index < step ? 'passed' : undefined}>
                {t(key)}
              </li>
            ))}
          </ol>
        )}
      </header>
      <section aria-labelledby="step-heading">
        <h2 id="step-heading" tabIndex={-1} ref={heading}>
          {screen === 'done' ? title : t('welcomeStepOf', String(step + 1), String(STEPS.length), title)}
        </h2>

        {screen === 'service' && (
          <fieldset class="services">
            <legend>{t('welcomeServiceQuestion')}</legend>
            {presetOptions().map(([preset, name]) => (
              <label key={preset} class="choice">
                <input type="radio" name="service" value={preset} checked={room.preset === preset} onChange={() => setRoom({ ...room, preset })} />
                {name}
              </label>
            ))}
          </fieldset>
        )}

        {screen === 'room' && <RoomStep room={room} onChange={setRoom} showProblem={showProblem} />}

        {screen === 'practitioners' && (
          <IssuesContext.Provider value={issues}>
            <p>{t('welcomePractitionersIntro')}</p>
            {issues.length > 0 && (
              <p class="error" role="alert">
                {t('welcomeFixRooms')}
              </p>
            )}
            <PractitionerRooms rooms={rooms} preset={room.preset} onChange={setRooms} />
          </IssuesContext.Provider>
        )}

        {screen === 'test' && (
          <>
            <p>{t('welcomeTestIntro')}</p>
            <button type="button" class="primary" onClick={() => void tryRoom()}>
              {t('welcomeTestButton')}
            </button>
            <p role="status" class={tried === 'failed' ? 'error' : 'ok'}>
              {tried === 'opened' ? t('welcomeTestOpened') : tried === 'failed' ? t('welcomeTestFailed') : ''}
            </p>
          </>
        )}

        {screen === 'done' && <SitesInfo skipped={skipped} />}

        <div class="actions">
          {step > 0 && (
            <button type="button" class="secondary" onClick={() => setScreen(STEPS[step - 1]![0])}>
              {t('welcomeBack')}
            </button>
          )}
          {screen === 'service' && (
            <button type="button" class="primary" onClick={() => setScreen('room')}>
              {t('welcomeNext')}
            </button>
          )}
          {screen === 'room' && (
            <button type="button" class="primary" onClick={roomNext}>
              {t('welcomeNext')}
            </button>
          )}
          {screen === 'practitioners' && (
            <button type="button" class="primary" onClick={() => void save()}>
              {t(rooms.length ? 'welcomeSaveNext' : 'welcomeSaveNoPractitioners')}
            </button>
          )}
          {screen === 'test' && (
            <button type="button" class="primary" onClick={() => setScreen('done')}>
              {t('welcomeNext')}
            </button>
          )}
          {screen === 'done' ? (
            <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('welcomeOpenOptions')}
            </button>
          ) : (
            <button type="button" class="link" onClick={skip}>
              {t('welcomeSkip')}
            </button>
          )}
        </div>
      </section>
    </main>
  );
}
