// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldFor, placeOf } from './ErrorSummary';

function form(): HTMLElement {
  const root = document.createElement('form');
  root.innerHTML = `
    <label for="room-url">Klinikkens videorom</label><input id="room-url" data-path="defaultRoom.url">
    <fieldset class="room"><legend>Behandlerrom 1</legend>
      <label for="rooms-0-practitioner">Behandler</label><input id="rooms-0-practitioner" data-path="rooms.0.practitioner">
    </fieldset>
    <label for="keywords-video">Ekstra ord for video</label><textarea id="keywords-video" data-path="detector.extraKeywords.video"></textarea>`;
  document.body.replaceChildren(root);
  return root;
}

describe('the error summary’s way to a field', () => {
  it('finds the field of an issue, and the field holding a list entry’s issue', () => {
    const root = form();
    expect(fieldFor(root, 'defaultRoom.url')?.id).toBe('room-url');
    expect(fieldFor(root, 'detector.extraKeywords.video.2')?.id).toBe('keywords-video');
    expect(fieldFor(root, 'rooms.1.practitioner')).toBeNull();
    expect(fieldFor(root, '')).toBeNull();
  });

  it('names a practitioner’s room by its legend and other fields by their label, as the form does', () => {
    const root = form();
    expect(placeOf(fieldFor(root, 'rooms.0.practitioner')!)).toBe('Behandlerrom 1');
    expect(placeOf(fieldFor(root, 'defaultRoom.url')!)).toBe('Klinikkens videorom');
  });
});
