import { pageChangeOf } from '../../utils/reader/page-changes';
import type { Lifetime } from './lifetime';

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface PageHandlers {
  /** Anything may have changed: at most once per frame once the page has loaded. */
  onPage: () => void;
  /**
   * Only rows of tables changed, which is cheap to follow row by row: at once, so rows a
   * virtualised list adds are flagged before the frame that shows them (while the page loads,
   * when the parser leaves a moment).
   */
  onRows: (rows: Set<HTMLElement>, removed: boolean) => void;
}

/**
 * Watches the page from its first node: its markup, text typed into its fields (which no
 * mutation reports), and same-origin frames, which load and re-render on their own.
 */
export function watchPage(lifetime: Lifetime, handlers: PageHandlers): { discard: () => void; schedule: () => void } {
  let scheduled = false;
  /**
   * While the page loads, what it added waits for a moment the parser leaves idle: a page whose
   * rows trickle in over a slow line is flagged as they come, but a page parsed in one go is not
   * slowed by us (its DOMContentLoaded would come later); its whole read follows that event.
   */
  const whileLoading = { page: false, rows: new Set<HTMLElement>(), removed: false, pending: false };
  const onIdle = () => {
    whileLoading.pending = false;
    const { page, rows, removed } = whileLoading;
    whileLoading.page = whileLoading.removed = false;
    whileLoading.rows = new Set();
    if (page) {
      watchFrames();
      handlers.onPage();
    } else if (rows.size) handlers.onRows(rows, removed);
  };
  const whenIdle = () => {
    if (whileLoading.pending) return;
    whileLoading.pending = true;
    requestIdleCallback(() => lifetime.alive() && onIdle());
  };
  const schedule = () => {
    if (scheduled) return;
    if (document.readyState === 'loading') {
      whileLoading.page = true;
      whenIdle();
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
    else if (change.kind !== 'rows') return;
    else if (document.readyState === 'loading') {
      for (const row of change.rows) whileLoading.rows.add(row);
      whileLoading.removed ||= change.removed;
      whenIdle();
    } else handlers.onRows(change.rows, change.removed);
  };
  const observer = new MutationObserver(handle);
  let observed: Node[] = [];
  const observe = (target: Node) => {
    observed.push(target);
    observer.observe(target, OBSERVED);
  };
  const watched = new WeakSet<Document>();
  /** A same-origin frame's document, watched from now on; none for a cross-origin frame, which is none of our business. */
  function watchFrame(frame: HTMLIFrameElement): Document | undefined {
    let inner: Document | null;
    try {
      inner = frame.contentDocument;
    } catch {
      return undefined;
    }
    if (!inner?.documentElement) return undefined;
    if (!watched.has(inner)) {
      watched.add(inner);
      observe(inner.documentElement);
      for (const type of ['input', 'change']) inner.addEventListener(type, schedule, true);
    }
    return inner;
  }
  function watchFrames() {
    for (const frame of document.querySelectorAll('iframe')) watchFrame(frame);
  }

  /**
   * Frames that loaded since our last animation frame, read together and each alone: an empty frame
   * costs nothing, a frame's table rows are read as rows, and only a frame with other content asks
   * for a whole read. A page of 1,000 frames does not get a whole read per frame.
   */
  const loadedFrames = new Set<HTMLIFrameElement>();
  function readLoadedFrames() {
    const rows = new Set<HTMLElement>();
    let whole = false;
    for (const frame of loadedFrames) {
      const body = watchFrame(frame)?.body;
      if (!body) continue;
      const frameRows = body.querySelectorAll<HTMLElement>('tr');
      if (frameRows.length) for (const row of frameRows) rows.add(row);
      else if (body.textContent?.trim()) whole = true;
    }
    loadedFrames.clear();
    if (whole) schedule();
    else if (rows.size) handlers.onRows(rows, false);
  }

  // The document itself: at document_start it may have no element yet.
  observe(document);
  watchFrames();
  for (const type of ['input', 'change']) lifetime.listen(document, type, schedule, { capture: true });
  // A frame's load event does not bubble, but it passes the parent document while capturing;
  // so do those of images, which change nothing we read.
  lifetime.listen(
    document,
    'load',
    (event) => {
      const target = event.target as Element;
      if (target.localName !== 'iframe') return;
      if (!loadedFrames.size) lifetime.nextFrame(readLoadedFrames);
      loadedFrames.add(target as HTMLIFrameElement);
    },
    { capture: true },
  );
  lifetime.onEnd(() => observer.disconnect());
  return {
    /**
     * Drops the changes the observer holds but has not reported, which a whole read covers:
     * after a parser's last task, tens of thousands. Observing anew drops them unlooked-at.
     */
    discard() {
      whileLoading.page = whileLoading.removed = false;
      whileLoading.rows = new Set();
      observer.disconnect();
      observed = observed.filter((target) => (target.ownerDocument ?? (target as Document)).defaultView);
      for (const target of observed) observer.observe(target, OBSERVED);
    },
    /** Asks for a whole-page read: at the next frame, or at once while the page loads. */
    schedule,
  };
}
