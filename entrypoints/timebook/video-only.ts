import type { Appointment } from '../../utils/appointment';

const DIMMED_OPACITY = '0.3';

/**
 * The "bare video" view: dims every appointment that is not video by its inline opacity only,
 * remembering each row's own style attribute so turning it off leaves the page exactly as it was.
 */
export function createVideoOnlyFilter() {
  const dimmed = new Map<HTMLElement, string | null>();
  let active = false;

  function restore(element: HTMLElement) {
    const original = dimmed.get(element);
    if (original === null || original === undefined) element.removeAttribute('style');
    else element.setAttribute('style', original);
    dimmed.delete(element);
  }

  /**
   * Dims what is not video among the appointments read. Those of a whole page stand for every
   * row; with `rows`, only those rows were read again, and only they (or rows gone) may change.
   */
  function apply(appointments: Appointment[], isVideo: (element: HTMLElement) => boolean, rows?: Set<HTMLElement>) {
    // The usual case on every re-render: the view is off and nothing is dimmed.
    if (!active && dimmed.size === 0) return;
    const keep = new Set<HTMLElement>();
    if (active) {
      for (const { element } of appointments) {
        if (isVideo(element)) continue;
        keep.add(element);
        if (dimmed.has(element)) continue;
        dimmed.set(element, element.getAttribute('style'));
        element.style.setProperty('opacity', DIMMED_OPACITY, 'important');
      }
    }
    for (const element of [...dimmed.keys()]) {
      if (!keep.has(element) && (!rows || rows.has(element) || !element.isConnected)) restore(element);
    }
  }

  return {
    apply,
    setActive(next: boolean) {
      active = next;
    },
    get active() {
      return active;
    },
  };
}
