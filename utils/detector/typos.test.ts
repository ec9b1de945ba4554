import { describe, expect, it } from 'vitest';
import { isTypoOf, typoVariants } from './typos';

describe('typoVariants', () => {
  const variants = typoVariants('video');

  it.each(['vidoe', 'viedo', 'vidio', 'vedio', 'videio', 'vido', 'vdeo'])('includes %s', (typo) => {
    expect(variants.has(typo)).toBe(true);
  });

  it('keeps the first letter and the word itself out', () => {
    expect(variants.has('rideo')).toBe(false);
    expect(variants.has('ideo')).toBe(false);
    expect(variants.has('video')).toBe(false);
  });

  it('never reaches words two slips away', () => {
    for (const word of ['videre', 'vidar', 'vidde', 'vidare']) expect(variants.has(word)).toBe(false);
  });
});

describe('isTypoOf', () => {
  it.each(['konsultasjon', 'video', 'oppfølging', 'appointment'])('agrees with typoVariants on every variant of %s and its neighbours', (word) => {
    const variants = typoVariants(word);
    for (const typo of variants) expect(isTypoOf(typo, word), typo).toBe(true);
    // Two slips away, or the word itself, is no typo.
    for (const typo of [...variants].slice(0, 200)) {
      for (const second of typoVariants(typo)) {
        if (!variants.has(second)) expect(isTypoOf(second, word), second).toBe(false);
      }
    }
  });
});
