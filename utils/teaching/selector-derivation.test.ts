// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appointmentOf, deriveAppointmentSelector, deriveFieldSelector } from './selector-derivation';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('selector derivation on the demo timebook', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../tests/pages/demo-timebook.html'), 'utf8');

  it('finds every appointment row from one click on a comment cell, and the comment column', () => {
    const doc = page(/<body>([\s\S]*)<\/body>/.exec(html)![1]!);
    const cell = doc.querySelectorAll('td.merknad')[1]!;
    const row = appointmentOf(cell);
    expect(row.localName).toBe('tr');
    const derived = deriveAppointmentSelector(row, doc);
    expect(derived).toEqual({ selector: 'tr.avtale', count: 36 });
    expect(deriveFieldSelector(cell, row)).toBe('td.merknad');
  });
});

describe('deriveAppointmentSelector', () => {
  it('ignores generated and state classes and prefers the selector matching the most alike items', () => {
    const doc = page(`
      <ul class="list">
        <li class="booking css-1x9f3a is-active" id="b-98231">a</li>
        <li class="booking css-7k2p0q">b</li>
        <li class="booking">c</li>
      </ul>`);
    const item = doc.querySelector('li')!;
    expect(deriveAppointmentSelector(item, doc)).toEqual({ selector: 'li.booking', count: 3 });
  });

  it('uses stable attributes when classes say nothing', () => {
    const doc = page(`<div><div role="row" data-slot>1</div><div role="row" data-slot>2</div><div>x</div></div>`);
    const row = doc.querySelector('[role=row]')!;
    expect(deriveAppointmentSelector(row, doc).count).toBe(2);
  });

  it('never picks a selector that also matches header rows', () => {
    const doc = page(`<table class="t"><thead><tr><th>Tid</th></tr></thead><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>`);
    const row = doc.querySelector('tbody tr')!;
    const { selector, count } = deriveAppointmentSelector(row, doc);
    expect(count).toBe(2);
    expect(doc.querySelectorAll(selector)).toHaveLength(2);
  });

  it('falls back to a position when nothing stable tells items apart', () => {
    const doc = page(`<div><div><span>only</span></div></div>`);
    const span = doc.querySelector('span')!;
    const { selector, count } = deriveAppointmentSelector(span, doc);
    expect(count).toBe(1);
    expect(doc.querySelector(selector)).toBe(span);
  });
});

describe('deriveFieldSelector', () => {
  it('names a form field by its name attribute', () => {
    const doc = page(`<form class="b"><input name="tid"><textarea name="merknad"></textarea></form>`);
    const form = doc.querySelector('form')!;
    expect(deriveFieldSelector(doc.querySelector('textarea')!, form)).toBe('textarea[name="merknad"]');
  });

  it('falls back to a position inside the appointment', () => {
    const doc = page(`<div class="b"><span>09:00</span><span>video</span></div>`);
    const appointment = doc.querySelector('.b')!;
    const selector = deriveFieldSelector(appointment.children[1]!, appointment);
    expect(appointment.querySelector(selector)?.textContent).toBe('video');
  });
});
