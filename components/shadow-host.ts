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

/**
 * Closed, so the page's script cannot reach our buttons or read what they show. The e2e build
 * leaves it open: Playwright's locators (and the hostile-page tests acting as the page) go inside.
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

/**
 * A host for the page, marked as ours (`data-videotime-ui` names which UI it is), whose shadow root
 * holds `content`: page CSS cannot reach it. A plain <span>, not a custom element: a page could
 * define a custom element's name first, and its constructor would then run on our host.
 */
export function createShadowHost(kind: string, css: string, content: Node): HTMLElement {
  const element = document.createElement('span');
  element.setAttribute(UI_ATTRIBUTE, kind);
  const shadow = element.attachShadow({ mode: SHADOW_MODE });
  applyStyles(shadow, css);
  shadow.append(content);
  return element;
}
