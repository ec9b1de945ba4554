// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Lifetime } from './lifetime';
import { watchPage } from './watch';

const lifetime: Lifetime = {
  alive: () => true,
  onEnd: () => undefined,
  listen: (target, type, listener, options) => target.addEventListener(type, listener, options),
  every: () => undefined,
  after: () => undefined,
  nextFrame: (callback) => void setTimeout(callback, 0),
};

/** An iframe holding `body`, as a same-origin frame that has loaded. */
function frameWith(body: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  const inner = document.implementation.createHTMLDocument('frame');
  inner.body.innerHTML = body;
  Object.defineProperty(frame, 'contentDocument', { value: inner });
  document.body.append(frame);
  return frame;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

// happy-dom has no idle callbacks: a short timer stands in for the parser's idle moments.
globalThis.requestIdleCallback ??= ((callback: IdleRequestCallback) => setTimeout(callback, 1)) as typeof requestIdleCallback;

describe('watchPage, as frames load', () => {
  it('reads a thousand empty frames not at all, and the page once for all of them at most', async () => {
    document.body.innerHTML = '';
    const frames = Array.from({ length: 1000 }, () => frameWith(''));
    await settle();
    const onPage = vi.fn();
    const onRows = vi.fn();
    watchPage(lifetime, { onPage, onRows });
    for (const frame of frames) frame.dispatchEvent(new Event('load'));
    await settle();
    expect(onPage).not.toHaveBeenCalled();
    expect(onRows).not.toHaveBeenCalled();
  });

  it("reads a loaded frame's rows, batched with the others that loaded by the same frame", async () => {
    document.body.innerHTML = '';
    const empty = Array.from({ length: 100 }, () => frameWith(''));
    const timebook = frameWith('<table><tr><td>08:00</td><td>video</td></tr><tr><td>08:20</td><td>tlf</td></tr></table>');
    await settle();
    const onPage = vi.fn();
    const onRows = vi.fn();
    watchPage(lifetime, { onPage, onRows });
    for (const frame of [...empty, timebook]) frame.dispatchEvent(new Event('load'));
    await settle();
    expect(onPage).not.toHaveBeenCalled();
    expect(onRows).toHaveBeenCalledOnce();
    expect([...(onRows.mock.calls[0]![0] as Set<HTMLElement>)]).toEqual([...timebook.contentDocument!.querySelectorAll('tr')]);
  });
});

describe('watchPage, while the page loads', () => {
  /** A document still being parsed, until `finish` fires DOMContentLoaded. */
  function loading() {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    return () => {
      Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
      document.dispatchEvent(new Event('DOMContentLoaded'));
    };
  }
  const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

  it('hands over only the rows added since it last looked, and the last one it had seen', async () => {
    document.body.innerHTML = '<table><tbody><tr><td>08:00</td></tr></tbody></table>';
    const finish = loading();
    const onPage = vi.fn();
    const onRows = vi.fn();
    watchPage(lifetime, { onPage, onRows });
    await idle();
    await idle();
    expect(onRows).toHaveBeenCalledOnce();
    const body = document.querySelector('tbody')!;
    // Appended as a parser does (happy-dom misses rows inserted as HTML in its collections).
    for (const time of ['08:20', '08:40']) {
      const row = document.createElement('tr');
      row.append(Object.assign(document.createElement('td'), { textContent: time }));
      body.append(row);
    }
    await idle();
    await idle();
    expect(onRows).toHaveBeenCalledTimes(2);
    expect([...(onRows.mock.calls[1]![0] as Set<HTMLElement>)].map((row) => row.textContent)).toEqual(['08:00', '08:20', '08:40']);
    expect(onPage).not.toHaveBeenCalled();
    finish();
  });

  it('asks for a whole read when something else was added, and observes the page once it is parsed', async () => {
    document.body.innerHTML = '';
    const finish = loading();
    const onPage = vi.fn();
    const onRows = vi.fn();
    watchPage(lifetime, { onPage, onRows });
    document.body.insertAdjacentHTML('beforeend', '<div class="event">08:00 Video</div>');
    await idle();
    await idle();
    expect(onPage).toHaveBeenCalled();
    const reads = onPage.mock.calls.length;
    // Nothing new at the page's end: nothing to read again.
    await idle();
    await idle();
    expect(onPage).toHaveBeenCalledTimes(reads);

    finish();
    document.body.insertAdjacentHTML('beforeend', '<table><tbody><tr><td>09:00</td></tr></tbody></table>');
    await settle();
    expect(onPage.mock.calls.length + onRows.mock.calls.length).toBeGreaterThan(reads);
  });
});
