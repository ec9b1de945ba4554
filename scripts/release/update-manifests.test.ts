import { describe, expect, it } from 'vitest';
import { chromeUpdateXml, firefoxUpdatesJson, updateUrls } from './update-manifests';

describe('self-hosted update manifests', () => {
  it('give Chrome the id, version and package address, escaped as XML', () => {
    const xml = chromeUpdateXml({ id: 'a'.repeat(32), version: '1.2.3', crxUrl: "https://it.example.no/v/videotime-1.2.3.crx?a=1&b='2'" });
    expect(xml).toContain(`<app appid='${'a'.repeat(32)}'>`);
    expect(xml).toContain("codebase='https://it.example.no/v/videotime-1.2.3.crx?a=1&#38;b=&#39;2&#39;' version='1.2.3'");
  });

  it('give Firefox its add-on id with the version and package address', () => {
    expect(JSON.parse(firefoxUpdatesJson({ id: 'videotime@videotime.no', version: '1.2.3', xpiUrl: 'https://x/v.xpi' }))).toEqual({
      addons: { 'videotime@videotime.no': { updates: [{ version: '1.2.3', update_link: 'https://x/v.xpi' }] } },
    });
  });

  it('sit at the base address, with or without its trailing slash', () => {
    expect(updateUrls('https://it.example.no/videotime')).toEqual(updateUrls('https://it.example.no/videotime/'));
    expect(updateUrls('https://it.example.no/videotime').chrome).toBe('https://it.example.no/videotime/update.xml');
  });
});
