// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Appointment } from '../../utils/appointment';
import type { Decision } from '../../utils/detector';
import { FLAG_ATTRIBUTE, UI_ATTRIBUTE } from '../../utils/dom-marks';
import { createFlagger } from './flagger';
import type { Lifetime } from './lifetime';
import type { Slicer } from './slices';

/** All in one go: these tests are about what is flagged, not when. */
const UNSLICED: Slicer = { due: () => false, pause: async () => undefined };

vi.mock('../../utils/i18n', () => ({ t: (key: string, ...values: string[]) => [key, ...values].join(' ') }));

function appointmentIn(row: HTMLTableRowElement, time: string, comment: string): Appointment {
  return { element: row, anchor: row.cells[1]!, time, practitioner: null, patient: 'P', type: '', comment };
}

function timebook(comments: string[]): Appointment[] {
  document.body.innerHTML = `<table><tbody>${comments.map(() => '<tr><td></td><td></td></tr>').join('')}</tbody></table>`;
  return [...document.querySelectorAll('tr')].map((row, i) => appointmentIn(row, `08:${10 + i}`, comments[i]!));
}

const video: Decision = { category: 'video', source: 'comment', match: null };

/** Every appointment is in view here: the observer reports each one as it is observed. */
type Entries = { target: Element; isIntersecting: boolean }[];
let report: (entries: Entries) => void = () => undefined;
class InView {
  constructor(private readonly callback: (entries: Entries) => void) {
    report = callback;
  }
  observe(target: Element) {
    queueMicrotask(() => this.callback([{ target, isIntersecting: true }]));
  }
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('IntersectionObserver', InView);

const lifetime: Lifetime = {
  alive: () => true,
  onEnd: () => undefined,
  listen: () => undefined,
  every: () => undefined,
  after: () => undefined,
  nextFrame: () => undefined,
};
const options = () => ({ join: vi.fn(), copyInvite: vi.fn(async () => true), lifetime });

describe('createFlagger', () => {
  it('writes the page’s first flag at once, then each slice’s flags as the slice ends', async () => {
    const flagger = createFlagger(options());
    flagger.setDetector(() => video);
    const appointments = timebook(Array.from({ length: 9 }, () => 'video'));
    const flaggedAtPauses: number[] = [];
    let decided = 0;
    // Due after every third appointment; each pause sees what the page holds then.
    const slicer: Slicer = {
      due: (limit) => limit === undefined && decided > 0 && decided % 3 === 0,
      pause: async () => {
        flaggedAtPauses.push(document.querySelectorAll(`[${FLAG_ATTRIBUTE}]`).length);
        decided++;
      },
    };
    const counted = (function* () {
      for (const appointment of appointments) {
        yield appointment;
        decided++;
      }
    })();
    await flagger.update(counted, slicer);
    // The first pause comes right after the first flag, not when the slice is used up.
    expect(flaggedAtPauses[0]).toBe(1);
    expect(flaggedAtPauses.length).toBeGreaterThan(2);
    expect(flaggedAtPauses).toEqual([...flaggedAtPauses].sort((a, b) => a - b));
    expect(document.querySelectorAll(`[${FLAG_ATTRIBUTE}="video"]`)).toHaveLength(9);
  });

  it('ends a slice early only for the page’s very first flag, not on later reads', async () => {
    const flagger = createFlagger(options());
    flagger.setDetector(() => video);
    const pauses: number[] = [];
    const neverDue: Slicer = { due: () => false, pause: async () => void pauses.push(document.querySelectorAll(`[${FLAG_ATTRIBUTE}]`).length) };
    const appointments = timebook(['video', 'video', 'video']);
    await flagger.update(appointments, neverDue);
    expect(pauses).toEqual([1]);
    await flagger.update(appointments, neverDue);
    expect(pauses).toEqual([1]);
  });

  it('runs a first slice that is due before any flag on until it has one, but not past a long task', async () => {
    const flagger = createFlagger(options());
    flagger.setDetector(({ comment }) => (comment === 'video' ? video : { category: 'other', source: 'comment', match: null }));
    // Reading the page took the whole slice before its first appointment came.
    const flaggedAtPauses: number[] = [];
    const slicer = (overdue: boolean): Slicer => ({
      due: (limit) => limit === undefined || overdue,
      pause: async () => void flaggedAtPauses.push(document.querySelectorAll(`[${FLAG_ATTRIBUTE}]`).length),
    });
    await flagger.update(timebook(['vondt i ryggen', 'resept', 'video', 'video']), slicer(false));
    expect(flaggedAtPauses[0]).toBe(1);
    flaggedAtPauses.length = 0;
    await flagger.update(timebook(['vondt i ryggen', 'video']), slicer(true));
    expect(flaggedAtPauses[0]).toBe(0);
  });

  it('flags every other appointment when one of them throws', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const flagger = createFlagger(options());
    flagger.setDetector(({ comment }) => {
      if (comment === 'poison') throw new Error('a comment the detector chokes on');
      return video;
    });
    const appointments = timebook(['video', 'poison', 'video']);
    await flagger.update(appointments, UNSLICED);
    await Promise.resolve();

    const flagged = appointments.map(({ element }) => element.getAttribute(FLAG_ATTRIBUTE));
    expect(flagged).toEqual(['video', null, 'video']);
    expect(document.querySelectorAll(`[${UI_ATTRIBUTE}="badge"]`)).toHaveLength(2);
    expect(errors).toHaveBeenCalledWith('[Videotime] flag', expect.any(Error));
    errors.mockRestore();
  });

  it('hosts each badge in a plain element whose shadow root the page cannot open', async () => {
    const flagger = createFlagger(options());
    flagger.setDetector(() => video);
    await flagger.update(timebook(['video']), UNSLICED);
    await Promise.resolve();
    const host = document.querySelector(`[${UI_ATTRIBUTE}]`)!;
    expect(host.localName).toBe('span');
    expect(host.shadowRoot).toBeNull();
  });

  it('places no badge for an appointment a fast scroll brought near and took away before it heard', async () => {
    const flagger = createFlagger(options());
    flagger.setDetector(() => video);
    const [appointment] = timebook(['video']);
    await flagger.update([appointment!], UNSLICED);
    await Promise.resolve();
    expect(document.querySelectorAll(`[${UI_ATTRIBUTE}]`)).toHaveLength(1);
    const target = appointment!.element;
    report([{ target, isIntersecting: false }]);
    report([{ target, isIntersecting: true }, { target, isIntersecting: false }]);
    expect(document.querySelectorAll(`[${UI_ATTRIBUTE}]`)).toHaveLength(0);
    report([{ target, isIntersecting: false }, { target, isIntersecting: true }]);
    expect(document.querySelectorAll(`[${UI_ATTRIBUTE}]`)).toHaveLength(1);
  });
});
