import type { Appointment } from '../appointment';
import { partOfWords, type Part } from './parts';
import { badgeSpot, everythingSaid, shownText, timeIn, withoutTimes } from './text';

type Parts = Partial<Record<Part, Element>>;

/** Where a card's markup names its parts: class="appt-note", data-field="comment", itemprop="name". */
function partsOf(card: Element): Parts {
  const parts: Parts = {};
  for (const element of card.getElementsByTagName('*')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('data-field') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
    const part = names.length > 2 ? partOfWords(names) : undefined;
    if (part && !parts[part]) parts[part] = element;
  }
  return parts;
}

/** A badge at the end of the card's own line of text, or of its last part when it has none. */
function defaultAnchor(card: Element): Element {
  if (card.localName === 'tr' || card.getAttribute('role') === 'row') return card.lastElementChild ?? card;
  for (let node = card.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && /\S/.test((node as Text).data)) return card;
  return card.lastElementChild ?? card;
}

/**
 * Reads an appointment from an element holding just one: its parts where the markup names them,
 * otherwise everything it says but the time is the comment.
 */
export function readCard(card: HTMLElement, anchorHint?: Element | null, shown = shownText(card)): Appointment {
  const parts = partsOf(card);
  const named = new Set(Object.values(parts));
  const read = (field: Part) => {
    const part = parts[field];
    return part ? shownText(part) : '';
  };
  const comment = parts.comment
    ? everythingSaid(parts.comment)
    : withoutTimes(everythingSaid(card, named.size ? shownText(card, (element) => named.has(element)) : shown));
  return {
    element: card,
    anchor: badgeSpot(anchorHint ?? parts.comment ?? defaultAnchor(card)),
    time: timeIn(read('time')) || timeIn(shown),
    patient: read('patient'),
    type: read('type'),
    comment,
    practitioner: read('practitioner') || null,
    dateText: read('date'),
  };
}
