import { useLayoutEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { PRESET_EXAMPLES, PRESET_IDS, type PresetId } from '../../utils/settings/presets';
import type { Draft, RoomDraft } from './draft';
import { SelectField, TextField } from './form-controls';

/** In the list's order: the services clinics use most first, "Annen tjeneste" last. */
const PRESET_NAMES: Record<PresetId, MessageKey> = {
  whereby: 'presetWhereby',
  confrere: 'presetConfrere',
  nhn: 'presetNhn',
  jitsi: 'presetJitsi',
  teams: 'presetTeams',
  zoom: 'presetZoom',
  custom: 'presetCustom',
};

export const presetName = (preset: PresetId) => t(PRESET_NAMES[preset]);
export const presetOptions = (): [PresetId, string][] => PRESET_IDS.map((preset) => [preset, presetName(preset)]);

/** The hint under a room's address: that service's own example. */
export const roomUrlHint = (preset: PresetId) =>
  preset === 'custom' ? t('optionsRoomUrlHintCustom', PRESET_EXAMPLES.custom) : t('optionsRoomUrlHintFor', presetName(preset), PRESET_EXAMPLES[preset]);

interface RoomEditorProps {
  id: string;
  path: string;
  room: RoomDraft;
  onChange: (room: RoomDraft) => void;
  urlLabel: string;
}

/** A room: which service, its address (a template) and, for Norsk Helsenett, the PIN staff type in. */
export function RoomEditor({ id, path, room, onChange, urlLabel }: RoomEditorProps) {
  return (
    <>
      <SelectField
        id={`${id}-preset`}
        path={`${path}.preset`}
        label={t('optionsPresetLabel')}
        value={room.preset}
        options={presetOptions()}
        onChange={(preset) => onChange({ ...room, preset })}
      />
      <TextField
        id={`${id}-url`}
        path={`${path}.url`}
        label={urlLabel}
        hint={roomUrlHint(room.preset)}
        placeholder={PRESET_EXAMPLES[room.preset]}
        inputMode="url"
        value={room.url}
        onInput={(url) => onChange({ ...room, url })}
      />
      {(room.preset === 'nhn' || room.pin) && (
        <TextField
          id={`${id}-pin`}
          path={`${path}.pin`}
          label={t('optionsPinLabel')}
          hint={t('optionsPinHint')}
          inputMode="numeric"
          value={room.pin}
          onInput={(pin) => onChange({ ...room, pin })}
        />
      )}
    </>
  );
}

/** The practitioners' own rooms; the timebook's practitioner name picks one. */
export function PractitionerRooms({ rooms, preset, onChange }: { rooms: Draft['rooms']; preset: PresetId; onChange: (rooms: Draft['rooms']) => void }) {
  // The field to focus once the room just added is on the page, so typing goes to its name: in
  // the same task as the click, before a fast typist's next key.
  const [added, setAdded] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (added !== null) document.getElementById(`rooms-${added}-practitioner`)?.focus();
  }, [added]);

  const update = (index: number, room: Draft['rooms'][number]) => onChange(rooms.map((old, i) => (i === index ? room : old)));
  function add() {
    // Most clinics use one service: a new practitioner's room starts on the clinic's.
    onChange([...rooms, { practitioner: '', preset, url: '', pin: '' }]);
    setAdded(rooms.length);
  }
  return (
    <>
      <p class="hint">{t('optionsPractitionerRoomsHint')}</p>
      {rooms.map((room, index) => (
        <fieldset class="room">
          <legend>{t('optionsPractitionerRoomLegend', String(index + 1))}</legend>
          <TextField
            id={`rooms-${index}-practitioner`}
            path={`rooms.${index}.practitioner`}
            label={t('optionsPractitionerLabel')}
            value={room.practitioner}
            onInput={(practitioner) => update(index, { ...room, practitioner })}
          />
          <RoomEditor
            id={`rooms-${index}`}
            path={`rooms.${index}`}
            room={room}
            urlLabel={t('optionsPractitionerRoomLabel')}
            onChange={(changed) => update(index, { ...room, ...changed })}
          />
          <button type="button" class="secondary" onClick={() => onChange(rooms.filter((_, i) => i !== index))}>
            {t('optionsRemovePractitioner')}
          </button>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={add}>
        {t('optionsAddPractitioner')}
      </button>
    </>
  );
}
