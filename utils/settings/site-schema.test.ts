// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SiteProfile } from '../sites/profile';
import { siteProfileSchema } from './site-schema';

const taught: SiteProfile = {
  name: 'Timebok',
  matches: ['https://timebok.example.no/*'],
  selectors: { appointment: 'li.booking', comment: '.note' },
};

describe('site profile schema', () => {
  it('refuses selectors that do not parse, with a message that says so', () => {
    const result = siteProfileSchema.safeParse({ ...taught, selectors: { appointment: 'li[' } });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['errorSelectorInvalid']);
  });
});
