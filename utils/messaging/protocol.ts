import { browser, type Browser } from 'wxt/browser';

/** A message protocol: for each message type, what the sender passes and what comes back. */
type Protocol = Record<string, { request: object; response: unknown }>;

type Envelope<P extends Protocol, K extends keyof P> = { type: K } & P[K]['request'];

export type Handlers<P extends Protocol> = {
  [K in keyof P]: (request: P[K]['request'], sender: Browser.runtime.MessageSender) => Promise<P[K]['response']>;
};

function isEnvelope(message: unknown): message is { type: string } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

/**
 * Typed request/response over runtime messaging. Returning undefined for unknown types
 * leaves them to other listeners, as the polyfill's onMessage contract requires.
 */
export function defineProtocol<P extends Protocol>() {
  return {
    send<K extends keyof P & string>(type: K, request: P[K]['request']): Promise<P[K]['response']> {
      return browser.runtime.sendMessage({ type, ...request } as Envelope<P, K>) as Promise<P[K]['response']>;
    },
    sendToTab<K extends keyof P & string>(tabId: number, type: K, request: P[K]['request']): Promise<P[K]['response']> {
      return browser.tabs.sendMessage(tabId, { type, ...request } as Envelope<P, K>) as Promise<P[K]['response']>;
    },
    /** Each feature registers the messages it answers; together they must cover the protocol. */
    handle(handlers: Partial<Handlers<P>>): void {
      browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
        if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
        const handler = handlers[message.type as keyof P]!;
        return handler(message as P[keyof P]['request'], sender).catch((error: unknown) => {
          console.error('[Videotime]', message.type, error);
          throw error;
        });
      });
    },
  };
}
