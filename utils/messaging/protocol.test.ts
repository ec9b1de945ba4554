import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineProtocol, type Handlers } from './protocol';

type Ping = {
  ping: { request: { n: number }; response: number };
  pong: { request: object; response: string };
};

describe('defineProtocol', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers each message with its own handler, and only from the senders it is for', async () => {
    const messages = defineProtocol<Ping>();
    let accept = true;
    messages.handle({ ping: async ({ n }) => n + 1, pong: async () => 'pong' }, () => accept);
    expect(await messages.send('ping', { n: 1 })).toBe(2);
    expect(await messages.send('pong', {})).toBe('pong');
    accept = false;
    expect(await messages.send('ping', { n: 1 })).toBeUndefined();
  });

  it('takes only a complete set of handlers: a missing one is a type error', () => {
    const messages = defineProtocol<Ping>();
    // @ts-expect-error 'pong' has no handler.
    const incomplete: Handlers<Ping> = { ping: async ({ n }) => n };
    expect(() => messages.handle(incomplete)).not.toThrow();
  });
});
