import { render, type ComponentChild } from 'preact';
import { UI_ATTRIBUTE } from '../../utils/dom-marks';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * One constructed sheet per stylesheet, shared by every host: parsed once, and exempt from the
 * page's style-src CSP. Firefox content scripts cannot adopt sheets, so they fall back to <style>.
 */
function applyStyles(shadow: ShadowRoot, css: string): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

/** A host for the page, marked as ours, whose open shadow root holds `content`. */
export function createShadowHost(tag: string, css: string, content: Node): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute(UI_ATTRIBUTE, '');
  const shadow = element.attachShadow({ mode: 'open' });
  applyStyles(shadow, css);
  shadow.append(content);
  return element;
}

export interface ShadowUi {
  element: HTMLElement;
  update(content: ComponentChild): void;
  remove(): void;
}

/** Our UI lives in an open shadow root: page CSS cannot reach it, and it marks itself as ours. */
export function mountShadowUi(parent: Element, tag: string, css: string, content: ComponentChild): ShadowUi {
  const root = document.createElement('span');
  const element = createShadowHost(tag, css, root);
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
