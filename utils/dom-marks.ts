/** Marks Videotime's own UI hosts in the page, which no reader may take for page content. */
export const UI_ATTRIBUTE = 'data-videotime-ui';

export const isOwnUi = (element: Element) => element.hasAttribute(UI_ATTRIBUTE);
