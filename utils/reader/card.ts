import type { Appointment } from '../appointment';
import { partOfWords, type Part } from './parts';
import { badgeSpot, everythingSaid, shownText, timeIn, withoutTimes } from './text';

type Parts = Partial<Record<Part, Element>>;

/** Where a card's markup names its parts: class="appt-note", data-field="comment", itemprop="name". */
function partsOf(card: Element): Parts {
  const parts: Parts = {};
  const whole = card.textContent?.length ?? 0;
  for (const element of card.getElementsByTagName('*')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('data-field') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
    const part = names.length > 2 ? partOfWords(names) : undefined;
    // A wrapper of everything the card says ("event-time-content") is the card again, not a part of it.
    if (part && !parts[part] && (element.textContent?.length ?? 0) < whole) parts[part] = element;
  }
  return parts;
}

/** A badge at the end of the card's own line of text, or of its last part when it has none. */
function defaultAnchor(card: Element): Element {
  if (card.localName === 'tr' || card.getAttribute('role') === 'row') return card.lastElementChild ?? card;
  for (let node = card.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && /\S/.test((node as Text).data)) return card;
  return card.lastElementChild ?? card;
}

/** "Kari Berg: ønsker video", "Kari Berg – ønsker video": a name of two to four words, then the comment. */
const NAME_FIRST = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})\s*(?::|\s[–—-])\s/u;

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
    // The comment keeps the name: a title "Video: ønsker time" names no one, and must still be read.
    patient: read('patient') || (parts.comment ? '' : (NAME_FIRST.exec(comment)?.[1] ?? '')),
    type: read('type'),
    comment,
    practitioner: read('practitioner') || null,
    dateText: read('date'),
  };
}
