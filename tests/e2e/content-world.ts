import type { Page } from '@playwright/test';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * Runs `expression` in our content script's isolated world of a page's top frame, as code that had
 * taken over that world could: what the background must not trust. The world is found over CDP, as
 * Playwright reaches only the page's own.
 */
export async function inContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => void contexts.push(context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((context) => context.auxData?.type === 'isolated' && context.origin === `chrome-extension://${extensionId}`);
    if (!world) throw new Error('no content script world in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Sends a runtime message from that world; answers what came back, or the error it ended with. */
export const sendFromContentScript = (page: Page, extensionId: string, message: object) =>
  inContentScript(
    page,
    extensionId,
    `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => ({ reply: reply ?? null }), (error) => ({ error: String(error.message) }))`,
  ) as Promise<{ reply?: unknown; error?: string }>;
