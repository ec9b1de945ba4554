import { t } from '../../utils/i18n';
import { PRESET_IDS, type PresetId } from '../../utils/settings/presets';
import type { Draft, RoomDraft } from './draft';
import { SelectField, TextField } from './form-controls';

const PRESET_NAMES: Record<PresetId, Parameters<typeof t>[0]> = {
  whereby: 'presetWhereby',
  confrere: 'presetConfrere',
  nhn: 'presetNhn',
  jitsi: 'presetJitsi',
  teams: 'presetTeams',
  zoom: 'presetZoom',
  custom: 'presetCustom',
};

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
        options={PRESET_IDS.map((preset) => [preset, t(PRESET_NAMES[preset])])}
        onChange={(preset) => onChange({ ...room, preset })}
      />
      <TextField
        id={`${id}-url`}
        path={`${path}.url`}
        label={urlLabel}
        hint={t('optionsRoomUrlHint')}
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

const EMPTY_ROOM = { practitioner: '', preset: 'custom', url: '', pin: '' } as const;

/** The practitioners' own rooms; the timebook's practitioner name picks one. */
export function PractitionerRooms({ rooms, onChange }: { rooms: Draft['rooms']; onChange: (rooms: Draft['rooms']) => void }) {
  const update = (index: number, room: Draft['rooms'][number]) => onChange(rooms.map((old, i) => (i === index ? room : old)));
  return (
    <>
      <h3>{t('optionsPractitionerRoomsHeading')}</h3>
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
      <button type="button" class="secondary" onClick={() => onChange([...rooms, { ...EMPTY_ROOM }])}>
        {t('optionsAddPractitioner')}
      </button>
    </>
  );
}
