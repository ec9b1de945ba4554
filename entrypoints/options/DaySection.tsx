import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { REMINDER_PERMISSIONS } from '../../utils/day/reminder-permissions';
import { t } from '../../utils/i18n';
import type { Draft } from './draft';
import { CheckField, TextField } from './form-controls';

type Props<K extends 'reminders' | 'feeCodes'> = { value: Draft[K]; onChange: (value: Draft[K]) => void };

/** When to remind staff of a video appointment; the reminders themselves run in the background. */
export function ReminderFields({ value, onChange }: Props<'reminders'>) {
  const [refused, setRefused] = useState(false);
  async function setEnabled(enabled: boolean) {
    // Asked from the click itself: the browser shows its prompt only for a person's gesture.
    const granted = !enabled || (await browser.permissions.request({ permissions: [...REMINDER_PERMISSIONS] }));
    setRefused(!granted);
    if (granted) onChange({ ...value, enabled });
  }
  return (
    <>
      <CheckField id="reminders-enabled" label={t('optionsRemindersEnabled')} checked={value.enabled} onChange={(enabled) => void setEnabled(enabled)} />
      {refused && (
        <p class="error" role="alert">
          {t('remindersPermissionRefused')}
        </p>
      )}
      <TextField
        id="reminders-minutes"
        path="reminders.minutesBefore"
        label={t('optionsRemindersMinutes')}
        inputMode="numeric"
        value={value.minutesBefore}
        onInput={(minutesBefore) => onChange({ ...value, minutesBefore })}
      />
    </>
  );
}

/** The tariff changes now and then, so the codes and the evening hour are the clinic's to set. */
export function FeeCodeFields({ value, onChange }: Props<'feeCodes'>) {
  return (
    <>
      <CheckField id="fee-enabled" label={t('optionsFeeCodesEnabled')} checked={value.enabled} onChange={(enabled) => onChange({ ...value, enabled })} />
      <TextField id="fee-day" path="feeCodes.day" label={t('optionsFeeDay')} value={value.day} onInput={(day) => onChange({ ...value, day })} />
      <TextField id="fee-evening" path="feeCodes.evening" label={t('optionsFeeEvening')} value={value.evening} onInput={(evening) => onChange({ ...value, evening })} />
      <TextField
        id="fee-evening-from"
        path="feeCodes.eveningFromHour"
        label={t('optionsFeeEveningFrom')}
        inputMode="numeric"
        value={value.eveningFromHour}
        onInput={(eveningFromHour) => onChange({ ...value, eveningFromHour })}
      />
    </>
  );
}
