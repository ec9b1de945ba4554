import { describe, expect, it } from 'vitest';
import { detectorSettingsSchema } from './detector-schema';

describe('detectorSettingsSchema', () => {
  it('defaults every field to empty', () => {
    expect(detectorSettingsSchema.parse({})).toEqual({ extraKeywords: {}, extraExclusions: [], videoTypes: [] });
  });

  it('trims entries and category ids', () => {
    const parsed = detectorSettingsSchema.parse({
      extraKeywords: { ' Fysisk ': ['  oppmøte '] },
      extraExclusions: [' videofil '],
      videoTypes: [' Skjermtime '],
    });
    expect(parsed).toEqual({ extraKeywords: { fysisk: ['oppmøte'] }, extraExclusions: ['videofil'], videoTypes: ['Skjermtime'] });
  });

  it.each([
    ['an empty keyword', { extraKeywords: { video: ['   '] } }],
    ['an over-long exclusion', { extraExclusions: ['x'.repeat(61)] }],
    ['the reserved category id', { extraKeywords: { other: ['x'] } }],
    ['a category id with spaces', { extraKeywords: { 'to ord': ['x'] } }],
    ['a non-string type', { videoTypes: [3] }],
  ])('rejects %s', (_, input) => {
    expect(detectorSettingsSchema.safeParse(input).success).toBe(false);
  });
});
