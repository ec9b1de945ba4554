import { render, type ComponentChild } from 'preact';
import { createShadowHost } from '../../components/shadow-host';

export interface ShadowUi {
  element: HTMLElement;
  update(content: ComponentChild): void;
  remove(): void;
}

/** A Preact UI in a shadow host of ours at the end of `parent`. */
export function mountShadowUi(parent: Element, kind: string, css: string, content: ComponentChild): ShadowUi {
  const root = document.createElement('span');
  const element = createShadowHost(kind, css, root);
  render(content, root);
  parent.append(element);
  return {
    element,
    update: (next) => render(next, root),
    remove() {
      render(null, root);
      element.remove();
    },
  };
}
