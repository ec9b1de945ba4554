import { describe, expect, it } from 'vitest';
import { readManaged, withManaged } from './managed';
import { DEFAULT_SETTINGS } from './schema';

describe('readManaged', () => {
  it('takes the valid settings a policy sets and locks them', () => {
    const managed = readManaged({
      defaultRoom: { preset: 'whereby', url: 'https://whereby.com/solbakken' },
      detector: { extraKeywords: { video: ['skjermtime'] } },
    });
    expect(managed.locked).toEqual(['defaultRoom', 'detector']);
    expect(managed.issues).toEqual([]);
    expect(withManaged({ ...DEFAULT_SETTINGS, defaultRoom: { preset: 'custom', url: 'https://x.no/lokal' } }, managed)).toMatchObject({
      defaultRoom: { preset: 'whereby', url: 'https://whereby.com/solbakken' },
      detector: { extraKeywords: { video: ['skjermtime'] }, extraExclusions: [], videoTypes: [] },
    });
  });

  it('reports a bad value with its path and keeps the good ones', () => {
    const managed = readManaged({ inviteText: 'Ingen lenke', rooms: [], roomz: [] });
    expect(managed.locked).toEqual(['rooms']);
    expect(managed.issues).toEqual([
      { path: 'inviteText', key: 'errorInviteNeedsUrl' },
      { path: 'roomz', key: 'errorUnknownKey' },
    ]);
  });
});
