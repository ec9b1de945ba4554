import { describe, expect, it } from 'vitest';
import { fold, matchAt } from './normalize';
import { fastestRun, HOSTILE_BUDGET_MS } from './timing';

describe('fold', () => {
  it.each([
    ['VIDEO', 'video'],
    ['Vídeó', 'video'],
    ['ＶＩＤＥＯ', 'video'],
    ['𝐯𝐢𝐝𝐞𝐨', 'video'],
    ['vіdeо', 'video'], // Cyrillic і and о
    ['VIDЕO', 'video'], // Cyrillic Е
    ['νideο', 'video'], // Greek ν and ο
    ['ᴠɪᴅᴇᴏ', 'video'], // small capitals
    ['vid\u200beo', 'video'],
    ['vid\u00adeo', 'video'],
    ['don’t', "don't"],
  ])('%s → %s', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it('keeps Norwegian letters apart from their look-alikes', () => {
    expect(fold('Ønsker MØTE på Æ').text).toBe('ønsker møte pa æ');
  });

  it('reads Greek capital Nu as N, not as the v its lowercase resembles', () => {
    expect(fold('Νideο').text).toBe('nideo');
  });

  it('maps a folded span back to the source, across removed and widened characters', () => {
    const source = '🙂 vid\u200beo!';
    const folded = fold(source);
    const start = folded.text.indexOf('video');
    const match = matchAt(folded, source, start, start + 5);
    expect(match).toEqual({ start: 3, end: 9, text: 'vid\u200beo' });
    expect(source.slice(match.start, match.end)).toBe(match.text);
  });

  it('needs no index map when every character keeps its width', () => {
    expect(fold('Ønsker video 📹').sources).toBeNull();
  });
});

describe('fold with bidi controls', () => {
  const quote = (source: string, word: string) => {
    const folded = fold(source);
    const start = folded.text.indexOf(word);
    return start < 0 ? null : matchAt(folded, source, start, start + word.length);
  };

  it.each([
    ['\u202eoediv\u202c', 'video'], // right-to-left override: displays reversed
    ['\u202eoediv', 'video'], // an override left open runs to the end of the paragraph
    ['\u202ekkat oediv\u202c', 'video takk'], // whole words reverse too
    ['Resept \u202eoediv\u202c takk', 'resept video takk'],
    ['\u202e(oediv)\u202c', '(video)'], // brackets mirror, as a reversed run shows them
    ['\u2066\u202eoediv\u2069!', 'video!'], // closing the isolate closes the override inside it
    ['\u202e\u202doediv\u202c\u202c', 'oediv'], // a left-to-right override inside shows it as typed
    ['\u202doediv\u202c', 'oediv'],
    ['\u2067video\u2069 \u202bvideo\u202c', 'video video'], // Latin letters keep their order in an RTL isolate or embedding
    ['\u202eab\ncd\u202c', 'ba\ncd'], // a new paragraph ends every override
  ])('%j reads as %j', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it('quotes what the reader sees, from a span covering its source characters', () => {
    const source = 'Resept, \u202eoediv eksnø\u202c takk';
    expect(quote(source, 'video')).toEqual({ start: 9, end: 14, text: 'video' });
    expect(quote(source, 'ønske video')).toEqual({ start: 9, end: 20, text: 'ønske video' });
  });

  it('strips the controls like zero-width characters', () => {
    expect(fold('vid\u2066eo\u2069').text).toBe('video');
    expect(fold('\u2067\u2069').text).toBe('');
  });

  it('stays linear on deep and unbalanced nesting', () => {
    expect(fold('\u202e\u2067\u202d'.repeat(200) + 'oediv' + '\u202c\u2069'.repeat(300)).text).toMatch(/^(oediv|video)$/);
    expect(fastestRun(fold, '\u202e\u2067\u202doediv\u202c'.repeat(12_000))).toBeLessThan(HOSTILE_BUDGET_MS);
  });
});
