import { describe, expect, it, vi } from 'vitest';
import { answerWith, type Handlers } from './protocol';

type Ping = {
  ping: { request: { n: number }; response: number };
  fail: { request: object; response: void };
};

const handlers: Handlers<Ping> = {
  ping: async ({ n }) => n + 1,
  fail: async () => {
    throw new Error('no room');
  },
};

/** Delivers a message to the listener as the browser would, and waits for its reply. */
function deliver(listener: ReturnType<typeof answerWith>, message: unknown): Promise<{ claimed: unknown; reply: unknown }> {
  return new Promise((resolve) => {
    // A refusal may reply before the listener returns; what it claimed is read once it has.
    const claimed = listener(message, {}, (reply) => queueMicrotask(() => resolve({ claimed, reply })));
  });
}

describe('answerWith', () => {
  it('answers a message with its handler, through sendResponse, and claims the reply', async () => {
    const listener = answerWith(handlers, () => true);
    expect(await deliver(listener, { type: 'ping', n: 1 })).toEqual({ claimed: true, reply: { value: 2 } });
  });

  it('passes a failure on, so the sender’s promise rejects with it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listener = answerWith(handlers, () => true);
    expect(await deliver(listener, { type: 'fail' })).toEqual({ claimed: true, reply: { failed: 'no room' } });
  });

  it('leaves other types and senders it is not for to other listeners', () => {
    const sendResponse = vi.fn();
    expect(answerWith(handlers, () => true)({ type: 'pong' }, {}, sendResponse)).toBeUndefined();
    expect(answerWith(handlers, () => false)({ type: 'ping', n: 1 }, {}, sendResponse)).toBeUndefined();
    expect(answerWith(handlers, () => true)('ping', {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('refuses a malformed message, and one from a sender not allowed now, without calling the handler', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ping = vi.fn(async () => 1);
    const guarded: Handlers<Ping> = { ...handlers, ping };
    const shapeOnly = answerWith(guarded, () => true, { wellFormed: (message) => typeof (message as { n?: unknown }).n === 'number' });
    expect(await deliver(shapeOnly, { type: 'ping', n: '1' })).toEqual({ claimed: true, reply: { failed: 'refused: malformed' } });
    const notAllowed = answerWith(guarded, () => true, { allowed: async () => false });
    expect(await deliver(notAllowed, { type: 'ping', n: 1 })).toEqual({ claimed: true, reply: { failed: 'refused: sender' } });
    expect(ping).not.toHaveBeenCalled();
  });

  it('takes only a complete set of handlers: a missing one is a type error', () => {
    // @ts-expect-error 'fail' has no handler.
    const incomplete: Handlers<Ping> = { ping: async ({ n }) => n };
    expect(typeof answerWith(incomplete, () => true)).toBe('function');
  });
});
