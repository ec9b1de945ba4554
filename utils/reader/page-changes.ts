import { isOwnUi } from '../dom-marks';

const isOwnNode = (node: Node) => node.nodeType === 1 && isOwnUi(node as Element);

function allOwn(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (!isOwnNode(nodes[i]!)) return false;
  return true;
}

/** Our own badge insertions must not wake the observer, or every scan would schedule another. */
const isOwnMutation = (record: MutationRecord) =>
  record.type === 'childList' && allOwn(record.addedNodes) && allOwn(record.removedNodes);

/** Whitespace between rows, which parsers and frameworks add and remove freely. */
const isBlank = (node: Node) => node.nodeType === 3 && !(node as Text).data.trim();

const SECTIONS = new Set(['table', 'thead', 'tbody']);

/** The table row an element is part of, without leaving its table. */
function rowAround(start: Element | null): HTMLElement | undefined {
  for (let element = start; element; element = element.parentElement) {
    if (element.localName === 'tr') return element as HTMLElement;
    if (element.localName === 'table' || element.localName === 'body') return undefined;
  }
  return undefined;
}

export type PageChange =
  /** Nothing to read again: our own UI moved, or whitespace between rows. */
  | { kind: 'none' }
  /** Only table rows: added, changed inside, or removed. */
  | { kind: 'rows'; rows: Set<HTMLElement>; removed: boolean }
  /** Anything else, which takes reading the page again. */
  | { kind: 'page' };

/**
 * What a batch of mutations changed, as narrowly as can be told cheaply: a timebook that appends
 * a page of rows, or re-renders some, changed those rows and nothing else. Runs for every node a
 * parser inserts, so consecutive records about one element are looked at once.
 */
export function pageChangeOf(records: MutationRecord[]): PageChange {
  const rows = new Set<HTMLElement>();
  let removed = false;
  let lastTarget: Node | undefined;
  for (const record of records) {
    const target = record.target;
    const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
    if (record.type === 'childList' && element && SECTIONS.has(element.localName)) {
      for (const node of record.addedNodes) {
        if (isBlank(node) || isOwnNode(node)) continue;
        if (node.nodeType !== 1) return { kind: 'page' };
        const added = node as HTMLElement;
        if (added.localName === 'tr') rows.add(added);
        else if (added.localName === 'tbody' || added.localName === 'thead') for (const row of added.children) rows.add(row as HTMLElement);
        else return { kind: 'page' };
      }
      for (const node of record.removedNodes) {
        if (isBlank(node) || isOwnNode(node)) continue;
        const name = node.nodeType === 1 ? (node as Element).localName : '';
        if (name !== 'tr' && name !== 'tbody' && name !== 'thead') return { kind: 'page' };
        removed = true;
      }
      continue;
    }
    // A parser fills a row cell by cell, one record each: the row is looked at once.
    if (target === lastTarget) continue;
    const row = rowAround(element);
    if (row && rows.has(row)) {
      lastTarget = target;
      continue;
    }
    if (isOwnMutation(record)) continue;
    lastTarget = target;
    if (!row) return { kind: 'page' };
    rows.add(row);
  }
  return rows.size || removed ? { kind: 'rows', rows, removed } : { kind: 'none' };
}
