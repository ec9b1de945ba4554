/*
 * The timebook script: loaded into every page of a booking site at document_start (declared in
 * wxt.config.ts for the built-in sites, registered at run time for those an admin adds), so keep
 * it small. It holds no room URL and no settings beyond what reading needs.
 *
 *   page ──► watch ──► scan queue ──► reader ──► detector* ──► flagger ──► badge (shadow root)
 *   (markup,   (rows, or   (one scan at   (appoint-   (video?      (data-videotime,   (join, copy)
 *    typing,    the whole   a time; rows   ments)      telefon?)    one badge each)       │
 *    frames)    page)       first)                                      │                 │
 *                                                                       ▼                 ▼
 *                                  background: toolbar count, reminders, joined today   room:join
 *
 * * The detector is a script of its own, injected by the background once the reader finds an
 *   appointment, and coming with the pages of a site that showed appointments earlier this session
 *   (entrypoints/detector, background/detector.ts): other sites' pages never load it. Teaching a page
 *   (the picker, the layout notice) likewise, when staff ask for it (entrypoints/teaching).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Appointment, Slot, TimebookSummary } from '../../utils/appointment';
import { isToday } from '../../utils/day/dates';
import { nextAppointment } from '../../utils/day/schedule';
import { DEFAULT_DETECTOR_SETTINGS, type DetectorSettings } from '../../utils/detector/types';
import { FLAG_ATTRIBUTE } from '../../utils/dom-marks';
import { guarded } from '../../utils/guard';
import { useLanguage } from '../../utils/i18n';
import { pageMessages } from '../../utils/messaging/page';
import { timebookMessages } from '../../utils/messaging/tab';
import { withDates } from '../../utils/reader/dates';
import { readWithProfile } from '../../utils/reader/profile';
import { createScanQueue } from '../../utils/reader/scan-queue';
import { readChangedRows, timebookAppointments } from '../../utils/reader/timebook';
import { profileFor, type SiteProfile } from '../../utils/sites/profile';
import { createDetectorLoader } from './detector-loader';
import { createFlagger } from './flagger';
import { createLifetime } from './lifetime';
import { collectInSlices, createSlicer } from './slices';
import { createVideoOnlyFilter } from './video-only';
import { watchPage } from './watch';

/** The relative start times on the join buttons ("om 12 min") move on with the clock. */
const CLOCK_TICK_MS = 30_000;

/** How long a taught page may show no appointments before we say its layout changed. */
const LAYOUT_GRACE_MS = 4_000;

/** How long the popup's list waits for a detector on its way. */
const DETECTOR_WAIT_MS = 2_000;

/** Each injection runs this script anew (site:add injects it into a tab already open); the first stays in charge. */
const RUNNING = Symbol.for('videotime.timebook');

export default defineUnlistedScript(guarded('start', () => {
  const world = globalThis as { [RUNNING]?: true };
  if (world[RUNNING]) return;
  world[RUNNING] = true;
  const lifetime = createLifetime();
  // Built-in profiles apply at once; the admin's own arrive with the page config.
  let ownProfiles: SiteProfile[] = [];
  let detectorSettings: DetectorSettings = DEFAULT_DETECTOR_SETTINGS;
  let summary: TimebookSummary = { appointmentCount: 0, flagged: [], videoOnly: false, layoutChanged: false };
  let reported = '';
  const startedAt = Date.now();

  const flagger = createFlagger({ join: guarded('join', join), copyInvite, lifetime });
  const detector = createDetectorLoader((create) => {
    flagger.setDetector(create(detectorSettings));
    // While the page loads, the read at DOMContentLoaded (or when the parser idles) covers it.
    if (document.readyState === 'loading') watcher.schedule();
    else void rescan();
  });
  const videoOnly = createVideoOnlyFilter();

  async function join({ time, practitioner }: Slot) {
    // Only the slot leaves the page, whatever else the caller's object holds (a flagged appointment).
    const slot = { time, practitioner };
    const result = await pageMessages.send('room:join', { slot });
    if (result.opened) {
      flagger.setJoined([slot]);
      await pageMessages.send('joined:mark', { slot });
    }
    return result;
  }

  /** The invite holds the room URL: it goes straight to the clipboard, never into the page. */
  async function copyInvite(slot: Slot): Promise<boolean> {
    try {
      const result = await pageMessages.send('invite:text', { slot });
      if ('error' in result) return false;
      await navigator.clipboard.writeText(result.text);
      return true;
    } catch (error) {
      console.error('[Videotime] copy invite', error);
      return false;
    }
  }

  const isFlaggedVideo = (element: HTMLElement) => element.getAttribute(FLAG_ATTRIBUTE) === 'video';

  /** Today's video appointments: what the toolbar counts, reminders remind of and join-next picks from. */
  const todays = () => summary.flagged.filter(({ date }) => isToday(date, new Date()));

  /** Tells the background what is flagged today, when that changed: the toolbar count and reminders. */
  function report() {
    const slots = todays().map(({ time, practitioner }) => ({ time, practitioner }));
    const report = JSON.stringify(slots);
    if (report === reported) return;
    reported = report;
    void pageMessages.send('timebook:flagged', { slots }).catch(() => undefined);
    void pageMessages
      .send('joined:list', { slots })
      .then((joined) => flagger.setJoined(slots.filter((_, i) => joined[i])))
      .catch((error: unknown) => console.error('[Videotime] joined', error));
  }

  async function scanPage(): Promise<TimebookSummary> {
    // Looked up on every scan: single-page timebooks move between views with history.pushState.
    const profile = profileFor(location.href, ownProfiles);
    const slicer = createSlicer();
    const reading = profile?.selectors ? withDates(readWithProfile(document, profile.selectors), document) : timebookAppointments(document);
    const appointments: Appointment[] = [];
    // Flagged as they are read, a slice at a time, so the first flags land after the first slice;
    // the first appointment read sends for the detector if it is not here yet.
    const noted = (function* () {
      for (const appointment of reading) {
        if (!appointments.length) detectorReady(true);
        appointments.push(appointment);
        yield appointment;
      }
    })();
    if (detectorReady(false)) {
      await flagger.update(noted, slicer);
      videoOnly.apply(appointments, isFlaggedVideo);
    } else await collectInSlices(noted, slicer);
    const layoutChanged = !!profile?.selectors && appointments.length === 0 && Date.now() - startedAt >= LAYOUT_GRACE_MS;
    if (layoutChanged !== summary.layoutChanged) void pageMessages.send('layout:changed', { changed: layoutChanged }).catch(() => undefined);
    summary = { appointmentCount: appointments.length, flagged: flagger.flagged(), videoOnly: videoOnly.active, layoutChanged };
    report();
    return summary;
  }

  /** Rows of timebook tables read before changed: only they are read again. */
  async function scanRows(rows: Set<HTMLElement>, removed: boolean): Promise<void> {
    // A taught profile reads the page its own way; a row of a table not read before, or whose
    // header changed, takes a whole read too: once per frame, like any other change.
    const reading = profileFor(location.href, ownProfiles)?.selectors ? undefined : readChangedRows(rows, removed);
    if (!reading) return watcher.schedule();
    const slicer = createSlicer();
    const appointments = await collectInSlices(reading, slicer);
    // Until the detector is here, a whole read follows its arrival; the rows read stay cached.
    if (!detectorReady(appointments.length > 0)) return;
    await flagger.patch(appointments, rows, removed, slicer);
    videoOnly.apply(appointments, isFlaggedVideo, rows);
    summary = { ...summary, flagged: flagger.flagged() };
    report();
  }

  /**
   * Whether appointments can be decided now. The detector is sent for the first time a read finds
   * appointments; the whole page is read again when it has arrived.
   */
  function detectorReady(needed: boolean): boolean {
    if (detector.factory) return true;
    if (needed) detector.request();
    return false;
  }

  const scans = createScanQueue({ page: scanPage, rows: scanRows });
  const rescan = guarded('scan', () => scans.page().catch((error: unknown) => {
    console.error('[Videotime] scan', error);
    return summary;
  }));

  const loadConfig = guarded('config', async () => {
    const config = await pageMessages.send('page:config', {});
    ownProfiles = config.profiles;
    // The badges re-render below (setFeeCodes refreshes them all), in the chosen language.
    useLanguage(config.language);
    // Most clinics add no words of their own: the built-in detector the first scan used stands.
    if (JSON.stringify(config.detector) !== JSON.stringify(detectorSettings)) {
      detectorSettings = config.detector;
      if (detector.factory) flagger.setDetector(detector.factory(detectorSettings));
    }
    flagger.setFeeCodes(config.feeCodes);
    // A read while the page loads would hold up its parsing; the one at DOMContentLoaded uses the config.
    if (document.readyState !== 'loading') await rescan();
  });

  // Read the page as it arrives; the clinic's own rules arrive a round trip later and re-scan, which
  // costs little since unchanged rows and comments are not read or judged again.
  const watcher = watchPage(lifetime, { onPage: () => rescan(), onRows: (rows, removed) => scans.rows(rows, removed) });
  void loadConfig();
  // A parser adds most of a big page in its last task. Reading the page once then costs less
  // than following each node it added; rows read while it loaded are found unchanged.
  if (document.readyState !== 'loading') void rescan();
  else lifetime.listen(document, 'DOMContentLoaded', () => void rescan(), { once: true });
  lifetime.every(CLOCK_TICK_MS, guarded('tick', () => flagger.refresh()));
  // Only a taught page that still shows nothing can have changed its layout: no other page is read
  // again for it (a 20,000-row timebook's read would hold up the rows it adds meanwhile).
  lifetime.after(LAYOUT_GRACE_MS, () => {
    if (summary.appointmentCount === 0 && profileFor(location.href, ownProfiles)?.selectors) void rescan();
  });

  timebookMessages.handle({
    'timebook:list': async () => {
      const read = (await rescan()) ?? summary;
      // Appointments read before the detector came: the popup waits for it (briefly) rather than
      // listing none of them as video.
      if (!read.appointmentCount || detector.factory) return read;
      await Promise.race([detector.arrival, new Promise((resolve) => setTimeout(resolve, DETECTOR_WAIT_MS))]);
      return (await rescan()) ?? summary;
    },
    'timebook:join': async ({ slot }) => join(slot),
    'timebook:joinNext': async () => {
      const next = nextAppointment(todays(), new Date());
      return next ? join(next) : { opened: false };
    },
    'timebook:videoOnly': async ({ videoOnly: on }) => {
      videoOnly.setActive(on);
      await rescan();
    },
    'settings:changed': async () => loadConfig(),
  });
}));
