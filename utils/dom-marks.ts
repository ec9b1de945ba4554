/**
 * Everything Videotime writes into a host page, named once. The flag is a public contract: other
 * tools and our tests select `[data-videotime="video"]`.
 */

/** On an appointment's own element: the category it was flagged as ("video", "telefon", …). */
export const FLAG_ATTRIBUTE = 'data-videotime';

/** Marks Videotime's own UI hosts in the page, which no reader may take for page content. */
export const UI_ATTRIBUTE = 'data-videotime-ui';

/** Which UI a host holds, as the value of UI_ATTRIBUTE (`[data-videotime-ui="badge"]`). */
export const UI_KINDS = {
  badge: 'badge',
  notice: 'notice',
  picker: 'picker',
} as const;

export const isOwnUi = (element: Element) => element.hasAttribute(UI_ATTRIBUTE);
