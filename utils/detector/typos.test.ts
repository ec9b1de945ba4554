import { describe, expect, it } from 'vitest';
import { typoVariants } from './typos';

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
