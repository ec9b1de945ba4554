import type { Appointment } from '../appointment';
import { containersAmong } from './nesting';
import { readCard } from './card';
import { forEachText, hasLongRange, saysMoreThanTime, shownText, timeIn } from './text';

/** Shapes that are an appointment's own element even when the page shows just one. */
const ITEM = 'li, tr, [role=row], [role=listitem], [role=gridcell], [role=article], article';

/** Page furniture whose times are clocks, opening hours or news, never appointments. */
const FURNITURE_TAGS = new Set(['head', 'nav', 'footer']);
const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'banner']);
// Tag and attribute look-ups rather than matches(): this runs for every element of the page.
const isFurniture = (element: Element) =>
  FURNITURE_TAGS.has(element.localName) || FURNITURE_ROLES.has(element.getAttribute('role') ?? '');

/** Cheap test before the exact one: most text nodes of a page hold no time at all. */
const MAYBE_TIME = /\d[:.]\d\d/;

/** How far a bare time ("09:15" alone in its cell) may climb to reach the words of its appointment. */
const MAX_CLIMB = 4;

const depthOf = (node: Node) => {
  let depth = 0;
  for (let up = node.parentNode; up; up = up.parentNode) depth++;
  return depth;
};

interface Sayer {
  element: Element;
  depth: number;
}

/** Deepest common ancestor of two elements, with its depth. */
function commonAncestor(a: Sayer, b: Sayer): Sayer {
  let [x, dx, y, dy]: [Node, number, Node, number] = [a.element, a.depth, b.element, b.depth];
  for (; dx > dy; dx--) x = x.parentNode!;
  for (; dy > dx; dy--) y = y.parentNode!;
  for (; x !== y; dx--) [x, y] = [x.parentNode!, y.parentNode!];
  return { element: x as Element, depth: dx };
}

/**
 * Each time on the page, lifted to the nearest element that says more than the time: for
 * "<td>09:15</td>" the row, for "<b>09:15</b> Kari, video" the line holding both.
 */
function sayersOf(root: ParentNode, claimed: ReadonlySet<Element>, textOf: (element: Element) => string): Sayer[] {
  const says = new Map<Element, boolean>();
  const sayers: Sayer[] = [];
  const sayerAbove = (start: Element | null) => {
    let element = start;
    for (let level = 0; element && element !== root && level < MAX_CLIMB; level++, element = element.parentElement) {
      if (element.localName === 'body') return null;
      let known = says.get(element);
      if (known === undefined) says.set(element, (known = saysMoreThanTime(textOf(element))));
      if (known) return element;
    }
    return null;
  };
  const skip = (element: Element) => claimed.has(element) || isFurniture(element);
  forEachText(
    root as Node,
    (text) => {
      if (!MAYBE_TIME.test(text.data) || !timeIn(text.data)) return;
      const element = sayerAbove(text.parentElement);
      if (element && element !== sayers.at(-1)?.element) sayers.push({ element, depth: depthOf(element) });
    },
    skip,
  );
  return sayers;
}

/** What makes elements alike in a page's markup: their tag, classes and role. */
const likenessOf = (element: Element) =>
  element.hasAttribute('class') || element.hasAttribute('role')
    ? `${element.localName}.${element.getAttribute('class') ?? ''}[${element.getAttribute('role') ?? ''}]`
    : undefined;

/**
 * Widens each sayer to its whole appointment: the largest element around it that reaches no
 * neighbouring appointment, which for a list is the item and for a table the row. An event alone
 * in a calendar's day cell stays the event, like its neighbours in fuller cells.
 */
function cardsOf(sayers: Sayer[]): Element[] {
  const widened = sayers.map((sayer, i) => {
    const around = [sayers[i - 1], sayers[i + 1]]
      .filter((neighbour): neighbour is Sayer => !!neighbour)
      .map((neighbour) => commonAncestor(sayer, neighbour));
    if (!around.length) return sayer.element;
    const nearest = around.reduce((a, b) => (a.depth >= b.depth ? a : b)).element;
    let card = sayer.element;
    while (card !== nearest && card.parentElement && card.parentElement !== nearest) card = card.parentElement;
    return card;
  });
  const likenesses = new Set(widened.map(likenessOf));
  return widened.map((card, i) => {
    for (let inner: Element | null = sayers[i]!.element; inner && inner !== card; inner = inner.parentElement) {
      if (likenesses.has(likenessOf(inner))) return inner;
    }
    return card;
  });
}

/**
 * Repetition makes a timebook: a card counts when it has siblings or look-alikes among the cards,
 * and a lone one only in an appointment's own shape (a list item, a row).
 */
function confirmed(cards: Element[], textOf: (element: Element) => string): Set<Element> {
  const counts = new Map<unknown, number>();
  const count = (key: unknown) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const card of cards) {
    count(card.parentElement);
    count(likenessOf(card));
  }
  const repeated = (card: Element) => counts.get(card.parentElement)! > 1 || (!!likenessOf(card) && counts.get(likenessOf(card))! > 1);
  const found = new Set<Element>();
  for (const card of cards) {
    const item = repeated(card) ? card : card.closest(ITEM);
    if (item && item.localName !== 'body' && !hasLongRange(textOf(item))) found.add(item);
  }
  return found;
}

/** Appointments found by their shape alone, outside what other readers claimed. */
export function readShapes(root: ParentNode, claimed: ReadonlySet<Element>): Appointment[] {
  // A card's text is needed three times over: found, confirmed, read.
  const texts = new Map<Element, string>();
  const textOf = (element: Element) => texts.get(element) ?? texts.set(element, shownText(element)).get(element)!;
  const cards = [...confirmed(cardsOf(sayersOf(root, claimed, textOf)), textOf)];
  // An element holding several appointments is their container, never one of them.
  const containers = containersAmong(cards);
  return cards.filter((card) => !containers.has(card)).map((card) => readCard(card as HTMLElement, null, textOf(card)));
}
