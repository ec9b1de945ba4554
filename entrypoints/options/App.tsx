import { useEffect, useState } from 'preact/hooks';
import { RoomUrlField } from '@/components/RoomUrlField';
import { t } from '@/utils/i18n';
import { background } from '@/utils/protocol';
import type { Settings } from '@/utils/settings';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [storeCorrupt, setStoreCorrupt] = useState(false);

  useEffect(() => {
    void background.send('settings:get', {}).then((loaded) => {
      setSettings(loaded.settings);
      setStoreCorrupt(!loaded.ok);
    });
  }, []);

  /** Resolves to the problems, if any; the store keeps the old value when there are some. */
  async function save(next: Settings): Promise<string[]> {
    const result = await background.send('settings:save', { settings: next });
    if (!result.ok) return result.issues;
    setSettings(result.settings);
    setStoreCorrupt(false);
    return [];
  }

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {storeCorrupt && (
        <p class="warning" role="alert">
          {t('optionsStoreCorrupt')}
        </p>
      )}
      {settings && <RoomUrlField value={settings.roomUrl ?? ''} onSave={(roomUrl) => save({ ...settings, roomUrl })} />}
    </main>
  );
}
