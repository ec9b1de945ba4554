import { describe, expect, it } from 'vitest';
import { fold } from './normalize';
import { COMMA, SLASH, SPACE, STOP, tokenize } from './tokenize';

const words = (text: string) => tokenize(fold(text).text).map((t) => t.text);
const seps = (text: string) => tokenize(fold(text).text).map((t) => t.sep);

describe('tokenize', () => {
  it('drops emphasis and punctuation around words', () => {
    expect(words('**VIDEO** [video] #video video!! (video)')).toEqual(Array(5).fill('video'));
  });

  it('makes each emoji a word of its own, without its skin tone or variation selector', () => {
    expect(words('🎥video🎥 ☎️ 🙏🏼takk')).toEqual(['🎥', 'video', '🎥', '☎', '🙏', 'takk']);
    expect(seps('📹, 📞')).toEqual([SPACE, COMMA]);
  });

  it('joins spelled-out words', () => {
    expect(words('V I D E O takk')).toEqual(['video', 'takk']);
    expect(words('v.i.d.e.o')).toEqual(['video']);
    expect(words('bor i å')).toEqual(['bor', 'i', 'a']);
  });

  it('shortens letters repeated for emphasis and drops apostrophes', () => {
    expect(words("videoooo ikkkke don't")).toEqual(['videoo', 'ikke', 'dont']);
  });

  it('reads digits written for letters inside a word, and leaves numbers and codes alone', () => {
    expect(words('V1DE0 t3ams z00m')).toEqual(['video', 'teams', 'zoom']);
    expect(words('kl 10 B12 4g tlf 41234567')).toEqual(['kl', '10', 'b12', '4g', 'tlf', '41234567']);
  });

  it('grades separators: hyphen joins, slash offers, comma and stop end a clause', () => {
    expect(seps('ikke-video')).toEqual([SPACE, SPACE]);
    expect(seps('video/tlf')).toEqual([SPACE, SLASH]);
    expect(seps('ikke telefon, video')).toEqual([SPACE, SPACE, COMMA]);
    expect(seps('video - ikke')).toEqual([SPACE, COMMA]);
    expect(seps('video. Ikke')).toEqual([SPACE, STOP]);
  });

  it('reads a period after an abbreviation as part of the clause', () => {
    expect(seps('video el. telefon')).toEqual([SPACE, SPACE, SPACE]);
  });

  it('reads the period of a date ("2. mai") as part of the clause, not other numbers', () => {
    expect(seps('video 2. mai')).toEqual([SPACE, SPACE, SPACE]);
    expect(seps('tlf 12345. mai')).toEqual([SPACE, SPACE, STOP]);
    expect(seps('kl 15. Video')).toEqual([SPACE, SPACE, STOP]);
  });
});
