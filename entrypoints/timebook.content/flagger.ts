import type { FlaggedAppointment, Slot, TimebookSummary } from '@/utils/appointment';
import { describeDecision } from '@/utils/decision-reason';
import type { Detector } from '@/utils/detector';
import { readTimebook } from '@/utils/timebook-reader';
import { mountBadge, UI_ATTRIBUTE, type BadgeHost } from './badge-host';

export const FLAG_ATTRIBUTE = 'data-videotime';

interface Flag {
  host: BadgeHost;
  summary: FlaggedAppointment;
  /** What the badge shows; re-rendering only when it changes keeps re-scans cheap. */
  key: string;
}

/**
 * Keeps exactly one badge on each video appointment: re-scanning after any re-render adds
 * badges to new rows, moves none twice, and cleans up rows that left or stopped being video.
 */
export function createFlagger(detector: Detector, join: (slot: Slot) => void) {
  const flags = new Map<HTMLElement, Flag>();

  function unflag(element: HTMLElement) {
    flags.get(element)?.host.remove();
    flags.delete(element);
    element.removeAttribute(FLAG_ATTRIBUTE);
  }

  function scan(root: ParentNode): TimebookSummary {
    const appointments = readTimebook(root);
    const flagged: FlaggedAppointment[] = [];
    const seen = new Set<HTMLElement>();
    for (const appointment of appointments) {
      const decision = detector(appointment);
      if (decision.category !== 'video') continue;
      const { element, anchor, time, practitioner, type } = appointment;
      const summary: FlaggedAppointment = { time, practitioner, type, decision };
      const props = { time, reason: describeDecision(decision), onJoin: () => join({ time, practitioner }) };
      const key = `${time}\n${practitioner}\n${props.reason}`;
      const flag = flags.get(element);
      if (flag && flag.host.element.parentNode === anchor) {
        if (flag.key !== key) flag.host.update(props);
        flags.set(element, { host: flag.host, summary, key });
      } else {
        flag?.host.remove();
        // A page that clones a flagged row copies our host element too; only ours may stay.
        for (const stray of anchor.querySelectorAll(`[${UI_ATTRIBUTE}]`)) stray.remove();
        flags.set(element, { host: mountBadge(anchor, props), summary, key });
      }
      if (element.getAttribute(FLAG_ATTRIBUTE) !== decision.category) element.setAttribute(FLAG_ATTRIBUTE, decision.category);
      seen.add(element);
      flagged.push(summary);
    }
    for (const element of [...flags.keys()]) if (!seen.has(element)) unflag(element);
    return { appointmentCount: appointments.length, flagged };
  }

  return { scan };
}
