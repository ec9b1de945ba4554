import type { Appointment } from '../appointment';
import { containersAmong } from './nesting';
import { UI_ATTRIBUTE } from '../dom-marks';
import { practitionerAround } from './table';
import { badgeSpot, everythingSaid } from './text';
import type { ProfileSelectors } from '../sites/profile';

const OWN_UI = `[${UI_ATTRIBUTE}]`;

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

/** Where a badge may go: beside a form field, never inside it; in a row, inside a cell. */
function anchorFor(element: HTMLElement, comment: HTMLElement | null): HTMLElement {
  if (comment) return badgeSpot(comment);
  return element.localName === 'tr' ? ((element.lastElementChild as HTMLElement | null) ?? element) : element;
}

/** Reads appointments with the selectors an admin taught for this site. */
export function readWithProfile(root: ParentNode, selectors: ProfileSelectors): Appointment[] {
  const matched = queryAll(root, selectors.appointment).filter((element) => !element.closest(OWN_UI));
  // Never a container of appointments: a match with matches inside it is dropped.
  const containers = containersAmong(matched);
  const appointments = matched.filter((element) => !containers.has(element));
  return appointments.map((element) => {
    const comment = query(element, selectors.comment);
    const read = (selector: string | undefined) => {
      const field = query(element, selector);
      return field ? everythingSaid(field) : '';
    };
    return {
      element,
      anchor: anchorFor(element, comment),
      time: read(selectors.time),
      patient: read(selectors.patient),
      type: read(selectors.type),
      comment: everythingSaid(comment ?? element),
      practitioner: read(selectors.practitioner) || practitionerAround(element),
    };
  });
}
