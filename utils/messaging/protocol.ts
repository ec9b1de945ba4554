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

/** What travels back: a handler's value, or what went wrong, so the sender's promise rejects. */
type Reply = { value: unknown } | { failed: string };

type Listener = (message: unknown, sender: Sender, sendResponse: (reply: Reply) => void) => true | undefined;

/** What a listener checks beyond the kind of sender: the message's shape and whether this sender may send it. */
export interface Checks {
  /** Whether a message has the shape its type promises (the background checks with zod). */
  wellFormed?: (message: { type: string }) => boolean;
  /** Whether this sender may be answered at all now (e.g. its site is still enabled). */
  allowed?: (sender: Sender) => Promise<boolean>;
}

/**
 * The runtime.onMessage listener answering a protocol. It replies through sendResponse and returns
 * true, the form both the browsers' own API and webextension-polyfill understand: page-side
 * scripts run without the polyfill (see wxt.config.ts). Unknown types, and senders the protocol
 * is not for, are left to other listeners; a malformed message, or one from a sender not allowed
 * now, is refused without reaching its handler.
 */
export function answerWith<P extends Protocol>(handlers: Handlers<P>, isFor: (sender: Sender) => boolean, checks: Checks = {}): Listener {
  return (message, sender, sendResponse) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type) || !isFor(sender)) return undefined;
    const handler = handlers[message.type as keyof P]!;
    const refuse = (why: string) => {
      console.warn('[Videotime] refused', message.type, why, sender.url);
      sendResponse({ failed: `refused: ${why}` });
    };
    if (checks.wellFormed && !checks.wellFormed(message)) {
      refuse('malformed');
      return true;
    }
    void (checks.allowed?.(sender) ?? Promise.resolve(true))
      .then((allowed) => {
        if (!allowed) return refuse('sender');
        return handler(message as P[keyof P]['request'], sender).then((value) => sendResponse({ value }));
      })
      .catch((error: unknown) => {
        console.error('[Videotime]', message.type, error);
        sendResponse({ failed: error instanceof Error ? error.message : String(error) });
      });
    return true;
  };
}

/** A reply's value; a handler's failure becomes the sender's; no reply at all (nobody answered) is undefined. */
function unwrap(reply: unknown): unknown {
  if (typeof reply !== 'object' || reply === null) return undefined;
  if ('failed' in reply) throw new Error(String(reply.failed));
  return 'value' in reply ? reply.value : undefined;
}

/** Typed request/response over runtime messaging. */
export function defineProtocol<P extends Protocol>() {
  return {
    async send<K extends keyof P & string>(type: K, request: P[K]['request']): Promise<P[K]['response']> {
      return unwrap(await browser.runtime.sendMessage({ type, ...request } as Envelope<P, K>)) as P[K]['response'];
    },
    async sendToTab<K extends keyof P & string>(tabId: number, type: K, request: P[K]['request']): Promise<P[K]['response']> {
      return unwrap(await browser.tabs.sendMessage(tabId, { type, ...request } as Envelope<P, K>)) as P[K]['response'];
    },
    /** Answers the protocol's messages from the senders it is for. */
    handle(handlers: Handlers<P>, isFor: (sender: Sender) => boolean = () => true, checks?: Checks): void {
      browser.runtime.onMessage.addListener(answerWith(handlers, isFor, checks) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    },
  };
}

/** Extension pages (popup, options, PIN window) run on the extension's own origin. */
export const isExtensionPage = (sender: Sender): boolean => !!sender.url?.startsWith(browser.runtime.getURL('/'));

/** Content scripts run in a tab, on the page's origin. */
export const isContentScript = (sender: Sender): boolean => sender.tab?.id !== undefined && !isExtensionPage(sender);
