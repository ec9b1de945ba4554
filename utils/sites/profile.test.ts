import { describe, expect, it } from 'vitest';
import { profileFor, taughtProfile, type SiteProfile } from './profile';

const taught: SiteProfile = {
  name: 'Timebok',
  matches: ['https://timebok.example.no/*'],
  selectors: { appointment: 'li.booking', comment: '.note' },
};

describe('site profiles', () => {
  it('applies the built-in profiles: besoklegen.no (generic reader); the demo timebook only in the e2e build', () => {
    // The demo and the e2e tests run the e2e build; nothing else can reach loopback.
    expect(profileFor('http://127.0.0.1:5173/demo-timebook.html', [])).toBeUndefined();
    expect(profileFor('https://www.besoklegen.no/timebok', [])).toMatchObject({ name: 'Besøklegen' });
    expect(profileFor('https://xn--besklegen-n8a.no/', [])?.selectors).toBeUndefined();
    expect(profileFor('https://timebok.example.no/dag', [])).toBeUndefined();
  });

  it('lets an admin’s profile win over a built-in one', () => {
    const own = { ...taught, matches: ['*://127.0.0.1/*'] };
    expect(profileFor('http://127.0.0.1/demo-timebook.html', [own])).toBe(own);
  });
});

describe('taughtProfile', () => {
  it("names the page's own host, whatever else the page would like", () => {
    expect(taughtProfile('https://timebok.example.no/dag?d=1', { appointment: 'tr' })).toEqual({
      name: 'timebok.example.no',
      matches: ['*://timebok.example.no/*'],
      selectors: { appointment: 'tr' },
    });
    expect(taughtProfile('not a url', { appointment: 'tr' })).toBeUndefined();
  });
});
