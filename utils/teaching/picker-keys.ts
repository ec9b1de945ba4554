import { isOwnUi } from '../dom-marks';

/** Elements a keyboard user cannot mean: code, metadata, and our own UI. */
const UNPICKABLE = new Set(['script', 'style', 'template', 'noscript', 'link', 'meta']);
const pickable = (element: Element | null) => !!element && !UNPICKABLE.has(element.localName) && !isOwnUi(element);

function step(from: Element | null, next: (element: Element) => Element | null): Element | null {
  let element = from;
  while (element && !pickable(element)) element = next(element);
  return element;
}

const firstChild = (element: Element) => step(element.firstElementChild, (e) => e.nextElementSibling);

/**
 * Where the picker's outline goes for a key, for those who pick without a mouse: arrows move to
 * the previous or next element beside it (a row's neighbour, a cell's), Shift+Up widens to the
 * element around it and Shift+Down narrows to the first inside, never leaving `root`. The first
 * arrow starts inside `root`. Undefined for keys that are not the picker's.
 */
export function movedOutline(outlined: Element | null, key: string, shift: boolean, root: Element): Element | null | undefined {
  const forward = key === 'ArrowDown' || key === 'ArrowRight';
  if (!forward && key !== 'ArrowUp' && key !== 'ArrowLeft') return undefined;
  if (!outlined || !root.contains(outlined) || outlined === root) return firstChild(root);
  if (shift) {
    if (!forward) return outlined.parentElement && outlined.parentElement !== root ? outlined.parentElement : outlined;
    return firstChild(outlined) ?? outlined;
  }
  const beside = forward
    ? step(outlined.nextElementSibling, (e) => e.nextElementSibling)
    : step(outlined.previousElementSibling, (e) => e.previousElementSibling);
  return beside ?? outlined;
}
