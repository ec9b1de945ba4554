import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDetector } from '@/utils/detector';
import type { Slot } from '@/utils/appointment';
import { guarded } from '@/utils/guard';
import { background, timebook } from '@/utils/protocol';
import { BESOKLEGEN_MATCHES } from '@/utils/sites';
import { createFlagger } from './flagger';
import { watchPage } from './watch';

export default defineContentScript({
  matches: BESOKLEGEN_MATCHES,
  main: guarded('start', (ctx: ContentScriptContext) => {
    const detector = createDetector();
    const flagger = createFlagger(detector, guarded('join', (slot: Slot) => background.send('room:join', { slot })));
    const rescan = guarded('scan', () => flagger.scan(document));
    rescan();
    watchPage(ctx, rescan);
    timebook.handle({ 'timebook:list': async () => flagger.scan(document) });
  }),
});
