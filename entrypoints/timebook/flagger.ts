import css from '../../components/badge.css?inline';
import { createConsultationBadge, type ConsultationBadge, type ConsultationBadgeProps } from '../../components/ConsultationBadge';
import type { Appointment, FlaggedAppointment, Slot } from '../../utils/appointment';
import { describeDecision } from '../../utils/detector/reason';
import type { Decision, Detector } from '../../utils/detector';
import { currentLanguage, t } from '../../utils/i18n';
import { isToday, shortDay } from '../../utils/day/dates';
import { memoized } from '../../utils/detector/memo';
import { feeCodeFor, isJoinTime, relativeStart, type FeeCodeSettings } from '../../utils/day/schedule';
import { FLAG_ATTRIBUTE, UI_ATTRIBUTE, UI_KINDS } from '../../utils/dom-marks';
import { createShadowHost } from '../../components/shadow-host';
import { createSlicer, type Slicer } from './slices';

interface Flag {
  /** Our element in the page, holding the badge in its shadow root. */
  host: HTMLElement;
  badge: ConsultationBadge;
  appointment: Appointment;
  decision: Decision;
  /** What the badge shows; re-rendering only when it changes keeps re-scans cheap. */
  key: string;
}

export interface FlaggerOptions {
  join: (slot: Slot) => void;
  copyInvite: (slot: Slot) => Promise<boolean>;
}

export const slotKey = (slot: Slot) => `${slot.time}\n${slot.practitioner ?? ''}`;

/**
 * Keeps exactly one badge on each flagged appointment: re-scanning after any re-render adds
 * badges to new rows, moves none twice, and cleans up rows that left or stopped matching.
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

  /** Decisions per appointment read; a row the reader found unchanged costs a lookup. */
  function decide(appointment: Appointment): Decision {
    let decision = decided.get(appointment);
    if (!decision) decided.set(appointment, (decision = detector(appointment)));
    return decision;
  }

  function propsOf({ time, practitioner, date }: Appointment, decision: Decision): ConsultationBadgeProps {
    const props: ConsultationBadgeProps = { category: decision.category, time, reason: describeDecision(decision) };
    if (decision.category !== 'video') return props;
    const at = new Date();
    // Countdowns, the prominent join and the joined record are about today; another day says which.
    const today = isToday(date, at);
    const [key, ...values] = relativeStart(time, at);
    const isJoined = today && joined.has(slotKey({ time, practitioner }));
    props.join = {
      relative: today || !date ? t(key, ...values) : shortDay(date, currentLanguage()),
      prominent: today && isJoinTime(time, at),
      joined: isJoined,
      // Only a joined badge shows the fee code; leaving it out of the others spares them a re-render.
      feeCode: isJoined && feeCodes ? feeCodeFor(time, at, feeCodes) : null,
      onJoin: () => options.join({ time, practitioner }),
      onCopyInvite: () => options.copyInvite({ time, practitioner }),
    };
    return props;
  }

  /** A host built but not yet in the page, and where it goes. */
  interface Placement {
    anchor: HTMLElement;
    host: HTMLElement;
  }

  /**
   * Renders a flag's badge in place, or builds a new one where the page has none (or lost ours)
   * and returns it to be placed: placing is left to one pass at the end of a scan.
   */
  function render(element: HTMLElement, appointment: Appointment, decision: Decision): Placement | undefined {
    const props = propsOf(appointment, decision);
    const { onJoin: _join, onCopyInvite: _copy, ...shown } = props.join ?? {};
    const key = JSON.stringify([props.category, props.reason, shown]);
    const flag = flags.get(element);
    if (flag && flag.host.parentNode === appointment.anchor) {
      if (flag.key !== key) flag.badge.update(props);
      flags.set(element, { ...flag, appointment, decision, key });
      return undefined;
    }
    const badge = createConsultationBadge(props);
    const host = createShadowHost(UI_KINDS.badge, css, badge.element);
    flags.set(element, { host, badge, appointment, decision, key });
    return { anchor: appointment.anchor, host };
  }

  /** Puts built badges into the page in one go, so a big page lays itself out once, not per slice. */
  function place(placements: Placement[]) {
    for (const { anchor, host } of placements) {
      try {
        // A page that clones a flagged row copies our host element too; only ours may stay.
        for (const stray of anchor.querySelectorAll(`[${UI_ATTRIBUTE}]`)) stray.remove();
        anchor.append(host);
      } catch (error) {
        console.error('[Videotime] place', error);
      }
    }
  }

  function unflag(element: HTMLElement) {
    flags.get(element)?.host.remove();
    flags.delete(element);
    element.removeAttribute(FLAG_ATTRIBUTE);
  }

  /**
   * Flags appointments just read, and answers which elements it saw and as what. Deciding and
   * building badges is cut into slices; the page itself is changed only at the end, in one pass.
   */
  async function flag(appointments: Appointment[], slicer: Slicer): Promise<Map<HTMLElement, string>> {
    const seen = new Map<HTMLElement, string>();
    const placements: Placement[] = [];
    for (const appointment of appointments) {
      if (slicer.due()) await slicer.pause();
      // One appointment that throws (a comment the detector chokes on, a row the page broke)
      // costs that appointment its flag, never the others theirs.
      try {
        const decision = decide(appointment);
        if (decision.category === 'other') continue;
        const { element } = appointment;
        // The reader hands back the same object for a row it found unchanged: nothing to redo.
        const flag = flags.get(element);
        const unchanged = flag?.appointment === appointment && flag.decision === decision && flag.host.parentNode === appointment.anchor;
        if (!unchanged) {
          const replaced = flag?.host;
          const placement = render(element, appointment, decision);
          if (placement) {
            replaced?.remove();
            placements.push(placement);
          }
        }
        seen.set(element, decision.category);
      } catch (error) {
        console.error('[Videotime] flag', error);
      }
    }
    place(placements);
    for (const [element, category] of seen) {
      if (element.getAttribute(FLAG_ATTRIBUTE) !== category) element.setAttribute(FLAG_ATTRIBUTE, category);
    }
    return seen;
  }

  /** Flags the appointments of a fresh read of the whole page; every other flag goes. */
  async function update(appointments: Appointment[], slicer: Slicer): Promise<void> {
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
      const isJoined = isToday(date, now) && joined.has(slotKey({ time, practitioner }));
      const feeCode = isJoined && feeCodes ? feeCodeFor(time, now, feeCodes) : null;
      video.push({ time, practitioner, patient, type, decision, date, joined: isJoined, feeCode });
    }
    return video;
  }

  /**
   * Re-renders every badge in place: the clock moved, or a join or setting changed. In slices, as
   * a big day has thousands of badges; a flag a scan changed or removed meanwhile is left to it.
   */
  async function refresh(): Promise<void> {
    const placements: Placement[] = [];
    const slicer = createSlicer();
    for (const [element, flag] of [...flags]) {
      if (slicer.due()) await slicer.pause();
      if (flags.get(element) !== flag) continue;
      try {
        const placement = render(element, flag.appointment, flag.decision);
        if (placement) {
          flag.host.remove();
          placements.push(placement);
        }
      } catch (error) {
        console.error('[Videotime] refresh', error);
      }
    }
    place(placements);
  }

  const refreshInBackground = () => void refresh().catch((error: unknown) => console.error('[Videotime] refresh', error));

  return {
    update,
    patch,
    flagged,
    refresh,
    setDetector(next: Detector) {
      detector = memoized(next);
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
