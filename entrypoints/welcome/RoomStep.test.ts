import { describe, expect, it, vi } from 'vitest';
import { checkRoom } from './RoomStep';

// The strings' keys stand in for them: the catalogues have tests of their own.
vi.mock('../../utils/i18n', async (original) => ({ ...(await original<object>()), t: (key: string) => key }));

describe('the welcome page’s live check of the room', () => {
  it('says what is wrong in the chosen service’s words, as the options page would on saving', () => {
    expect(checkRoom({ preset: 'confrere', url: 'https://confrere.com/venterom', pin: '' })).toEqual({ ok: false, message: 'errorPresetConfrere' });
    expect(checkRoom({ preset: 'whereby', url: 'http://whereby.com/solbakken', pin: '' })).toEqual({ ok: false, message: 'errorRoomUrlNotHttps' });
    expect(checkRoom({ preset: 'nhn', url: 'https://join.nhn.no/webapp/conference/12345678', pin: '12' })).toEqual({ ok: false, message: 'errorPin' });
  });

  it('passes a room of the service’s shape, with the spaces a paste brings trimmed', () => {
    expect(checkRoom({ preset: 'confrere', url: ' https://solbakken.confrere.com/venterom ', pin: '' })).toEqual({ ok: true });
    expect(checkRoom({ preset: 'nhn', url: 'https://join.nhn.no/webapp/conference/12345678', pin: '2468' })).toEqual({ ok: true });
  });
});
