import { UI_ATTRIBUTE } from '../utils/dom-marks';

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

/** A host for the page, marked as ours, whose shadow root holds `content`: page CSS cannot reach it. */
export function createShadowHost(tag: string, css: string, content: Node): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute(UI_ATTRIBUTE, '');
  const shadow = element.attachShadow({ mode: 'open' });
  applyStyles(shadow, css);
  shadow.append(content);
  return element;
}
