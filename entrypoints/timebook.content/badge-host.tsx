import { render } from 'preact';
import css from '@/components/badge.css?inline';
import { VideoBadge, type VideoBadgeProps } from '@/components/VideoBadge';

export const UI_ATTRIBUTE = 'data-videotime-ui';

let sharedSheet: CSSStyleSheet | undefined;

/**
 * One constructed sheet shared by every badge: parsed once, and exempt from the page's
 * style-src CSP. Firefox content scripts cannot adopt sheets, so they fall back to <style>.
 */
function applyStyles(shadow: ShadowRoot): void {
  try {
    sharedSheet ??= new CSSStyleSheet();
    if (!sharedSheet.cssRules.length) sharedSheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sharedSheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

export interface BadgeHost {
  element: HTMLElement;
  update(props: VideoBadgeProps): void;
  remove(): void;
}

export function mountBadge(anchor: HTMLElement, props: VideoBadgeProps): BadgeHost {
  const element = document.createElement('videotime-badge');
  element.setAttribute(UI_ATTRIBUTE, '');
  const shadow = element.attachShadow({ mode: 'open' });
  applyStyles(shadow);
  const root = document.createElement('span');
  shadow.append(root);
  render(<VideoBadge {...props} />, root);
  anchor.append(element);
  return {
    element,
    update: (next) => render(<VideoBadge {...next} />, root),
    remove() {
      render(null, root);
      element.remove();
    },
  };
}
