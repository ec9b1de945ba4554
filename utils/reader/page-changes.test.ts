// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { UI_ATTRIBUTE } from '../dom-marks';
import { pageChangeOf } from './page-changes';

let observer: MutationObserver;

/** What the watcher would be told about the changes `change` makes to the page. */
function changeOf(change: () => void) {
  observer.takeRecords();
  change();
  return pageChangeOf(observer.takeRecords());
}

const row = (id: string) => document.querySelector<HTMLElement>(`[data-appt="${id}"]`)!;

beforeEach(() => {
  observer?.disconnect();
  document.body.innerHTML = `
    <p>Dagens timer</p>
    <table>
      <thead><tr><th>Tid</th><th>Merknad</th></tr></thead>
      <tbody>
        <tr data-appt="eva"><td>08:00</td><td>Ønsker video</td></tr>
        <tr data-appt="per"><td>08:15</td><td>Resept</td></tr>
      </tbody>
    </table>`;
  observer = new MutationObserver(() => undefined);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
});

describe('pageChangeOf', () => {
  it('names appended rows, and only them', () => {
    const body = document.createElement('tbody');
    body.innerHTML = '<tr data-appt="ola"><td>09:00</td><td>video</td></tr>';
    const change = changeOf(() => document.querySelector('tbody')!.append(...body.children));
    expect(change).toEqual({ kind: 'rows', rows: new Set([row('ola')]), removed: false });
  });

  it('names the row whose cell text changed', () => {
    const change = changeOf(() => ((row('per').lastElementChild!.firstChild as Text).data = 'video'));
    expect(change).toEqual({ kind: 'rows', rows: new Set([row('per')]), removed: false });
  });

  it('says rows left the page when one is removed', () => {
    const change = changeOf(() => row('eva').remove());
    expect(change).toEqual({ kind: 'rows', rows: new Set(), removed: true });
  });

  it('names the rows of a body put in place of another', () => {
    const change = changeOf(() => {
      const body = document.createElement('tbody');
      body.innerHTML = '<tr data-appt="siv"><td>10:00</td><td>video</td></tr>';
      document.querySelector('tbody')!.replaceWith(body);
    });
    expect(change).toEqual({ kind: 'rows', rows: new Set([row('siv')]), removed: true });
  });

  it('ignores our own UI coming and going, and whitespace between rows', () => {
    const host = document.createElement('span');
    host.setAttribute(UI_ATTRIBUTE, 'badge');
    expect(changeOf(() => row('eva').lastElementChild!.append(host))).toEqual({ kind: 'none' });
    expect(changeOf(() => host.remove())).toEqual({ kind: 'none' });
    expect(changeOf(() => document.querySelector('tbody')!.append('\n  '))).toEqual({ kind: 'none' });
  });

  it('takes anything outside table rows for a change to the page', () => {
    expect(changeOf(() => document.querySelector('p')!.append(' 09:30 video'))).toEqual({ kind: 'page' });
    expect(changeOf(() => document.querySelector('thead tr th')!.append('!'))).toEqual({
      kind: 'rows',
      rows: new Set([document.querySelector('thead tr')]),
      removed: false,
    });
    expect(changeOf(() => document.querySelector('table')!.append(document.createElement('caption')))).toEqual({ kind: 'page' });
  });
});
