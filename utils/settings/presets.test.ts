import { describe, expect, it } from 'vitest';
import { recognisePreset, sampleUrl, shapeProblem, type PresetId } from './presets';

const problem = (preset: PresetId, address: string) => shapeProblem(preset, sampleUrl(address)!);

describe('preset shapes', () => {
  it.each<[PresetId, string]>([
    ['whereby', 'https://whereby.com/solbakken-legesenter'],
    ['whereby', 'https://solbakken.whereby.com/{room}'],
    ['confrere', 'https://solbakken.confrere.com/ingrid-solberg'],
    ['nhn', 'https://join.nhn.no/webapp/conference/12345678'],
    ['jitsi', 'https://meet.jit.si/solbakken-{slot}'],
    ['jitsi', 'https://jitsi.solbakken.no/venterom'],
    ['teams', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d'],
    ['teams', 'https://teams.live.com/meet/9412345678901'],
    ['zoom', 'https://zoom.us/j/81234567890?pwd=abc123'],
    ['zoom', 'https://solbakken.zoom.us/j/812345678'],
    ['custom', 'https://video.solbakken.test/rom/{date}'],
  ])('%s accepts %s', (preset, address) => {
    expect(problem(preset, address)).toBeNull();
  });

  it.each<[PresetId, string, string]>([
    ['whereby', 'https://whereby.com/', 'errorPresetWhereby'],
    ['whereby', 'https://whereby.com/a/b', 'errorPresetWhereby'],
    ['whereby', 'https://wherebyx.com/a', 'errorPresetWhereby'],
    ['confrere', 'https://confrere.com/ingrid', 'errorPresetConfrere'],
    ['nhn', 'https://join.nhn.no/webapp/conference/12345678?pin=1234', 'errorPresetNhn'],
    ['nhn', 'https://join.nhn.no/webapp/conference/rom', 'errorPresetNhn'],
    ['jitsi', 'https://meet.jit.si/', 'errorPresetJitsi'],
    ['teams', 'https://teams.microsoft.com/', 'errorPresetTeams'],
    ['zoom', 'https://zoom.us/j/123', 'errorPresetZoom'],
    ['zoom', 'https://zoom.us/j/81234567890?uname=Kari', 'errorPresetZoom'],
  ])('%s refuses %s', (preset, address, key) => {
    expect(problem(preset, address)).toBe(key);
  });
});

describe('recognisePreset', () => {
  it.each<[string, PresetId]>([
    ['https://whereby.com/solbakken', 'whereby'],
    ['https://meet.jit.si/solbakken', 'jitsi'],
    ['https://join.nhn.no/webapp/conference/12345678', 'nhn'],
    // Any one-segment address could be a self-hosted Jitsi; only the certain cases are named.
    ['https://video.solbakken.test/venterom', 'custom'],
    ['not a url', 'custom'],
  ])('%s is %s', (address, preset) => {
    expect(recognisePreset(address)).toBe(preset);
  });
});
