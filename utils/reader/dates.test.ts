// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readChangedRows, readTimebook } from './timebook';

/** Wednesday 2 December 2026. */
const now = new Date(2026, 11, 2, 9, 30);

/** Each appointment's time and day, in page order. */
function daysOf(html: string): string[] {
  document.body.innerHTML = html;
  return readTimebook(document, now).map(({ time, date }) => `${time} ${date ?? 'undated'}`);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

const TABLE_HEAD = '<thead><tr><th>Tid</th><th>Pasient</th><th>Merknad</th></tr></thead>';
const row = (time: string, name = 'Kari Berg', comment = 'video') => `<tr><td>${time}</td><td>${name}</td><td>${comment}</td></tr>`;

describe('the day of each appointment', () => {
  it('is none on a page of one undated day', () => {
    expect(daysOf(`<table>${TABLE_HEAD}<tbody>${row('08:00')}${row('08:15')}</tbody></table>`)).toEqual(['08:00 undated', '08:15 undated']);
  });

  it('is the one day the page heading names, and "I dag" is today', () => {
    expect(daysOf(`<header><h1>Timebok</h1><span>Torsdag 3. desember 2026</span></header><main><table>${TABLE_HEAD}<tbody>${row('08:00')}</tbody></table></main>`)).toEqual([
      '08:00 2026-12-03',
    ]);
    expect(daysOf(`<h2>I dag</h2><table>${TABLE_HEAD}<tbody>${row('08:00')}</tbody></table>`)).toEqual(['08:00 2026-12-02']);
  });

  it('follows day headings down a list of days, nearest heading first', () => {
    const html = `<section>
      <h3>Onsdag 2. desember</h3><table>${TABLE_HEAD}<tbody>${row('08:00')}${row('08:15', 'Per Olsen')}</tbody></table>
      <h3>Torsdag 3.12.</h3><table>${TABLE_HEAD}<tbody>${row('09:00')}</tbody></table>
    </section>`;
    expect(daysOf(html)).toEqual(['08:00 2026-12-02', '08:15 2026-12-02', '09:00 2026-12-03']);
  });

  it('reads day rows inside one table, as list views write them', () => {
    const html = `<table>${TABLE_HEAD}<tbody>
      <tr class="day-header"><th colspan="3">Mandag 30.11.2026</th></tr>${row('08:00')}${row('08:30', 'Per Olsen')}
      <tr><th colspan="3">Onsdag 2.12.2026</th></tr>${row('10:00', 'Ola Nordmann')}
    </tbody></table>`;
    expect(daysOf(html)).toEqual(['08:00 2026-11-30', '08:30 2026-11-30', '10:00 2026-12-02']);
  });

  it('reads a date column, and never takes a birth date for the day', () => {
    const html = `<table><thead><tr><th>Dato</th><th>Tid</th><th>Pasient</th><th>Født</th><th>Merknad</th></tr></thead><tbody>
      <tr><td>04.12.2026</td><td>08:00</td><td>Kari Berg</td><td>12.03.1954</td><td>video</td></tr></tbody></table>
      <table>${TABLE_HEAD}<tbody><tr><td>08:00</td><td>Ole 12.03.1954</td><td>video</td></tr></tbody></table>`;
    expect(daysOf(html)).toEqual(['08:00 2026-12-04', '08:00 undated']);
  });

  it('reads calendar day columns (data-date), <time datetime> and ARIA labels', () => {
    const html = `<div class="week">
      <div class="col" data-date="2026-11-30"><div class="ev">08:00 Kari Berg – video</div><div class="ev">08:15 Per Olsen – video</div></div>
      <div class="col" aria-label="Onsdag 2. desember"><div class="ev">08:00 Nora Dahl – video</div><div class="ev">08:15 Eva Jensen – video</div></div>
    </div>
    <ul><li><time datetime="2026-12-07T10:00">10:00</time> Ola Nordmann – video</li><li><time datetime="2026-12-08T10:00">10:00</time> Ida Strand – video</li></ul>`;
    expect(daysOf(html)).toEqual(['08:00 2026-11-30', '08:15 2026-11-30', '08:00 2026-12-02', '08:15 2026-12-02', '10:00 2026-12-07', '10:00 2026-12-08']);
  });

  it('does not take a day heading for the practitioner', () => {
    document.body.innerHTML = `<section><h2>Onsdag 2. desember</h2><table>${TABLE_HEAD}<tbody>${row('08:00')}</tbody></table></section>`;
    expect(readTimebook(document, now)[0]).toMatchObject({ practitioner: null, date: '2026-12-02' });
  });
});

describe('the day of rows read again on their own', () => {
  /** A day-row list table as list views write it, read whole once. */
  function listTable() {
    document.body.innerHTML = `<table>${TABLE_HEAD}<tbody>
      <tr><th colspan="3">Mandag 30.11.2026</th></tr>${row('08:00')}${row('08:30', 'Per Olsen')}
      <tr class="day"><th colspan="3">Onsdag 2.12.2026</th></tr>${row('10:00', 'Ola Nordmann')}</tbody></table>`;
    readTimebook(document, now);
    return document.querySelector('tbody')!;
  }
  const append = (body: HTMLElement, html: string) => {
    const rows = new Set<HTMLElement>();
    for (const added of new DOMParser().parseFromString(`<table><tbody>${html}</tbody></table>`, 'text/html').querySelectorAll('tr')) {
      const adopted = document.adoptNode(added);
      body.append(adopted);
      rows.add(adopted);
    }
    return rows;
  };
  const daysOfRows = (rows: Set<HTMLElement>, removed = false) => [...(readChangedRows(rows, removed, now) ?? [])].map(({ time, date }) => `${time} ${date}`);

  it('takes the day of the heading above a row appended to a long day, read after read', () => {
    const body = listTable();
    expect(daysOfRows(append(body, row('10:15')))).toEqual(['10:15 2026-12-02']);
    expect(daysOfRows(append(body, row('10:30')))).toEqual(['10:30 2026-12-02']);
  });

  it('follows a day heading appended, and one edited, to the rows after it', () => {
    const body = listTable();
    daysOfRows(append(body, row('10:15')));
    daysOfRows(append(body, '<tr><th colspan="3">Torsdag 3.12.2026</th></tr>'));
    expect(daysOfRows(append(body, row('08:00', 'Siv Lie')))).toEqual(['08:00 2026-12-03']);

    // The heading over Wednesday's rows now says Tuesday: a row added to that day follows it.
    const heading = body.querySelector<HTMLElement>('tr.day')!;
    heading.firstElementChild!.textContent = 'Tirsdag 1.12.2026';
    daysOfRows(new Set([heading]));
    const added = append(body, row('10:20'));
    body.querySelector('tr.day')!.nextElementSibling!.nextElementSibling!.after(...added);
    expect(daysOfRows(added)).toEqual(['10:20 2026-12-01']);
  });

  it('reads the days afresh when rows left the page, which may have taken a heading along', () => {
    const body = listTable();
    daysOfRows(append(body, row('10:15')));
    body.querySelector('tr.day')!.remove();
    daysOfRows(new Set(), true);
    expect(daysOfRows(append(body, row('10:30')))).toEqual(['10:30 2026-11-30']);
  });
});
