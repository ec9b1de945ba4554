import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnUi } from '@/utils/own-ui';

const isOwnNode = (node: Node) => node instanceof Element && isOwnUi(node);

/** Our own badge insertions must not wake the observer, or every scan would schedule another. */
function isOwnMutation(record: MutationRecord): boolean {
  return (
    record.type === 'childList' &&
    Array.from(record.addedNodes).every(isOwnNode) &&
    Array.from(record.removedNodes).every(isOwnNode)
  );
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Calls onChange at most once per frame while the page keeps re-rendering: its markup, text typed
 * into its fields (which no mutation reports), and same-origin frames, which load and re-render
 * on their own.
 */
export function watchPage(ctx: ContentScriptContext, onChange: () => void): void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ctx.requestAnimationFrame(() => {
      scheduled = false;
      watchFrames();
      onChange();
    });
  };

  const observer = new MutationObserver((records) => {
    if (!records.every(isOwnMutation)) schedule();
  });
  const watched = new WeakSet<Document>();
  function watchFrames() {
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        const inner = frame.contentDocument;
        if (!inner?.documentElement || watched.has(inner)) continue;
        watched.add(inner);
        observer.observe(inner.documentElement, OBSERVED);
        for (const type of ['input', 'change']) inner.addEventListener(type, schedule, true);
      } catch {
        // A cross-origin frame is none of our business.
      }
    }
  }

  observer.observe(document.documentElement, OBSERVED);
  watchFrames();
  for (const type of ['input', 'change']) ctx.addEventListener(document, type, schedule, { capture: true });
  // A frame's load event does not bubble, but it passes the parent document while capturing.
  ctx.addEventListener(document, 'load', schedule, { capture: true });
  ctx.onInvalidated(() => observer.disconnect());
}
