import { containersAmong } from '../reader/nesting';

/**
 * Turns the elements an admin clicked into selectors that survive reloads: stable classes and
 * attributes first, never generated ids or state classes, positions only as a last resort.
 */

/** Classes that frameworks generate or that flip with state say nothing about what an element is. */
const UNSTABLE_CLASS =
  /^(css|sc|jsx|svelte|emotion|jss|makeStyles|styled)-|[0-9a-f]{6,}|\d{3,}|^(is-|has-)?(active|selected|hover|focus(ed)?|open|closed|hidden|visible|odd|even|first|last|highlighted|disabled)$/i;
const STABLE_ATTRIBUTES = ['role', 'name', 'data-testid', 'data-test', 'data-type', 'data-field', 'data-column', 'itemprop', 'headers'];
const OWN = /^data-videotime/;

const escapeIdent = (value: string) =>
  typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/[^\w-]/g, (c) => `\\${c}`);
const escapeValue = (value: string) => value.replace(/["\\]/g, '\\$&');

function stableClasses(element: Element): string[] {
  return Array.from(element.classList).filter((name) => !UNSTABLE_CLASS.test(name));
}

/** Attribute selectors worth trying: known-meaningful attributes with their value, data-* by name. */
function stableAttributes(element: Element): string[] {
  const selectors: string[] = [];
  for (const { name, value } of Array.from(element.attributes)) {
    if (OWN.test(name)) continue;
    if (STABLE_ATTRIBUTES.includes(name) && value && value.length <= 40 && !/\d{3,}/.test(value)) {
      selectors.push(`[${name}="${escapeValue(value)}"]`);
    } else if (name.startsWith('data-') && !/\d{3,}/.test(name)) {
      selectors.push(`[${escapeIdent(name)}]`);
    }
  }
  return selectors;
}

/** Selectors describing the element by itself, most specific meaning first. */
function ownSelectors(element: Element): string[] {
  const tag = element.localName;
  const classes = stableClasses(element).map((name) => `.${escapeIdent(name)}`);
  const attributes = stableAttributes(element);
  return [
    ...classes.map((cls) => `${tag}${cls}`),
    ...(classes.length > 1 ? [`${tag}${classes.join('')}`] : []),
    ...attributes.map((attribute) => `${tag}${attribute}`),
  ];
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Appointments are alike: same tag under the same kind of parent (a header row is not one). */
const alike = (a: Element, b: Element) =>
  a.localName === b.localName && a.parentElement?.localName === b.parentElement?.localName;

/** The path of nth-child steps from an ancestor down to the element. */
function positionalPath(element: Element, ancestor: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = element; node && node !== ancestor; node = node.parentElement) {
    const index = node.parentElement ? Array.from(node.parentElement.children).indexOf(node) + 1 : 1;
    steps.unshift(`${node.localName}:nth-child(${index})`);
  }
  return steps.join(' > ');
}

export interface DerivedSelector {
  selector: string;
  count: number;
}

/**
 * The selector matching the clicked appointment and as many alike ones as possible, none of them
 * nested in another. Falls back to the element's position when nothing stable tells them apart.
 */
export function deriveAppointmentSelector(element: Element, root: ParentNode): DerivedSelector {
  const parent = element.parentElement;
  const candidates = [
    ...ownSelectors(element),
    ...(parent ? ownSelectors(parent).map((selector) => `${selector} > ${element.localName}`) : []),
    ...(parent?.parentElement ? ownSelectors(parent.parentElement).map((s) => `${s} > ${parent.localName} > ${element.localName}`) : []),
  ];
  let best: DerivedSelector | undefined;
  for (const selector of candidates) {
    const matches = safeQueryAll(root, selector);
    if (!matches.includes(element) || !matches.every((match) => alike(match, element))) continue;
    if (containersAmong(matches).size > 0) continue;
    if (!best || matches.length > best.count) best = { selector, count: matches.length };
  }
  if (best) return best;
  const body = element.ownerDocument.body;
  return { selector: `body > ${positionalPath(element, body)}`, count: 1 };
}

/** A selector that finds this field inside its appointment, relative to the appointment. */
export function deriveFieldSelector(field: Element, appointment: Element): string {
  const tag = field.localName;
  const candidates = [...ownSelectors(field), ...stableClasses(field).map((name) => `.${escapeIdent(name)}`), tag];
  for (const selector of candidates) {
    try {
      if (appointment.querySelector(selector) === field) return selector;
    } catch {
      // A class the page escaped oddly: try the next candidate.
    }
  }
  return `:scope > ${positionalPath(field, appointment)}`;
}

/** The element a click on a row meant: the nearest repeated item, never a single table cell. */
export function appointmentOf(target: Element): Element {
  for (let node: Element | null = target; node && node.localName !== 'body'; node = node.parentElement) {
    if (node.localName === 'td' || node.localName === 'th') continue;
    const siblings = node.parentElement ? Array.from(node.parentElement.children) : [];
    const classes = new Set(node.classList);
    const repeated = siblings.some(
      (sibling) =>
        sibling !== node &&
        sibling.localName === node.localName &&
        (classes.size === 0 ? sibling.classList.length === 0 : Array.from(sibling.classList).some((c) => classes.has(c))),
    );
    if (repeated) return node;
  }
  return target;
}
