import { browser } from 'wxt/browser';

/**
 * How long this script may act on the page: until the extension is reloaded or updated, when the
 * browser cuts its runtime off and a new copy may start. WXT's content-script context tells that
 * through the page's window (a message and an event the page can read and answer); this asks only
 * the runtime, so the page learns nothing.
 */
export interface Lifetime {
  /** False once the extension's runtime is gone; every callback below checks it first. */
  alive(): boolean;
  onEnd(callback: () => void): void;
  listen(target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): void;
  every(ms: number, callback: () => void): void;
  after(ms: number, callback: () => void): void;
  nextFrame(callback: () => void): void;
}

export function createLifetime(): Lifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const alive = () => {
    if (!signal.aborted && !browser.runtime?.id) controller.abort();
    return !signal.aborted;
  };
  return {
    alive,
    onEnd: (callback) => signal.addEventListener('abort', callback),
    listen: (target, type, listener, options) => target.addEventListener(type, (event) => alive() && listener(event), { ...options, signal }),
    every(ms, callback) {
      const id = setInterval(() => alive() && callback(), ms);
      signal.addEventListener('abort', () => clearInterval(id));
    },
    after: (ms, callback) => void setTimeout(() => alive() && callback(), ms),
    nextFrame: (callback) => void requestAnimationFrame(() => alive() && callback()),
  };
}
