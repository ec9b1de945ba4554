import { UI_ATTRIBUTE } from '../utils/dom-marks';

/** One constructed sheet per stylesheet and document: a sheet can be adopted only in the document it was made for. */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * One constructed sheet per stylesheet, shared by every host of a document: parsed once, and exempt
 * from the page's style-src CSP. A same-origin frame's hosts get the frame's own sheet, made with
 * the frame's constructor: one from our document would be ignored there, leaving the badge unstyled.
 * Firefox content scripts cannot adopt sheets, so they fall back to <style>.
 */
function applyStyles(shadow: ShadowRoot, css: string, page: Document): void {
  try {
    let made = sheets.get(page);
    if (!made) sheets.set(page, (made = new Map()));
    let sheet = made.get(css);
    if (!sheet) {
      const Sheet = page.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
      sheet = new Sheet();
      sheet.replaceSync(css);
      made.set(css, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = page.createElement('style');
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
 * holds `content`: page CSS cannot reach it. `page` is the document it goes into (a frame's, say).
 * A plain <span>, not a custom element: a page could define a custom element's name first, and its
 * constructor would then run on our host.
 */
export function createShadowHost(kind: string, css: string, content: Node, page: Document = document): HTMLElement {
  const element = page.createElement('span');
  element.setAttribute(UI_ATTRIBUTE, kind);
  const shadow = element.attachShadow({ mode: SHADOW_MODE });
  applyStyles(shadow, css, page);
  shadow.append(content);
  return element;
}
