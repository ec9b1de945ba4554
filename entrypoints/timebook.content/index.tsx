import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Slot, TimebookSummary } from '@/utils/appointment';
import { createDetector, DEFAULT_DETECTOR_SETTINGS } from '@/utils/detector';
import { guarded } from '@/utils/guard';
import { readWithProfile } from '@/utils/profile-reader';
import { background, timebook } from '@/utils/protocol';
import { nextAppointment } from '@/utils/schedule';
import { profileFor, type SiteProfile } from '@/utils/site-profiles';
import { BESOKLEGEN_MATCHES } from '@/utils/sites';
import { serialized } from '@/utils/serialized';
import { timebookAppointments } from '@/utils/timebook-reader';
import { createFlagger, FLAG_ATTRIBUTE } from './flagger';
import { collectInSlices } from './slices';
import { createTeaching } from './teaching';
import { createVideoOnlyFilter } from './video-only';
import { watchPage } from './watch';

/** The relative start times on the join buttons ("om 12 min") move on with the clock. */
const CLOCK_TICK_MS = 30_000;

/** How long a taught page may show no appointments before we say its layout changed. */
const LAYOUT_GRACE_MS = 4_000;

export default defineContentScript({
  matches: BESOKLEGEN_MATCHES,
  // Loaded before the page so the first scan runs as the DOM completes, before a big timebook's
  // first layout (half a second at 20,000 rows), as a highlighter in the page itself would.
  runAt: 'document_start',
  main: (ctx: ContentScriptContext) => {
    if (document.readyState !== 'loading') return start(ctx);
    ctx.addEventListener(document, 'DOMContentLoaded', () => start(ctx), { once: true });
  },
});

const start = guarded('start', (ctx: ContentScriptContext) => {
  // Built-in profiles apply at once; the admin's own arrive with the page config.
  let ownProfiles: SiteProfile[] = [];
  let detectorRules = JSON.stringify(DEFAULT_DETECTOR_SETTINGS);
  let summary: TimebookSummary = { appointmentCount: 0, flagged: [], videoOnly: false, layoutChanged: false };
  let reported = '';
  let firstRead = true;
  const startedAt = Date.now();

  const flagger = createFlagger({ detector: createDetector(DEFAULT_DETECTOR_SETTINGS), join: guarded('join', join), copyInvite });
  const videoOnly = createVideoOnlyFilter();
  const teaching = createTeaching();

  async function join(slot: Slot) {
    const result = await background.send('room:join', { slot });
    if (result.opened) {
      flagger.setJoined([slot]);
      await background.send('joined:mark', { slot });
    }
    return result;
  }

  /** The invite holds the room URL: it goes straight to the clipboard, never into the page. */
  async function copyInvite(slot: Slot): Promise<boolean> {
    try {
      const result = await background.send('invite:text', { slot });
      if ('error' in result) return false;
      await navigator.clipboard.writeText(result.text);
      return true;
    } catch (error) {
      console.error('[Videotime] copy invite', error);
      return false;
    }
  }

  /**
   * The first read of a page is cold, every row read in full: in slices. Later ones find unchanged
   * rows cached and run in one go, so the page does not lay itself out between reading and
   * flagging (a 200 ms layout on a 20,000-row table).
   */
  async function readPage() {
    const reading = timebookAppointments(document);
    if (!firstRead) return [...reading];
    firstRead = false;
    return collectInSlices(reading);
  }

  async function scan(): Promise<TimebookSummary> {
    // Looked up on every scan: single-page timebooks move between views with history.pushState.
    const profile = profileFor(location.href, ownProfiles);
    const appointments = profile?.selectors ? readWithProfile(document, profile.selectors) : await readPage();
    const flagged = await flagger.update(appointments);
    videoOnly.apply(appointments, (element) => element.getAttribute(FLAG_ATTRIBUTE) === 'video');
    const layoutChanged = !!profile?.selectors && appointments.length === 0 && Date.now() - startedAt >= LAYOUT_GRACE_MS;
    teaching.showLayoutNotice(layoutChanged);
    summary = { appointmentCount: appointments.length, flagged, videoOnly: videoOnly.active, layoutChanged };
    const slots = flagged.map(({ time, practitioner }) => ({ time, practitioner }));
    const report = JSON.stringify(slots);
    if (report !== reported) {
      reported = report;
      void background.send('timebook:flagged', { slots }).catch(() => undefined);
      void background
        .send('joined:list', { slots })
        .then((joined) => flagger.setJoined(slots.filter((_, i) => joined[i])))
        .catch((error: unknown) => console.error('[Videotime] joined', error));
    }
    return summary;
  }

  /** One scan at a time: re-renders during a scan of a big page fold into one more scan after it. */
  const requestScan = serialized(scan);
  const rescan = guarded('scan', () => requestScan().catch((error: unknown) => {
    console.error('[Videotime] scan', error);
    return summary;
  }));

  const loadConfig = guarded('config', async () => {
    const config = await background.send('page:config', {});
    ownProfiles = config.profiles;
    // Most clinics add no words of their own: the built-in detector the first scan used stands.
    const rules = JSON.stringify(config.detector);
    if (rules !== detectorRules) {
      detectorRules = rules;
      flagger.setDetector(createDetector(config.detector));
    }
    flagger.setFeeCodes(config.feeCodes);
    await rescan();
  });

  // Flag at once with the built-in rules; the clinic's own arrive a round trip later and
  // re-scan, which costs little since unchanged rows and comments are not read or judged again.
  void rescan();
  void loadConfig();
  watchPage(ctx, () => rescan());
  ctx.setInterval(guarded('tick', () => flagger.refresh()), CLOCK_TICK_MS);
  ctx.setTimeout(() => rescan(), LAYOUT_GRACE_MS);

  timebook.handle({
    'timebook:list': async () => (await rescan()) ?? summary,
    'timebook:join': async ({ slot }) => join(slot),
    'timebook:joinNext': async () => {
      const next = nextAppointment(summary.flagged, new Date());
      return next ? join(next) : { opened: false };
    },
    'timebook:videoOnly': async ({ videoOnly: on }) => {
      videoOnly.setActive(on);
      await rescan();
    },
    'settings:changed': async () => loadConfig(),
    'picker:start': async () => teaching.teach(),
  });
});
