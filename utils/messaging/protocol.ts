import { browser, type Browser } from 'wxt/browser';

/** A message protocol: for each message type, what the sender passes and what comes back. */
type Protocol = Record<string, { request: object; response: unknown }>;

type Envelope<P extends Protocol, K extends keyof P> = { type: K } & P[K]['request'];

export type Sender = Browser.runtime.MessageSender;

/**
 * One handler for every message of a protocol: a context that answers a protocol answers all of
 * it, so a message nobody handles is a type error where the handlers are put together.
 */
export type Handlers<P extends Protocol> = {
  [K in keyof P]: (request: P[K]['request'], sender: Sender) => Promise<P[K]['response']>;
};

function isEnvelope(message: unknown): message is { type: string } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

/**
 * Typed request/response over runtime messaging. Returning undefined for unknown types, or for
 * senders the protocol is not for, leaves them to other listeners, as the polyfill's onMessage
 * contract requires.
 */
export function defineProtocol<P extends Protocol>() {
  return {
    send<K extends keyof P & string>(type: K, request: P[K]['request']): Promise<P[K]['response']> {
      return browser.runtime.sendMessage({ type, ...request } as Envelope<P, K>) as Promise<P[K]['response']>;
    },
    sendToTab<K extends keyof P & string>(tabId: number, type: K, request: P[K]['request']): Promise<P[K]['response']> {
      return browser.tabs.sendMessage(tabId, { type, ...request } as Envelope<P, K>) as Promise<P[K]['response']>;
    },
    /** Answers the protocol's messages from the senders it is for. */
    handle(handlers: Handlers<P>, isFor: (sender: Sender) => boolean = () => true): void {
      browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
        if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type) || !isFor(sender)) return undefined;
        const handler = handlers[message.type as keyof P]!;
        return handler(message as P[keyof P]['request'], sender).catch((error: unknown) => {
          console.error('[Videotime]', message.type, error);
          throw error;
        });
      });
    },
  };
}

/** Extension pages (popup, options, PIN window) run on the extension's own origin. */
export const isExtensionPage = (sender: Sender): boolean => !!sender.url?.startsWith(browser.runtime.getURL('/'));

/** Content scripts run in a tab, on the page's origin. */
export const isContentScript = (sender: Sender): boolean => sender.tab?.id !== undefined && !isExtensionPage(sender);
