import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
