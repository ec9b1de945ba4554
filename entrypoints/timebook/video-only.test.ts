// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../utils/appointment';
import { createVideoOnlyFilter } from './video-only';

function rows(html: string): Appointment[] {
  document.body.innerHTML = html;
  return Array.from(document.querySelectorAll<HTMLElement>('li'), (element) => ({
    element,
    anchor: element,
    time: '',
    patient: '',
    type: '',
    comment: element.textContent ?? '',
    practitioner: null,
  }));
}

describe('video-only filter', () => {
  const isVideo = (element: HTMLElement) => element.textContent === 'video';

  it('dims the rest and restores every row’s own style attribute exactly', () => {
    const appointments = rows(`<ul><li>video</li><li style="color: red">resept</li><li>rygg</li></ul>`);
    const before = document.body.innerHTML;
    const filter = createVideoOnlyFilter();

    filter.setActive(true);
    filter.apply(appointments, isVideo);
    expect(appointments.map((a) => a.element.style.opacity)).toEqual(['', '0.3', '0.3']);
    expect(appointments[1]!.element.style.color).toBe('red');

    filter.setActive(false);
    filter.apply(appointments, isVideo);
    expect(document.body.innerHTML).toBe(before);
  });

  it('lets a row that became video out of the dimming', () => {
    const appointments = rows(`<ul><li>resept</li></ul>`);
    const filter = createVideoOnlyFilter();
    filter.setActive(true);
    filter.apply(appointments, isVideo);
    appointments[0]!.element.textContent = 'video';
    filter.apply(appointments, isVideo);
    expect(appointments[0]!.element.hasAttribute('style')).toBe(false);
  });

  it('with only some rows read again, changes only those rows', () => {
    const appointments = rows(`<ul><li>resept</li><li>rygg</li></ul>`);
    const [first, second] = appointments.map((a) => a.element) as [HTMLElement, HTMLElement];
    const filter = createVideoOnlyFilter();
    filter.setActive(true);
    filter.apply(appointments, isVideo);

    // The second row became video and was read again; the first was not, and stays dimmed.
    second.textContent = 'video';
    filter.apply([appointments[1]!], isVideo, new Set([second]));
    expect([first.style.opacity, second.hasAttribute('style')]).toEqual(['0.3', false]);
  });
});
