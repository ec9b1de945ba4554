import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { speakChosenLanguage } from '../../utils/locales';
import { pinKey } from '../../utils/settings/pin-handover';

/**
 * The background leaves the PIN in session storage under the token in this page's address, and it
 * is taken once: the PIN is in no address, and a reload or a copied link shows nothing.
 */
async function takePin(): Promise<string | undefined> {
  const key = pinKey(location.hash.slice(1));
  const { [key]: pin } = await browser.storage.session.get(key);
  await browser.storage.session.remove(key);
  return typeof pin === 'string' ? pin : undefined;
}

function Pin({ pin }: { pin: string | undefined }) {
  const [copied, setCopied] = useState(false);
  if (pin === undefined) {
    return (
      <main>
        <h1>{t('pinTitle')}</h1>
        <p role="alert">{t('pinGone')}</p>
      </main>
    );
  }
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

const [pin] = await Promise.all([takePin(), speakChosenLanguage()]);
document.title = t('pinTitle');
render(<Pin pin={pin} />, document.getElementById('app')!);
