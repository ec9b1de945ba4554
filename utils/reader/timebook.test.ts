// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Appointment } from '../appointment';
import { createDetector } from '../detector';
import { UI_ATTRIBUTE } from '../dom-marks';
import { readChangedRows, readTimebook } from './timebook';

function pageOf(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** The body of a fixture page the e2e tests also serve, without its scripts (tests run those). */
function fixture(name: string): Document {
  const html = readFileSync(resolve(import.meta.dirname, '../../tests/pages', name), 'utf8');
  return pageOf(/<body>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>/g, ''));
}

/** Fixture appointments carry data-appt; anything read without it is a false appointment. */
const idOf = ({ element }: Appointment) => element.getAttribute('data-appt') ?? `<${element.localName}>${element.textContent}`;
const ids = (appointments: Appointment[]) => appointments.map(idOf).sort();
const detect = createDetector();
const videoIds = (appointments: Appointment[]) => ids(appointments.filter((a) => detect(a).category === 'video'));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readTimebook on tables', () => {
  it('reads every appointment of the demo timebook with its practitioner from the caption', () => {
    const appointments = readTimebook(fixture('demo-timebook.html'));
    expect(appointments).toHaveLength(36);
    expect(new Set(appointments.map((a) => a.practitioner))).toEqual(
      new Set(['Ingrid Solberg (fastlege)', 'Ahmed Karimi (fastlege)', 'Marte Lien (lege i spesialisering)']),
    );
    expect(appointments[1]).toMatchObject({
      time: '08:20',
      patient: 'Kari Berg',
      type: 'Konsultasjon',
      comment: 'Ønsker video, sitter i hjemmekarantene',
    });
    expect(appointments[1]!.anchor.className).toBe('merknad');
  });

  it('anchors on header text, whatever the column order, and honours colspan', () => {
    const page = pageOf(`
      <table>
        <tr><th colspan="2">Klokkeslett</th><th>Kommentar:</th><th>Behandler</th><th>Pasient</th></tr>
        <tr><td>ons</td><td>09.15</td><td>ønsker video</td><td>Dr. Lie</td><td>Ola</td></tr>
      </table>`);
    expect(readTimebook(page)).toMatchObject([
      { time: 'ons', comment: 'ønsker video', practitioner: 'Dr. Lie', patient: 'Ola', type: '' },
    ]);
  });

  it('reads a plain table headed in its first row, and neither opening hours nor prose around it', () => {
    const appointments = readTimebook(fixture('plain-table.html'));
    expect(ids(appointments)).toEqual(['arne', 'hilde', 'knut', 'mona', 'sigrid']);
    expect(appointments.find((a) => idOf(a) === 'sigrid')).toMatchObject({
      time: '08:00',
      patient: 'Sigrid Holm',
      practitioner: 'Dr. Berntsen',
      comment: 'Vil gjerne ha videotime',
    });
    expect(videoIds(appointments)).toEqual(['mona', 'sigrid']);
  });

  it('finds no appointment on a page without a timebook', () => {
    expect(readTimebook(fixture('no-timebook.html'))).toEqual([]);
  });

  it('ignores tables of opening hours, headed or not', () => {
    const page = pageOf(`<table><thead><tr><th>Dag</th><th>Åpningstid</th></tr></thead>
      <tbody><tr><td>Mandag</td><td>video 08–16</td></tr></tbody></table>
      <table><tr><td>Mandag</td><td>08:00–16:00</td></tr><tr><td>Lørdag</td><td>10:00–13:00 (kun video)</td></tr></table>`);
    expect(readTimebook(page)).toEqual([]);
  });

  it('reads the comment without text of our own injected UI', () => {
    const page = pageOf(`<table><thead><tr><th>Tid</th><th>Merknad</th></tr></thead>
      <tbody><tr><td>08:00</td><td>video</td></tr></tbody></table>`);
    const [first] = readTimebook(page);
    const host = Object.assign(document.createElement('span'), { title: 'Bli med' });
    host.setAttribute(UI_ATTRIBUTE, 'badge');
    first!.anchor.append(host);
    host.attachShadow({ mode: 'open' }).textContent = 'Bli med';
    expect(readTimebook(page)[0]!.comment).toBe('video');
  });
});

describe('readChangedRows', () => {
  const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-appt="${id}"]`)!;
  const read = (...rows: HTMLElement[]) => {
    const reading = readChangedRows(new Set(rows), false);
    return reading && [...reading];
  };

  it('reads changed rows of a timebook table alone, as a whole read would', () => {
    const page = fixture('plain-table.html');
    const whole = readTimebook(page);
    const mona = rowOf('mona');
    (mona.lastElementChild!.firstChild as Text).data = 'Fornye resept';
    const added = mona.cloneNode(true) as HTMLElement;
    added.setAttribute('data-appt', 'nils');
    added.lastElementChild!.textContent = 'ønsker video';
    mona.after(added);

    const changed = read(mona, added, rowOf('knut'))!;
    expect(changed.map(idOf)).toEqual(['mona', 'nils', 'knut']);
    expect(changed[0]).toMatchObject({ comment: 'Fornye resept', practitioner: 'Dr. Berntsen', time: '09:00' });
    expect(videoIds(changed)).toEqual(['nils']);
    // An unchanged row is the very appointment read before.
    expect(changed[2]).toBe(whole.find((a) => idOf(a) === 'knut'));
    const byId = (appointments: Appointment[]) => new Map(appointments.map((a) => [idOf(a), a]));
    const again = byId(readTimebook(page));
    for (const [id, appointment] of byId(changed)) expect(again.get(id)).toEqual(appointment);
  });

  it('reads a row that left the page as nothing', () => {
    fixture('plain-table.html');
    readTimebook(document);
    const arne = rowOf('arne');
    arne.remove();
    expect(read(arne)).toEqual([]);
  });

  it('asks for a whole read when a row is outside every timebook table read, or its header changed', () => {
    const page = fixture('plain-table.html');
    expect(read(rowOf('sigrid'))).toBeUndefined();
    readTimebook(page);
    expect(read(document.querySelector<HTMLElement>('#apningstider tr')!)).toBeUndefined();
    expect(read(rowOf('sigrid'))).toHaveLength(1);
    document.querySelector('#timer th')!.textContent = 'Navn';
    expect(read(rowOf('sigrid'))).toBeUndefined();
  });
});

describe('readTimebook on frames', () => {
  it('reads a same-origin frame and steps over one it may not read', () => {
    const framed = document.implementation.createHTMLDocument();
    framed.body.innerHTML = fixture('plain-table.html').body.innerHTML;
    const frame = (contentDocument: () => Document | null) => {
      const element = document.createElement('iframe');
      Object.defineProperty(element, 'contentDocument', { get: contentDocument });
      return element;
    };
    // Detached, so the test DOM does not try to load the frames.
    const root = document.createElement('div');
    const crossOrigin = () => {
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    };
    root.append(frame(crossOrigin), frame(() => null), frame(() => framed));
    expect(ids(readTimebook(root))).toEqual(['arne', 'hilde', 'knut', 'mona', 'sigrid']);
  });
});

describe('readTimebook on shapes', () => {
  it('finds list items, ARIA rows, list items and grid cells, and cards, each its own element', () => {
    const appointments = readTimebook(fixture('shapes-timebook.html'));
    expect(ids(appointments)).toEqual(
      ['emil', 'ida', 'jonas', 'kari', 'lars', 'liv', 'marit', 'nora', 'ole', 'per', 'sara', 'tor'].sort(),
    );
    expect(videoIds(appointments)).toEqual(['ida', 'kari', 'marit', 'nora', 'per', 'sara']);
  });

  it('reads time and comment of a card, and places the badge inside it', () => {
    const appointments = readTimebook(fixture('shapes-timebook.html'));
    const per = appointments.find((a) => idOf(a) === 'per')!;
    expect(per).toMatchObject({ time: '8.45', comment: 'Per Olsen – helst på video' });
    expect(per.anchor).toBe(per.element);
    const nora = appointments.find((a) => idOf(a) === 'nora')!;
    expect(nora.time).toBe('09:00');
    expect(nora.anchor.textContent).toBe('Video/tlf - fornye resept');
    for (const { element, anchor } of appointments) expect(element.contains(anchor)).toBe(true);
  });

  it('reads comments that only tooltips and accessible names hold', () => {
    const appointments = readTimebook(fixture('tooltips.html'));
    expect(ids(appointments)).toEqual(['jonas', 'kari', 'nils', 'ole', 'per', 'silje']);
    expect(videoIds(appointments)).toEqual(['kari', 'per', 'silje']);
    expect(detect(appointments.find((a) => idOf(a) === 'jonas')!).category).toBe('telefon');
  });

  it('reads an open booking form from its fields, never from the options of a list', () => {
    const page = fixture('booking-form.html');
    const [booking, ...rest] = readTimebook(page);
    expect(rest).toEqual([]);
    expect(booking).toMatchObject({ time: '14:30', patient: 'Eva Jensen', type: 'Kontroll', comment: 'Kan vi ta det på video?' });
    expect(booking!.anchor.className).toBe('felt');

    // What the receptionist types is in the field's value only.
    page.querySelector<HTMLTextAreaElement>('#merknad')!.value = 'Resept';
    expect(readTimebook(page)[0]!.comment).toBe('Resept');
  });

  it('flags one appointment per element even when times of one appointment are split', () => {
    const page = pageOf(`<ol>
      <li data-appt="a"><span>09:00</span>–<span>09:15</span> <em>Kari</em> ønsker video</li>
      <li data-appt="b"><span>09:15</span>–<span>09:30</span> <em>Ole</em> resept</li></ol>`);
    const appointments = readTimebook(page);
    expect(ids(appointments)).toEqual(['a', 'b']);
    expect(appointments[0]!.time).toBe('09:00');
  });
});

describe('readTimebook on FullCalendar', () => {
  /** The e2e page's own script, rendering the real FullCalendar packages into this DOM. */
  async function calendar(view: string): Promise<Document> {
    const page = fixture('fullcalendar.html');
    history.replaceState(null, '', `?view=${view}`);
    vi.resetModules();
    await import('../../tests/pages/fullcalendar/calendar');
    await vi.waitFor(() => expect(page.querySelectorAll('.fc-event')).toHaveLength(6));
    expect(page.querySelectorAll(view === 'listDay' ? '.fc-list-event' : '.fc-timegrid-event')).toHaveLength(6);
    return page;
  }

  for (const view of ['timeGridDay', 'listDay']) {
    it(`reads each event of the ${view} view once, with comments from titles and tooltips`, async () => {
      const appointments = readTimebook(await calendar(view));
      expect(ids(appointments)).toEqual(['anne', 'kari', 'lars', 'mathias', 'ole', 'per']);
      expect(videoIds(appointments)).toEqual(['kari', 'per']);
      const per = appointments.find((a) => idOf(a) === 'per')!;
      expect(per.comment).toContain('Helst på video');
      expect(per.time).toMatch(/^0?9[:.]00$/);
      expect(per.anchor.matches('.fc-event-title, .fc-list-event-title')).toBe(true);
    });
  }
});
