import type { Appointment } from './appointment';
import { containersAmong } from './nesting';
import type { ProfileSelectors } from './site-profiles';

const OWN_UI = '[data-videotime-ui]';
const FORM_CONTROL = 'input, textarea, select';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A profile's selector that stopped parsing must not take the page's scripts down with it. */
function queryAll(root: ParentNode, selector: string): HTMLElement[] {
  try {
    return Array.from(root.querySelectorAll<HTMLElement>(selector));
  } catch {
    return [];
  }
}

function query(root: Element, selector: string | undefined): HTMLElement | null {
  if (!selector) return null;
  try {
    return root.querySelector<HTMLElement>(selector);
  } catch {
    return null;
  }
}

/** What a patient wrote, wherever the page keeps it: text, a form field, or only a tooltip. */
function textOf(element: HTMLElement | null): string {
  if (!element) return '';
  if (element.matches(FORM_CONTROL)) return clean((element as HTMLInputElement).value);
  return clean(element.textContent) || clean(element.getAttribute('title')) || clean(element.getAttribute('aria-label'));
}

/** Where a badge may go: beside a form field, never inside it; in a row, inside a cell. */
function anchorFor(element: HTMLElement, comment: HTMLElement | null): HTMLElement {
  if (comment) return comment.matches(FORM_CONTROL) ? (comment.parentElement ?? element) : comment;
  return element.localName === 'tr' ? ((element.lastElementChild as HTMLElement | null) ?? element) : element;
}

/** Timebooks often name the practitioner once, above the appointments, not in each one. */
function practitionerAround(element: HTMLElement): string | null {
  const table = element.closest('table');
  const caption = table?.querySelector(':scope > caption');
  const heading = element.closest('section, article')?.querySelector('h1, h2, h3, h4');
  return clean(caption?.textContent) || clean(heading?.textContent) || null;
}

/** Reads appointments with the selectors an admin taught for this site. */
export function readWithProfile(root: ParentNode, selectors: ProfileSelectors): Appointment[] {
  const matched = queryAll(root, selectors.appointment).filter((element) => !element.closest(OWN_UI));
  // Never a container of appointments: a match with matches inside it is dropped.
  const containers = containersAmong(matched);
  const appointments = matched.filter((element) => !containers.has(element));
  return appointments.map((element) => {
    const comment = query(element, selectors.comment);
    const read = (selector: string | undefined) => textOf(query(element, selector));
    return {
      element,
      anchor: anchorFor(element, comment),
      time: read(selectors.time),
      patient: read(selectors.patient),
      type: read(selectors.type),
      comment: comment ? textOf(comment) : textOf(element),
      practitioner: read(selectors.practitioner) || practitionerAround(element),
    };
  });
}
