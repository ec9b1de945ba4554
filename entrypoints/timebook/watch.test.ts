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
