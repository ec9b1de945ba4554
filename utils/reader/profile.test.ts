// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readWithProfile } from './profile';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('readWithProfile', () => {
  it('reads each field with the taught selectors', () => {
    const doc = page(`
      <section><h2>Dr. Lie</h2>
        <div class="booking"><b class="at">09:15</b><i class="who">Ola</i><span class="note">ønsker video</span></div>
        <div class="booking"><b class="at">09:30</b><i class="who">Kari</i><span class="note">Resept</span></div>
      </section>`);
    const appointments = readWithProfile(doc, { appointment: '.booking', time: '.at', patient: '.who', comment: '.note' });
    expect(appointments.map(({ time, patient, comment, practitioner }) => ({ time, patient, comment, practitioner }))).toEqual([
      { time: '09:15', patient: 'Ola', comment: 'ønsker video', practitioner: 'Dr. Lie' },
      { time: '09:30', patient: 'Kari', comment: 'Resept', practitioner: 'Dr. Lie' },
    ]);
    expect(appointments[0]!.anchor.className).toBe('note');
  });

  it('reads comments kept in form fields and tooltips, and never anchors inside a field', () => {
    const doc = page(`
      <form class="booking"><label>Merknad <textarea name="merknad">video takk</textarea></label></form>
      <div class="booking"><span class="note" title="helst video"></span></div>`);
    const [form, tooltip] = readWithProfile(doc, { appointment: '.booking', comment: 'textarea, .note' });
    expect(form!.comment).toBe('video takk');
    // Never inside the field, nor inside its label, where a click would focus the field.
    expect(form!.anchor.localName).toBe('form');
    expect(tooltip!.comment).toBe('helst video');
  });

  it('keeps the innermost match, never a container of several appointments', () => {
    const doc = page(`<ul class="day"><li class="day"><span>video</span></li><li class="day">resept</li></ul>`);
    expect(readWithProfile(doc, { appointment: '.day' }).map((a) => a.element.localName)).toEqual(['li', 'li']);
  });

  it('skips our own UI and survives a selector that no longer parses', () => {
    const doc = page(`<div class="b" data-videotime-ui><div class="b">x</div></div><div class="b">y</div>`);
    expect(readWithProfile(doc, { appointment: '.b' }).map((a) => a.comment)).toEqual(['y']);
    expect(readWithProfile(doc, { appointment: 'div[' })).toEqual([]);
  });
});
