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
 *
 * While the page loads, no mutation observer runs: it would be told of every node the parser
 * adds, inside the parser's own tasks, and a big page's DOMContentLoaded would come later. The
 * parser only ever appends, so what it added is found at the page's end whenever it leaves a
 * moment idle: new table rows are read as rows, anything else asks for a whole read. A page whose
 * rows trickle in over a slow line is flagged as they come; one parsed in one go is read once, at
 * DOMContentLoaded (by the caller), and observed from then on.
 */
export function watchPage(lifetime: Lifetime, handlers: PageHandlers): { schedule: () => void } {
  let scheduled = false;
  const whileLoading = createLoadingWatch(lifetime, handlers, () => watchFrames());
  const schedule = () => {
    if (scheduled) return;
    if (document.readyState === 'loading') return whileLoading.askForPage();
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
  const observe = (target: Node) => observer.observe(target, OBSERVED);
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

  // The document itself, once the parser is done with it.
  if (document.readyState !== 'loading') observe(document);
  else {
    whileLoading.start();
    lifetime.listen(document, 'DOMContentLoaded', () => observe(document), { once: true });
  }
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
    /** Asks for a whole-page read: at the next frame, or when the parser idles while the page loads. */
    schedule,
  };
}

/**
 * What the parser added while the page loads, looked at whenever it leaves a moment idle: the rows
 * after those seen (and the last seen, which may have gained cells since), or, where no row came
 * but the page's end moved, a whole read.
 */
function createLoadingWatch(lifetime: Lifetime, handlers: PageHandlers, watchFrames: () => void) {
  let seen = 0;
  let lastAtEnd: Element | null = null;
  let pageAsked = false;
  let armed = false;

  /** The deepest last element: the parser appends there, so it moves whenever anything came. */
  function atEnd(): Element | null {
    let at: Element | null = document.documentElement;
    while (at?.lastElementChild) at = at.lastElementChild;
    return at;
  }

  function look() {
    armed = false;
    if (document.readyState !== 'loading') return;
    // A live collection, which the browser keeps (and hands back) for the document.
    const rows = document.getElementsByTagName('tr');
    const added = new Set<HTMLElement>();
    if (rows.length > seen) for (let i = Math.max(0, seen - 1); i < rows.length; i++) added.add(rows[i] as HTMLElement);
    seen = rows.length;
    const end = atEnd();
    const moved = end !== lastAtEnd;
    lastAtEnd = end;
    if (pageAsked || (moved && !added.size)) {
      pageAsked = false;
      watchFrames();
      handlers.onPage();
    } else if (added.size) handlers.onRows(added, false);
    arm();
  }

  function arm() {
    if (armed || document.readyState !== 'loading') return;
    armed = true;
    requestIdleCallback(() => lifetime.alive() && look());
  }

  return {
    start: arm,
    askForPage() {
      pageAsked = true;
      arm();
    },
  };
}
