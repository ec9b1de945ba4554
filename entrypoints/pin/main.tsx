import { render } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { speakChosenLanguage } from '../../utils/locales';

/** The background passes the PIN in this page's own address: it never goes near the timebook page. */
const pin = decodeURIComponent(location.hash.slice(1));

function Pin() {
  const [copied, setCopied] = useState(false);
  const copy = () => void navigator.clipboard.writeText(pin).then(() => setCopied(true));
  return (
    <main>
      <h1>{t('pinTitle')}</h1>
      <p>{t('pinMessage')}</p>
      <p class="pin" aria-label={t('pinTitle')}>
        {pin}
      </p>
      <button type="button" onClick={copy}>
        {t('pinCopy')}
      </button>
      {copied && <p role="status">{t('pinCopied')}</p>}
    </main>
  );
}

await speakChosenLanguage();
document.title = t('pinTitle');
render(<Pin />, document.getElementById('app')!);
