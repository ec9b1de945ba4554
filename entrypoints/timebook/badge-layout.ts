import type { ConsultationBadge } from '../../components/ConsultationBadge';
import type { Lifetime } from './lifetime';

/** A badge in the page: its host after the comment, and the appointment's box it belongs to. */
export interface PlacedBadge {
  host: HTMLElement;
  badge: ConsultationBadge;
  /** The appointment's own element: the chip never leaves it, and floats at its end corner. */
  box: HTMLElement;
}

/** Space kept between a floating chip and its box's edges. */
const INSET = 2;

/** A compact chip is its 24 px icon; it floats compact over boxes narrower than this. */
const COMPACT_SIZE = 24;
const COMPACT_BELOW_WIDTH = 240;

const clips = (style: CSSStyleDeclaration) => style.overflowX !== 'visible' || style.overflowY !== 'visible';
const styleOf = (element: Element) => (element.ownerDocument.defaultView ?? window).getComputedStyle(element);

/** The elements that clip what lies inside them, from `from` up to (not including) `to`. */
function clippersBetween(from: Element, to: Element | null): Element[] {
  const found: Element[] = [];
  for (let at = from.parentElement; at && at !== to; at = at.parentElement) {
    if (clips(styleOf(at))) found.push(at);
  }
  return found;
}

const inside = (rect: DOMRect, outer: DOMRect) =>
  rect.left >= outer.left - 0.5 && rect.right <= outer.right + 0.5 && rect.top >= outer.top - 0.5 && rect.bottom <= outer.bottom + 0.5;

const overlaps = (a: DOMRect, b: DOMRect) =>
  b.width > 0 && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** Whether a rectangle lies over any line of text in an element: ours live in shadow roots, so only the page's counts. */
function coversText(rect: DOMRect, element: Element): boolean {
  const page = element.ownerDocument;
  const texts = page.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = page.createRange();
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    if (!text.nodeValue?.trim()) continue;
    range.selectNodeContents(text);
    for (const line of range.getClientRects()) if (overlaps(rect, line)) return true;
  }
  return false;
}

/**
 * Keeps each chip where it can be seen and hit without changing the page's layout: after the
 * comment, in the page's flow of paint, where it fits inside its appointment, clear of its text and
 * of every layer of the page; otherwise floating over the appointment's end corner, following it
 * as the page scrolls or moves it, and hidden while the appointment is out of sight. A resized
 * window lays them all out anew.
 */
export function createBadgeLayout(lifetime: Lifetime) {
  /** Floating badges, with the elements that clip their box (a calendar's scroller, say). */
  const floating = new Map<PlacedBadge, Element[]>();
  /** Every badge laid out, floating or not: a window resized gives room to some and takes it from others. */
  const laidOut = new Set<PlacedBadge>();
  const resizes = new ResizeObserver(() => schedule());
  let pending = false;
  let relayoutDue = false;

  /**
   * Whether the chip, where the page's flow puts it, is whole, clear of every text of its
   * appointment (the next cell's "Bestilt" as much as the comment it follows), and on top there.
   */
  function fitsInFlow({ host, badge, box }: PlacedBadge): boolean {
    const chip = badge.chip.getBoundingClientRect();
    if (!chip.width || !inside(chip, box.getBoundingClientRect())) return false;
    for (const clipper of clippersBetween(host, box)) if (!inside(chip, clipper.getBoundingClientRect())) return false;
    if (coversText(chip, box)) return false;
    // Nothing of the page may lie over it: where it is in view, the chip itself must be hit.
    // The host's own document and window: a same-origin frame's badges are measured in the frame.
    const page = host.ownerDocument;
    const view = page.defaultView ?? window;
    const x = chip.left + chip.width / 2;
    const y = chip.top + chip.height / 2;
    if (x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight) return true;
    const hit = page.elementFromPoint(x, y);
    return hit === host || hit === badge.chip;
  }

  /** At the box's end corner, inside it where it is tall enough, centred on it where it is not. */
  function cornerOf({ badge, box }: PlacedBadge, clippers: Element[]) {
    const at = box.getBoundingClientRect();
    const compact = at.width < COMPACT_BELOW_WIDTH;
    const height = Math.max(COMPACT_SIZE, badge.chip.getBoundingClientRect().height);
    const width = compact ? COMPACT_SIZE : badge.chip.getBoundingClientRect().width;
    const rtl = styleOf(box).direction === 'rtl';
    const left = rtl ? at.left + INSET : Math.max(at.left, at.right - width - INSET);
    const top = at.height >= height + 2 * INSET ? at.top + INSET : at.top + (at.height - height) / 2;
    // Out of sight when the middle of the box is: scrolled out of the page's own scroller, or away.
    const x = at.left + at.width / 2;
    const y = at.top + at.height / 2;
    const view = box.ownerDocument.defaultView ?? window;
    let hidden = !at.width || x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight;
    for (const clipper of clippers) {
      const view = clipper.getBoundingClientRect();
      if (x < view.left || x > view.right || y < view.top || y > view.bottom) hidden = true;
    }
    return { left, top, hidden, compact };
  }

  /** Moves every floating chip to its box: reads all positions first, then writes them. */
  function follow() {
    const moves = [...floating].map(([placed, clippers]) => [placed, placed.box.isConnected ? cornerOf(placed, clippers) : null] as const);
    for (const [placed, at] of moves) {
      if (at) placed.badge.float(at);
      else forget(placed);
    }
  }

  /** Lays every badge out anew: a narrower window may leave a chip over the next column's text. */
  function relayout() {
    for (const each of laidOut) if (!each.box.isConnected) forget(each);
    const placed = [...laidOut];
    for (const each of placed) land(each);
    arrange(placed);
  }

  /** At the next frame, once however many events ask: moves the floating chips, or (`all`) lays every chip out anew. */
  function schedule(all = false) {
    relayoutDue ||= all;
    if (pending || !(relayoutDue ? laidOut : floating).size) return;
    pending = true;
    lifetime.nextFrame(() => {
      const all = relayoutDue;
      pending = relayoutDue = false;
      if (all) relayout();
      else follow();
    });
  }

  /**
   * The windows whose scrolling moves floating chips and whose resizing may move any: ours, and
   * each same-origin frame's once a chip is in it, since a frame's events never reach our window.
   */
  const followed = new WeakSet<Window>();
  function follows(view: Window) {
    if (followed.has(view)) return;
    followed.add(view);
    lifetime.listen(view, 'scroll', () => schedule(), { capture: true, passive: true });
    lifetime.listen(view, 'resize', () => schedule(true), { passive: true });
  }
  follows(window);
  lifetime.onEnd(() => resizes.disconnect());

  /** Back into the page's flow, whole. */
  function land(placed: PlacedBadge) {
    placed.badge.shrink(false);
    if (!floating.delete(placed)) return;
    resizes.unobserve(placed.box);
    placed.badge.float(null);
  }

  function forget(placed: PlacedBadge) {
    laidOut.delete(placed);
    land(placed);
  }

  /**
   * Lays out badges just put into the page: each stays in the flow where it fits, whole or as its
   * icon alone, or floats. Reads and writes go in rounds, so the page lays out a few times for the
   * lot, not once a badge.
   */
  function arrange(placed: PlacedBadge[]) {
    for (const each of placed) {
      laidOut.add(each);
      const view = each.host.ownerDocument.defaultView;
      if (view) follows(view);
    }
    const tooBig = placed.filter((each) => !fitsInFlow(each));
    for (const each of tooBig) each.badge.shrink(true);
    const floats = tooBig.filter((each) => !fitsInFlow(each));
    for (const each of floats) each.badge.shrink(false);
    const corners = floats.map((each) => {
      const clippers = clippersBetween(each.box, null);
      return [each, clippers, cornerOf(each, clippers)] as const;
    });
    for (const [each, clippers, corner] of corners) {
      floating.set(each, clippers);
      resizes.observe(each.box);
      each.badge.float(corner);
    }
  }

  return { arrange, forget };
}
