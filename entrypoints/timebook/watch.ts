import { pageChangeOf } from '../../utils/reader/page-changes';
import type { Lifetime } from './lifetime';

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface PageHandlers {
  /** Anything may have changed: at most once per frame once the page has loaded. */
  onPage: () => void;
  /**
   * Only rows of tables changed, which is cheap to follow row by row: at once, so rows a parser
   * or a virtualised list adds are flagged before the frame that shows them.
   */
  onRows: (rows: Set<HTMLElement>, removed: boolean) => void;
}

/**
 * Watches the page from its first node: its markup, text typed into its fields (which no
 * mutation reports), and same-origin frames, which load and re-render on their own.
 */
export function watchPage(lifetime: Lifetime, handlers: PageHandlers): { discard: () => void; schedule: () => void } {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    // While the page loads, each of the parser's tasks is a batch already, and a frame follows
    // it: what it added is read at once, so even a small page is flagged as it is parsed.
    if (document.readyState === 'loading') {
      watchFrames();
      handlers.onPage();
      return;
    }
    scheduled = true;
    lifetime.nextFrame(() => {
      scheduled = false;
      watchFrames();
      handlers.onPage();
    });
  };

  const handle = (records: MutationRecord[]) => {
    const change = pageChangeOf(records);
    if (change.kind === 'page') schedule();
    else if (change.kind === 'rows') handlers.onRows(change.rows, change.removed);
  };
  const observer = new MutationObserver(handle);
  let observed: Node[] = [];
  const observe = (target: Node) => {
    observed.push(target);
    observer.observe(target, OBSERVED);
  };
  const watched = new WeakSet<Document>();
  function watchFrames() {
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        const inner = frame.contentDocument;
        if (!inner?.documentElement || watched.has(inner)) continue;
        watched.add(inner);
        observe(inner.documentElement);
        for (const type of ['input', 'change']) inner.addEventListener(type, schedule, true);
      } catch {
        // A cross-origin frame is none of our business.
      }
    }
  }

  // The document itself: at document_start it may have no element yet.
  observe(document);
  watchFrames();
  for (const type of ['input', 'change']) lifetime.listen(document, type, schedule, { capture: true });
  // A frame's load event does not bubble, but it passes the parent document while capturing;
  // so do those of images, which change nothing we read.
  lifetime.listen(document, 'load', (event) => (event.target as Element).localName === 'iframe' && schedule(), { capture: true });
  lifetime.onEnd(() => observer.disconnect());
  return {
    /**
     * Drops the changes the observer holds but has not reported, which a whole read covers:
     * after a parser's last task, tens of thousands. Observing anew drops them unlooked-at.
     */
    discard() {
      observer.disconnect();
      observed = observed.filter((target) => (target.ownerDocument ?? (target as Document)).defaultView);
      for (const target of observed) observer.observe(target, OBSERVED);
    },
    /** Asks for a whole-page read: at the next frame, or at once while the page loads. */
    schedule,
  };
}
