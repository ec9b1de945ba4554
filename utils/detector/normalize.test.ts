import { describe, expect, it } from 'vitest';
import { fold, sourceSpan } from './normalize';

describe('fold', () => {
  it.each([
    ['VIDEO', 'video'],
    ['Vídeó', 'video'],
    ['ＶＩＤＥＯ', 'video'],
    ['𝐯𝐢𝐝𝐞𝐨', 'video'],
    ['vіdeо', 'video'], // Cyrillic і and о
    ['VIDЕO', 'video'], // Cyrillic Е
    ['νideο', 'video'], // Greek ν and ο
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
    const [from, to] = sourceSpan(folded, source, start, start + 5);
    expect(source.slice(from, to)).toBe('vid\u200beo');
  });

  it('needs no index map when every character keeps its width', () => {
    expect(fold('Ønsker video 📹').sources).toBeNull();
  });
});
