import css from '../../components/badge.css?inline';
import { createConsultationBadge, type ConsultationBadgeProps } from '../../components/ConsultationBadge';
import type { Appointment, FlaggedAppointment, Slot } from '../../utils/appointment';
import { describeDecision } from '../../utils/detector/reason';
import type { Decision, Detector } from '../../utils/detector';
import { currentLanguage, t } from '../../utils/i18n';
import { isToday, shortDay } from '../../utils/day/dates';
import { feeCodeFor, isJoinTime, relativeStart, type FeeCodeSettings } from '../../utils/day/schedule';
import { FLAG_ATTRIBUTE, UI_ATTRIBUTE, UI_KINDS } from '../../utils/dom-marks';
import { guarded } from '../../utils/guard';
import { createShadowHost } from '../../components/shadow-host';
import { createBadgeLayout, type PlacedBadge } from './badge-layout';
import type { Lifetime } from './lifetime';
import { createSlicer, LONG_TASK_MS, type Slicer } from './slices';

/** A badge built for a flagged appointment in or near the viewport. */
interface Built extends PlacedBadge {
  /** Where the host went: the reader's anchor when it was built. */
  anchor: HTMLElement;
  /** What the badge shows; re-rendering only when it changes keeps re-scans cheap. */
  key: string;
}

interface Flag {
  appointment: Appointment;
  decision: Decision;
  /** Only appointments in or near the viewport have a badge; the rest have their flag alone. */
  built?: Built;
}

export interface FlaggerOptions {
  join: (slot: Slot) => void;
  copyInvite: (slot: Slot) => Promise<boolean>;
  lifetime: Lifetime;
}

/**
 * How near the viewport an appointment gets its badge: a screenful above and below, so badges are
 * there before they scroll into sight, and a long timebook builds only those.
 */
const NEAR_VIEWPORT = '100% 0px';

export const slotKey = (slot: Slot) => `${slot.time}\n${slot.practitioner ?? ''}`;

/**
 * Flags every appointment it is given, and keeps exactly one badge on each flagged one in or near
 * the viewport: re-scanning after any re-render adds badges to new rows, moves none twice, and
 * cleans up rows that left or stopped matching; scrolling builds badges ahead and drops those far
 * behind, so a 20,000-row timebook costs a screenful of badges.
 */
export function createFlagger(options: FlaggerOptions) {
  // Set once the detector script has arrived; until then nothing is read for flagging.
  let detector: Detector = () => {
    throw new Error('no detector yet');
  };
  let decided = new WeakMap<Appointment, Decision>();
  let feeCodes: FeeCodeSettings | null = null;
  const joined = new Set<string>();
  const flags = new Map<HTMLElement, Flag>();
  const layout = createBadgeLayout(options.lifetime);

  /** Decisions per appointment read; a row the reader found unchanged costs a lookup. */
  function decide(appointment: Appointment): Decision {
    let decision = decided.get(appointment);
    if (!decision) decided.set(appointment, (decision = detector(appointment)));
    return decision;
  }

  /**
   * Whether an appointment was joined, and its fee code if so: the joined record is about today.
   * Only a joined badge shows the fee code; leaving it out of the others spares them a re-render.
   */
  function joinedState({ time, practitioner, date }: Appointment, at: Date) {
    const isJoined = isToday(date, at) && joined.has(slotKey({ time, practitioner }));
    return { joined: isJoined, feeCode: isJoined && feeCodes ? feeCodeFor(time, at, feeCodes) : null };
  }

  function propsOf(appointment: Appointment, decision: Decision): ConsultationBadgeProps {
    const { time, practitioner, date } = appointment;
    const props: ConsultationBadgeProps = { category: decision.category, time, reason: describeDecision(decision) };
    if (decision.category !== 'video') return props;
    const at = new Date();
    // Countdowns and the prominent join are about today; another day says which.
    const today = isToday(date, at);
    const [key, ...values] = relativeStart(time, at);
    props.join = {
      relative: date && !today ? shortDay(date, currentLanguage()) : t(key, ...values),
      prominent: today && isJoinTime(time, at),
      ...joinedState(appointment, at),
      onJoin: () => options.join({ time, practitioner }),
      onCopyInvite: () => options.copyInvite({ time, practitioner }),
    };
    return props;
  }

  /** Builds the badge of a flag, or re-renders it in place when what it shows changed. */
  function render(flag: Flag): Built | undefined {
    const { appointment, decision } = flag;
    const props = propsOf(appointment, decision);
    const { onJoin: _join, onCopyInvite: _copy, ...shown } = props.join ?? {};
    const key = JSON.stringify([props.category, props.reason, shown]);
    const built = flag.built;
    if (built && built.anchor === appointment.anchor && built.host.parentNode === appointment.anchor) {
      if (built.key !== key) built.badge.update(props);
      built.key = key;
      built.box = appointment.element;
      return undefined;
    }
    if (built) drop(flag);
    const badge = createConsultationBadge(props);
    const host = createShadowHost(UI_KINDS.badge, css, badge.element, appointment.anchor.ownerDocument);
    return (flag.built = { host, badge, box: appointment.element, anchor: appointment.anchor, key });
  }

  function drop(flag: Flag) {
    if (!flag.built) return;
    layout.forget(flag.built);
    flag.built.host.remove();
    flag.built = undefined;
  }

  /** Puts built badges into the page in one go, then lays them out: the page lays itself out once. */
  function place(built: Built[]) {
    const placed: Built[] = [];
    for (const each of built) {
      try {
        // A page that clones a flagged row copies our host element too; only ours may stay.
        for (const stray of each.anchor.querySelectorAll(`[${UI_ATTRIBUTE}]`)) stray.remove();
        each.anchor.append(each.host);
        placed.push(each);
      } catch (error) {
        console.error('[Videotime] place', error);
      }
    }
    layout.arrange(placed);
  }

  /** Badges follow the viewport: built as their appointment nears it, dropped once it is far away. */
  const nearViewport = new IntersectionObserver(
    (entries) => {
      const built: Built[] = [];
      // A fast scroll can bring an appointment near and take it away before we hear: only where
      // it is now counts, or a badge built for it would be placed after it was dropped.
      const latest = new Map<Element, boolean>();
      for (const { target, isIntersecting } of entries) latest.set(target, isIntersecting);
      for (const [target, isIntersecting] of latest) {
        const flag = flags.get(target as HTMLElement);
        if (!flag) continue;
        try {
          if (!isIntersecting) drop(flag);
          else if (!flag.built) built.push(render(flag)!);
        } catch (error) {
          console.error('[Videotime] badge', error);
        }
      }
      place(built);
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  options.lifetime.onEnd(() => nearViewport.disconnect());

  function unflag(element: HTMLElement) {
    const flag = flags.get(element);
    if (flag) drop(flag);
    nearViewport.unobserve(element);
    flags.delete(element);
    element.removeAttribute(FLAG_ATTRIBUTE);
  }

  /**
   * Flags appointments as they are read, and answers which elements it saw and as what. Reading and
   * deciding are cut into slices, and each slice's flags are written as it ends, so the first land
   * early on a big page. Badges are the viewport's business: a changed appointment that has one
   * gets it redone here, the others when they near it.
   */
  async function flag(appointments: Iterable<Appointment>, slicer: Slicer): Promise<Map<HTMLElement, string>> {
    const seen = new Map<HTMLElement, string>();
    const rebuilt: Built[] = [];
    /** Seen in this slice, flags not yet written. */
    let unwritten: [HTMLElement, string][] = [];
    const writeFlags = () => {
      for (const [element, category] of unwritten) {
        if (element.getAttribute(FLAG_ATTRIBUTE) !== category) element.setAttribute(FLAG_ATTRIBUTE, category);
      }
      unwritten = [];
    };
    /** A page's first flag ends its slice: it lands without waiting for the rest of the read (2,000 rows: 8 ms after DOMContentLoaded, not 36). */
    let firstOnPage = flags.size === 0;
    for (const appointment of appointments) {
      // The first slice runs on until it has flagged something: on a big page, a pause before
      // any flag waits behind the page's first layout of itself, over a second at 20,000 rows.
      if ((firstOnPage && seen.size) || (slicer.due() && (seen.size || slicer.due(LONG_TASK_MS)))) {
        firstOnPage = false;
        writeFlags();
        await slicer.pause();
      }
      // One appointment that throws (a comment the detector chokes on, a row the page broke)
      // costs that appointment its flag, never the others theirs.
      try {
        const decision = decide(appointment);
        if (decision.category === 'other') continue;
        const { element } = appointment;
        const flag = flags.get(element);
        // The reader hands back the same object for a row it found unchanged: nothing to redo.
        const unchanged =
          flag?.appointment === appointment && flag.decision === decision && (!flag.built || flag.built.host.parentNode === appointment.anchor);
        if (!flag) {
          flags.set(element, { appointment, decision });
          nearViewport.observe(element);
        } else if (!unchanged) {
          flag.appointment = appointment;
          flag.decision = decision;
          if (flag.built) {
            const redone = render(flag);
            if (redone) rebuilt.push(redone);
          }
        }
        seen.set(element, decision.category);
        unwritten.push([element, decision.category]);
      } catch (error) {
        console.error('[Videotime] flag', error);
      }
    }
    place(rebuilt);
    writeFlags();
    return seen;
  }

  /** Flags the appointments of a fresh read of the whole page; every other flag goes. */
  async function update(appointments: Iterable<Appointment>, slicer: Slicer): Promise<void> {
    const seen = await flag(appointments, slicer);
    for (const element of [...flags.keys()]) if (!seen.has(element)) unflag(element);
  }

  /**
   * Flags what a re-read of some rows found, and unflags those rows where it found nothing to
   * flag; `removed` says rows left the page, whose flags go too.
   */
  async function patch(appointments: Appointment[], rows: Set<HTMLElement>, removed: boolean, slicer: Slicer): Promise<void> {
    const seen = await flag(appointments, slicer);
    for (const row of rows) if (flags.has(row) && !seen.has(row)) unflag(row);
    if (removed) for (const element of [...flags.keys()]) if (!element.isConnected) unflag(element);
  }

  /** The video appointments flagged now. */
  function flagged(): FlaggedAppointment[] {
    const video: FlaggedAppointment[] = [];
    const now = new Date();
    for (const { appointment, decision } of flags.values()) {
      if (decision.category !== 'video') continue;
      const { time, practitioner, patient, type, date = null } = appointment;
      video.push({ time, practitioner, patient, type, decision, date, ...joinedState(appointment, now) });
    }
    return video;
  }

  /**
   * Re-renders every badge in place: the clock moved, or a join or setting changed. Only built
   * badges, in slices; a flag a scan changed or removed meanwhile is left to it.
   */
  async function refresh(): Promise<void> {
    const rebuilt: Built[] = [];
    const slicer = createSlicer();
    for (const [element, flag] of [...flags]) {
      if (!flag.built) continue;
      if (slicer.due()) await slicer.pause();
      if (flags.get(element) !== flag) continue;
      try {
        const redone = render(flag);
        if (redone) rebuilt.push(redone);
      } catch (error) {
        console.error('[Videotime] refresh', error);
      }
    }
    place(rebuilt);
  }

  /** Called without waiting: the guard logs what fails. */
  const refreshInBackground = guarded('refresh', refresh);

  return {
    update,
    patch,
    flagged,
    refresh,
    /** A detector from the detector script, which remembers its decisions (utils/detector/memo.ts). */
    setDetector(next: Detector) {
      detector = next;
      decided = new WeakMap();
    },
    setFeeCodes(next: FeeCodeSettings) {
      feeCodes = next;
      refreshInBackground();
    },
    setJoined(slots: Slot[]) {
      for (const slot of slots) joined.add(slotKey(slot));
      refreshInBackground();
    },
  };
}
