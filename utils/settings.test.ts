import { describe, expect, it } from 'vitest';
import { roomUrlSchema } from './settings';

const errorOf = (value: unknown) => roomUrlSchema.safeParse(value).error?.issues.map((i) => i.message);

describe('roomUrlSchema', () => {
  it('accepts an https room and trims it', () => {
    expect(roomUrlSchema.parse('  https://whereby.com/solbakken ')).toBe('https://whereby.com/solbakken');
  });

  it('asks for an address when empty', () => {
    expect(errorOf('   ')).toEqual(['errorRoomUrlRequired']);
  });

  it('rejects text that is no URL with one clear message', () => {
    expect(errorOf('whereby.com/solbakken')).toEqual(['errorRoomUrlInvalid']);
  });

  it.each(['http://whereby.com/solbakken', 'javascript:alert(1)', 'ftp://rom.no/a'])('rejects %s as not https', (url) => {
    expect(errorOf(url)).toEqual([url.startsWith('javascript') ? 'errorRoomUrlInvalid' : 'errorRoomUrlNotHttps']);
  });
});
