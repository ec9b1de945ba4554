import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, t, useLanguage } from '../../utils/i18n';
import { chosenLanguage } from '../../utils/locales';
import { withManaged } from '../../utils/settings/managed';
import { extensionMessages, type SettingsState } from '../../utils/messaging/extension';
import type { SettingsIssue } from '../../utils/settings/schema';
import { Backup, IssueList, StoreProblem } from './Backup';
import { FeeCodeFields, ReminderFields } from './DaySection';
import { DetectorFields, TryComment } from './DetectorSection';
import { fromDraft, toDraft, type Draft } from './draft';
import { IssuesContext, Section, SelectField, TextField } from './form-controls';
import { PractitionerRooms, RoomEditor } from './RoomEditor';
import { ProfileList, SiteFields } from './SitesSection';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; issues: SettingsIssue[] };

export function App() {
  const [state, setState] = useState<SettingsState | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function load() {
    const loaded = await extensionMessages.send('settings:get', {});
    const effective = withManaged(loaded.stored.settings, loaded.managed);
    // A saved change of language shows at once, on this page too.
    useLanguage(chosenLanguage(effective.language));
    document.documentElement.lang = currentLanguage();
    setState(loaded);
    setDraft(toDraft(effective));
  }
  useEffect(() => void load(), []);

  if (!state || !draft) return <main aria-busy="true" />;
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
    <main>
      <h1>{t('optionsTitle')}</h1>
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
          <Section title={t('optionsRoomsHeading')} locked={locked('defaultRoom')}>
            <RoomEditor
              id="room"
              path="defaultRoom"
              room={draft.defaultRoom}
              urlLabel={t('optionsRoomUrlLabel')}
              onChange={(defaultRoom) => edit({ defaultRoom })}
            />
          </Section>
          <Section title={t('optionsPractitionerRoomsSection')} locked={locked('rooms')}>
            <PractitionerRooms rooms={draft.rooms} onChange={(rooms) => edit({ rooms })} />
          </Section>
          <Section title={t('optionsInviteHeading')} locked={locked('inviteText')}>
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
          <Section title={t('optionsDetectorHeading')} locked={locked('detector')}>
            <DetectorFields draft={draft} onChange={setDraft} />
          </Section>
          <TryComment draft={draft} />
          <Section title={t('optionsRemindersHeading')} locked={locked('reminders')}>
            <ReminderFields value={draft.reminders} onChange={(reminders) => edit({ reminders })} />
          </Section>
          <Section title={t('optionsFeeCodesHeading')} locked={locked('feeCodes')}>
            <FeeCodeFields value={draft.feeCodes} onChange={(feeCodes) => edit({ feeCodes })} />
          </Section>
          <Section title={t('optionsSitesHeading')} locked={locked('sites')}>
            <SiteFields sites={draft.sites} onChange={(sites) => edit({ sites })} />
          </Section>
          <Section title={t('optionsProfilesHeading')} locked={locked('profiles')}>
            <ProfileList profiles={draft.profiles} onChange={(profiles) => edit({ profiles })} />
          </Section>
          <Section title={t('optionsLanguageHeading')} locked={locked('language')}>
            <SelectField
              id="language"
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
          <div class="save-bar">
            <button type="submit">{t('optionsSave')}</button>
            {status.kind === 'saved' && (
              <p class="saved" role="status">
                {t('optionsSaved')}
              </p>
            )}
          </div>
          {status.kind === 'failed' && (
            <div class="error" role="alert">
              <p>{t('optionsSaveFailedList')}</p>
              <IssueList issues={status.issues} />
            </div>
          )}
        </form>
      </IssuesContext.Provider>
      <Backup
        saved={stored.ok ? stored.settings : null}
        onImported={() => {
          setStatus({ kind: 'idle' });
          void load();
        }}
      />
    </main>
  );
}
