import { describe, expect, it } from 'vitest';
import { EXTENSION_SHAPES, PAGE_SHAPES, wellFormedBy } from './shapes';

const page = wellFormedBy(PAGE_SHAPES);
const extension = wellFormedBy(EXTENSION_SHAPES);
const slot = { time: '08:20', practitioner: 'Ingrid Solberg' };

describe('message shapes', () => {
  it('takes what our own scripts and pages send', () => {
    expect(page({ type: 'page:config' })).toBe(true);
    expect(page({ type: 'room:join', slot } as never)).toBe(true);
    expect(page({ type: 'timebook:flagged', slots: [slot, { time: '9.40', practitioner: null }] } as never)).toBe(true);
    expect(page({ type: 'layout:changed', changed: false } as never)).toBe(true);
    expect(page({ type: 'profile:save', selectors: { appointment: 'tr.avtale', comment: '.merknad' } } as never)).toBe(true);
    expect(extension({ type: 'room:override' })).toBe(true);
    expect(extension({ type: 'room:override', room: null } as never)).toBe(true);
    expect(extension({ type: 'settings:save', settings: { anything: 'the store validates it' } } as never)).toBe(true);
  });

  it.each([
    ['a patient beside the slot', { type: 'room:join', slot: { ...slot, patient: 'Kari Berg' } }],
    ['a comment beside the message', { type: 'invite:text', slot, comment: 'Ønsker video' }],
    ['a comment for a time', { type: 'joined:mark', slot: { time: 'Ønsker video, har vondt i ryggen siden mandag', practitioner: null } }],
    ['an object for a time', { type: 'room:join', slot: { time: { toString: 1 }, practitioner: null } }],
    ['a name longer than any', { type: 'room:join', slot: { time: '08:20', practitioner: 'x'.repeat(201) } }],
    ['slots that are not a list', { type: 'joined:list', slots: 'all' }],
    ['a word for a boolean', { type: 'layout:changed', changed: 'yes' }],
    ['a whole profile, name and sites included', { type: 'profile:save', profile: { name: 'x', matches: ['https://*/*'] } }],
    ['an unknown type', { type: 'settings:get' }],
  ])('refuses %s from a page', (_, message) => {
    expect(page(message as never)).toBe(false);
  });

  it('refuses tab ids and rooms of the wrong kind from extension pages', () => {
    expect(extension({ type: 'teach:start', tabId: '1' } as never)).toBe(false);
    expect(extension({ type: 'room:override', room: 42 } as never)).toBe(false);
    expect(extension({ type: 'settings:reset', settings: {} } as never)).toBe(false);
  });
});
