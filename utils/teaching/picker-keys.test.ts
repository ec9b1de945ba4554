// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { UI_ATTRIBUTE } from '../dom-marks';
import { movedOutline } from './picker-keys';

const byId = (id: string) => document.getElementById(id)!;

beforeEach(() => {
  document.body.innerHTML = `
    <script></script><h1 id="title">Bestillinger</h1>
    <div id="list">
      <div id="ola"><span id="ola-who">Ola</span><span id="ola-note">video</span></div>
      <div id="kari"><span id="kari-who">Kari</span><span id="kari-note">Resept</span></div>
      <span ${UI_ATTRIBUTE}></span>
    </div>`;
});

describe('movedOutline', () => {
  it('starts at the first element inside the root that a person could mean', () => {
    expect(movedOutline(null, 'ArrowDown', false, document.body)).toBe(byId('title'));
    expect(movedOutline(null, 'ArrowUp', false, byId('kari'))).toBe(byId('kari-who'));
  });

  it('moves beside, widens and narrows, and stays put at the edges', () => {
    expect(movedOutline(byId('title'), 'ArrowDown', false, document.body)).toBe(byId('list'));
    expect(movedOutline(byId('list'), 'ArrowDown', true, document.body)).toBe(byId('ola'));
    expect(movedOutline(byId('ola'), 'ArrowRight', false, document.body)).toBe(byId('kari'));
    // Our own UI is never outlined.
    expect(movedOutline(byId('kari'), 'ArrowDown', false, document.body)).toBe(byId('kari'));
    expect(movedOutline(byId('kari'), 'ArrowUp', true, document.body)).toBe(byId('list'));
    expect(movedOutline(byId('list'), 'ArrowUp', true, document.body)).toBe(byId('list'));
    expect(movedOutline(byId('title'), 'ArrowUp', false, document.body)).toBe(byId('title'));
    expect(movedOutline(byId('ola-note'), 'ArrowDown', true, document.body)).toBe(byId('ola-note'));
  });

  it('keeps inside the root, and leaves other keys alone', () => {
    expect(movedOutline(byId('kari-note'), 'ArrowUp', true, byId('kari'))).toBe(byId('kari-note'));
    expect(movedOutline(byId('ola-who'), 'ArrowDown', false, byId('kari'))).toBe(byId('kari-who'));
    expect(movedOutline(byId('ola'), 'Enter', false, document.body)).toBeUndefined();
  });
});
