import { describe, expect, it } from 'vitest';
import { isSitePattern, matchesUrl, parseMatchPattern, sitePatternOf } from './match-pattern';

describe('match patterns', () => {
  it.each(['https://besoklegen.no/*', 'https://*.besoklegen.no/*', '*://timebok.example.no/dag/*', 'http://127.0.0.1/*'])(
    'accepts %s',
    (pattern) => expect(parseMatchPattern(pattern)).not.toBeNull(),
  );

  it.each(['besoklegen.no', 'https://besoklegen.no', 'ftp://x.no/*', 'https://*besoklegen.no/*', 'https://a.no:8080/*', '<all_urls>'])(
    'rejects %s',
    (pattern) => expect(parseMatchPattern(pattern)).toBeNull(),
  );

  it('refuses patterns that would reach every host as a site', () => {
    expect(isSitePattern('https://*/*')).toBe(false);
    expect(isSitePattern('*://*/*')).toBe(false);
    expect(isSitePattern('https://*.besoklegen.no/*')).toBe(true);
  });

  it('matches URLs as browsers do, ignoring ports', () => {
    expect(matchesUrl('https://*.besoklegen.no/*', 'https://www.besoklegen.no/timebok?d=1')).toBe(true);
    expect(matchesUrl('https://*.besoklegen.no/*', 'https://besoklegen.no/')).toBe(true);
    expect(matchesUrl('https://*.besoklegen.no/*', 'https://evilbesoklegen.no/')).toBe(false);
    expect(matchesUrl('http://127.0.0.1/*timebook*', 'http://127.0.0.1:4000/demo-timebook.html')).toBe(true);
    expect(matchesUrl('https://a.no/dag/*', 'https://a.no/uke/1')).toBe(false);
    expect(matchesUrl('*://a.no/*', 'file:///a.no/x')).toBe(false);
  });

  it('derives the whole-site pattern of a page', () => {
    expect(sitePatternOf('https://timebok.example.no:8443/dag?x=1')).toBe('https://timebok.example.no/*');
    expect(sitePatternOf('chrome://extensions')).toBeNull();
  });
});
