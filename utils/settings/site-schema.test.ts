// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { siteProfileSchema } from './site-schema';

describe('site profile schema', () => {
  it('refuses selectors that do not parse, with a message that says so', () => {
    const result = siteProfileSchema.safeParse({ name: 'Timebok', matches: ['https://timebok.example.no/*'], selectors: { appointment: 'li[' } });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['errorSelectorInvalid']);
  });
});
