import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { UI_ATTRIBUTE } from './shadow-ui';

const isOwnNode = (node: Node) => node instanceof Element && node.hasAttribute(UI_ATTRIBUTE);

/** Our own badge insertions must not wake the observer, or every scan would schedule another. */
function isOwnMutation(record: MutationRecord): boolean {
  return (
    record.type === 'childList' &&
    Array.from(record.addedNodes).every(isOwnNode) &&
    Array.from(record.removedNodes).every(isOwnNode)
  );
}

/** Calls onChange at most once per frame while the page keeps re-rendering. */
export function watchPage(ctx: ContentScriptContext, onChange: () => void): void {
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    if (scheduled || records.every(isOwnMutation)) return;
    scheduled = true;
    ctx.requestAnimationFrame(() => {
      scheduled = false;
      onChange();
    });
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}
