import { render } from 'preact';
import { App } from './ui/App';
import { currentLanguage } from './i18n';

document.documentElement.lang = currentLanguage();
render(<App />, document.getElementById('app')!);
// The first render is done and its handlers attached: what `npm run bench web` times as interactive.
performance.mark('realm-chat:interactive');
