import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { extensionMessages } from '../../utils/messaging/extension';
import { readImportFile, shownIssues } from '../../utils/settings/import-file';
import type { Settings, SettingsIssue } from '../../utils/settings/schema';

/** Saves JSON as a file through the page itself: no downloads permission needed. */
export function download(filename: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Every problem with where it is, as an admin editing the file would look for it. */
export function IssueList({ issues }: { issues: SettingsIssue[] }) {
  const { shown, more } = shownIssues(issues);
  return (
    <ul class="issues">
      {shown.map(({ path, key }) => (
        <li>
          <code>{path || t('optionsWholeFile')}</code>: {t(key)}
        </li>
      ))}
      {more > 0 && <li>{t('issuesMore', String(more))}</li>}
    </ul>
  );
}

type Status = { kind: 'idle' } | { kind: 'imported' } | { kind: 'failed'; issues: SettingsIssue[] } | { kind: 'unreadable'; message: string };

/** Export of the saved settings, and import of a whole file that either passes or changes nothing. */
export function Backup({ saved, onImported }: { saved: Settings | null; onImported: () => void }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readImportFile(file);
    if (!read.ok) {
      setStatus({ kind: 'unreadable', message: read.problem === 'importTooBig' ? t(read.problem, read.size) : t(read.problem) });
      return;
    }
    const candidate = read.candidate;
    // An import may replace a stored record that is invalid: the page offers to download it above.
    const result = await extensionMessages.send('settings:save', { settings: candidate, replace: true });
    if (!result.ok) {
      setStatus({ kind: 'failed', issues: result.issues });
      return;
    }
    setStatus({ kind: 'imported' });
    onImported();
  }

  return (
    <section id="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
      <p class="hint">{t('optionsBackupHint')}</p>
      <div class="row">
        <button type="button" class="secondary" disabled={!saved} onClick={() => saved && download('videotime-innstillinger.json', saved)}>
          {t('optionsExport')}
        </button>
        <label class="button secondary" for="import-file">
          {t('optionsImport')}
        </label>
        <input id="import-file" class="visually-hidden" type="file" accept="application/json,.json" onChange={(event) => void importFile(event.currentTarget)} />
      </div>
      {status.kind === 'imported' && <p class="saved" role="status">{t('optionsImportDone')}</p>}
      {status.kind === 'unreadable' && (
        <p class="error" role="alert">
          {status.message}
        </p>
      )}
      {status.kind === 'failed' && (
        <div class="error" role="alert">
          <p>{t('optionsImportFailed')}</p>
          <IssueList issues={status.issues} />
        </div>
      )}
    </section>
  );
}

/**
 * A stored record that fails validation: kept as it is until the admin downloads it and resets or
 * imports. A database from a newer Videotime cannot even be read: only the reason shows.
 */
export function StoreProblem({ raw, issues, newer, onReset }: { raw: unknown; issues: SettingsIssue[]; newer?: boolean; onReset: () => void }) {
  async function reset() {
    if (!confirm(t('optionsResetConfirm'))) return;
    await extensionMessages.send('settings:reset', {});
    onReset();
  }
  if (newer) {
    return (
      <div class="problem" role="alert">
        <p>{t('errorStoreNewer')}</p>
      </div>
    );
  }
  return (
    <div class="problem" role="alert">
      <p>{t('optionsStoreCorrupt')}</p>
      <IssueList issues={issues} />
      <div class="row">
        <button type="button" class="secondary" onClick={() => download('videotime-lagrede-innstillinger.json', raw)}>
          {t('optionsExportRaw')}
        </button>
        <button type="button" class="danger" onClick={() => void reset()}>
          {t('optionsReset')}
        </button>
      </div>
    </div>
  );
}
