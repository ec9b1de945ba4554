import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, t, useLanguage, type MessageKey } from '../../utils/i18n';
import { chosenLanguage } from '../../utils/locales';
import { withManaged } from '../../utils/settings/managed';
import { extensionMessages, type SettingsState } from '../../utils/messaging/extension';
import type { SettingsIssue } from '../../utils/settings/schema';
import { Backup, IssueList, StoreProblem } from './Backup';
import { FeeCodeFields, ReminderFields } from './DaySection';
import { DetectorFields, TryComment } from './DetectorSection';
import { fromDraft, toDraft, type Draft } from './draft';
import { ErrorSummary } from './ErrorSummary';
import { Advanced, IssuesContext, PageSection, Section, SelectField, TextField } from './form-controls';
import { PractitionerRooms, RoomEditor } from './RoomEditor';
import { ProfileList, SiteFields } from './SitesSection';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; issues: SettingsIssue[] };

/** The page's parts, in the order they come, each a link in the navigation. */
const PARTS: [id: string, title: MessageKey][] = [
  ['rooms', 'optionsRoomsHeading'],
  ['recognition', 'optionsDetectorHeading'],
  ['sites', 'optionsSitesHeading'],
  ['day', 'optionsDayHeading'],
  ['language', 'optionsLanguageHeading'],
  ['backup', 'optionsBackupHeading'],
];

/** The page's frame, drawn at once: the settings arrive after the browser's policy has been read. */
function Frame({ children }: { children: preact.ComponentChildren }) {
  return (
    <>
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
        <a href="/welcome.html">{t('optionsOpenWelcome')}</a>
        <nav aria-label={t('optionsNavLabel')}>
          <ul>
            {PARTS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(title)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>{children}</main>
    </>
  );
}

export function App() {
  const [state, setState] = useState<SettingsState | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function load() {
    const loaded = await extensionMessages.send('settings:get', {});
    const effective = withManaged(loaded.stored.settings, loaded.managed);
    // A saved change of language shows at once, on this page too.
    // Settings that cannot be read (invalid, or a newer Videotime's) keep the language the page started in.
    if (loaded.stored.ok) useLanguage(chosenLanguage(effective.language));
    document.documentElement.lang = currentLanguage();
    setState(loaded);
    setDraft(toDraft(effective));
  }
  useEffect(() => void load(), []);

  if (!state || !draft) {
    return (
      <Frame>
        <p class="loading" role="status" aria-busy="true">
          {t('optionsLoading')}
        </p>
      </Frame>
    );
  }
  const { stored, managed } = state;
  const locked = (key: (typeof managed.locked)[number]) => managed.locked.includes(key);
  const edit = (changes: Partial<Draft>) => setDraft({ ...draft, ...changes });

  async function save(event: Event) {
    event.preventDefault();
    const result = await extensionMessages.send('settings:save', { settings: fromDraft(draft!, stored.settings, managed.locked) });
    setStatus(result.ok ? { kind: 'saved' } : { kind: 'failed', issues: result.issues });
    if (result.ok) await load();
  }

  return (
    <Frame>
      {!stored.ok && <StoreProblem raw={stored.raw} issues={stored.issues} newer={stored.newer} onReset={() => void load()} />}
      {managed.locked.length > 0 && <p class="locked">{t('optionsManagedNotice')}</p>}
      {managed.issues.length > 0 && (
        <div class="problem">
          <p>{t('optionsManagedInvalid')}</p>
          <IssueList issues={managed.issues} />
        </div>
      )}
      <IssuesContext.Provider value={status.kind === 'failed' ? status.issues : []}>
        <form onSubmit={save} noValidate>
          {status.kind === 'failed' && <ErrorSummary issues={status.issues} />}
          <PageSection id="rooms" title={t('optionsRoomsHeading')}>
            <Section locked={locked('defaultRoom')}>
              <RoomEditor
                id="room"
                path="defaultRoom"
                room={draft.defaultRoom}
                urlLabel={t('optionsRoomUrlLabel')}
                onChange={(defaultRoom) => edit({ defaultRoom })}
              />
              <Advanced summary={t('optionsTemplatesSummary')}>
                <p class="hint">{t('optionsRoomUrlHint')}</p>
              </Advanced>
            </Section>
            <Section title={t('optionsPractitionerRoomsHeading')} locked={locked('rooms')}>
              <PractitionerRooms rooms={draft.rooms} preset={draft.defaultRoom.preset} onChange={(rooms) => edit({ rooms })} />
            </Section>
            <Advanced summary={t('optionsInviteHeading')}>
              <Section locked={locked('inviteText')}>
                <TextField
                  id="invite-text"
                  path="inviteText"
                  multiline
                  label={t('optionsInviteLabel')}
                  hint={t('optionsInviteHint')}
                  value={draft.inviteText}
                  onInput={(inviteText) => edit({ inviteText })}
                />
              </Section>
            </Advanced>
          </PageSection>
          <PageSection id="recognition" title={t('optionsDetectorHeading')}>
            <TryComment draft={draft} />
            <Advanced summary={t('optionsDetectorAdvanced')}>
              <Section locked={locked('detector')}>
                <DetectorFields draft={draft} onChange={setDraft} />
              </Section>
            </Advanced>
          </PageSection>
          <PageSection id="sites" title={t('optionsSitesHeading')}>
            <Section locked={locked('sites')}>
              <SiteFields sites={draft.sites} onChange={(sites) => edit({ sites })} />
            </Section>
            <Advanced summary={t('optionsProfilesHeading')}>
              <Section locked={locked('profiles')}>
                <ProfileList profiles={draft.profiles} onChange={(profiles) => edit({ profiles })} />
              </Section>
            </Advanced>
          </PageSection>
          <PageSection id="day" title={t('optionsDayHeading')}>
            <Section title={t('optionsRemindersHeading')} locked={locked('reminders')}>
              <ReminderFields value={draft.reminders} onChange={(reminders) => edit({ reminders })} />
            </Section>
            <Section title={t('optionsFeeCodesHeading')} locked={locked('feeCodes')}>
              <FeeCodeFields value={draft.feeCodes} onChange={(feeCodes) => edit({ feeCodes })} />
            </Section>
          </PageSection>
          <PageSection id="language" title={t('optionsLanguageHeading')}>
            <Section locked={locked('language')}>
              <SelectField
                id="language-choice"
                path="language"
                label={t('optionsLanguageLabel')}
                hint={t('optionsLanguageHint')}
                value={draft.language}
                options={[
                  ['auto', t('languageAuto')],
                  ['nb', t('languageNb')],
                  ['en', t('languageEn')],
                ]}
                onChange={(language) => edit({ language })}
              />
            </Section>
          </PageSection>
          <div class="save-bar">
            <button type="submit">{t('optionsSave')}</button>
            {status.kind === 'saved' && (
              <p class="saved" role="status">
                {t('optionsSaved')}
              </p>
            )}
          </div>
        </form>
      </IssuesContext.Provider>
      <Backup
        saved={stored.ok ? stored.settings : null}
        onImported={() => {
          setStatus({ kind: 'idle' });
          void load();
        }}
      />
    </Frame>
  );
}
