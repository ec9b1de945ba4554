// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTimebook } from './timebook-reader';

function pageOf(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('readTimebook', () => {
  it('reads every appointment of the demo timebook with its practitioner from the caption', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../tests/fixtures/demo-timebook.html'), 'utf8');
    const page = pageOf(/<body>([\s\S]*)<\/body>/.exec(html)![1]!);
    const appointments = readTimebook(page);
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

  it('ignores tables without a comment column', () => {
    const page = pageOf(`<table><thead><tr><th>Dag</th><th>Åpningstid</th></tr></thead>
      <tbody><tr><td>Mandag</td><td>video 08–16</td></tr></tbody></table>`);
    expect(readTimebook(page)).toEqual([]);
  });

  it('reads the comment without text of our own injected UI', () => {
    const page = pageOf(`<table><thead><tr><th>Tid</th><th>Merknad</th></tr></thead>
      <tbody><tr><td>08:00</td><td>video</td></tr></tbody></table>`);
    const [first] = readTimebook(page);
    first!.anchor.append(Object.assign(document.createElement('videotime-badge'), { title: 'x' }));
    first!.anchor.lastElementChild!.attachShadow({ mode: 'open' }).textContent = 'Bli med';
    expect(readTimebook(page)[0]!.comment).toBe('video');
  });
});
