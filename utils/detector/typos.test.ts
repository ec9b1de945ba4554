import { describe, expect, it } from 'vitest';
import { ALPHABET, isTypoOf } from './typos';

/** Every slip of a word, listed the plain way: what isTypoOf must agree with. */
function typoVariants(word: string): Set<string> {
  const out = new Set<string>();
  const add = (candidate: string) => {
    if (candidate !== word && candidate[0] === word[0] && candidate.length >= 4) out.add(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) add(head + tail.slice(1));
    if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2));
    if (tail.length > 2) add(head + tail[2] + tail[1] + tail[0] + tail.slice(3));
    for (const letter of ALPHABET) {
      add(head + letter + tail);
      if (tail) add(head + letter + tail.slice(1));
    }
  }
  return out;
}

describe('isTypoOf', () => {
  it.each(['vidoe', 'viedo', 'vidio', 'vedio', 'videio', 'vido', 'vdeo'])('takes %s for video', (typo) => {
    expect(isTypoOf(typo, 'video')).toBe(true);
  });

  it('keeps the first letter and the word itself out', () => {
    for (const word of ['rideo', 'ideo', 'video']) expect(isTypoOf(word, 'video'), word).toBe(false);
  });

  it('never reaches words two slips away', () => {
    for (const word of ['videre', 'vidar', 'vidde', 'vidare']) expect(isTypoOf(word, 'video'), word).toBe(false);
  });

  it.each(['konsultasjon', 'video', 'oppfølging', 'appointment', 'facetime', 'telefon'])(
    'agrees with the listed slips of %s and their neighbours',
    (word) => {
      const variants = typoVariants(word);
      for (const typo of variants) expect(isTypoOf(typo, word), typo).toBe(true);
      // Two slips away, or the word itself, is no typo.
      for (const typo of [...variants].slice(0, 200)) {
        for (const second of typoVariants(typo)) {
          if (!variants.has(second)) expect(isTypoOf(second, word), second).toBe(false);
        }
      }
    },
  );
});
