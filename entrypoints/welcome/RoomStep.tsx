import { t } from '../../utils/i18n';
import { PRESET_EXAMPLES, type PresetId } from '../../utils/settings/presets';
import { parseWith, roomSchema } from '../../utils/settings/schema';
import { presetName, roomUrlHint } from '../options/RoomEditor';

export interface RoomChoice {
  preset: PresetId;
  url: string;
  pin: string;
}

/** The room as the schema would store it, or the first thing wrong with it, in the form's words. */
export function checkRoom({ preset, url, pin }: RoomChoice): { ok: true } | { ok: false; message: string } {
  const parsed = parseWith(roomSchema, { preset, url: url.trim(), ...(pin.trim() ? { pin: pin.trim() } : {}) });
  return parsed.ok ? { ok: true } : { ok: false, message: t(parsed.issues[0]!.key) };
}

/**
 * The clinic's room, with the chosen service's example, checked as it is typed: the check speaks
 * once something is typed, politely, so a screen reader is not interrupted mid-word.
 */
export function RoomStep({ room, onChange, showProblem }: { room: RoomChoice; onChange: (room: RoomChoice) => void; showProblem: boolean }) {
  const check = checkRoom(room);
  const typed = room.url.trim() !== '';
  const problem = !check.ok && (typed || showProblem) ? check.message : null;
  return (
    <>
      <div class="field">
        <label for="welcome-room">{t('welcomeRoomLabel', presetName(room.preset))}</label>
        <p class="hint" id="welcome-room-hint">
          {roomUrlHint(room.preset)}
        </p>
        <input
          id="welcome-room"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={PRESET_EXAMPLES[room.preset]}
          value={room.url}
          aria-invalid={problem !== null}
          aria-describedby="welcome-room-hint welcome-room-check"
          onInput={(event) => onChange({ ...room, url: event.currentTarget.value })}
        />
        <p id="welcome-room-check" class={problem ? 'error' : 'ok'} aria-live="polite">
          {problem ?? (check.ok ? t('welcomeRoomOk', presetName(room.preset)) : '')}
        </p>
      </div>
      {room.preset === 'nhn' && (
        <div class="field">
          <label for="welcome-pin">{t('optionsPinLabel')}</label>
          <p class="hint" id="welcome-pin-hint">
            {t('optionsPinHint')}
          </p>
          <input
            id="welcome-pin"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={room.pin}
            aria-describedby="welcome-pin-hint"
            onInput={(event) => onChange({ ...room, pin: event.currentTarget.value })}
          />
        </div>
      )}
    </>
  );
}
