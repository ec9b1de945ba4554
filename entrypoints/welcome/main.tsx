import { render } from 'preact';
import { t } from '../../utils/i18n';
import { speakChosenLanguage } from '../../utils/locales';
import { App } from './App';

await speakChosenLanguage();
document.title = t('welcomeTitle');
render(<App />, document.getElementById('app')!);
