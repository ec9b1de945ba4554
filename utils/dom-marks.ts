/**
 * Everything Videotime writes into a host page, named once. The flag is a public contract: other
 * tools and our tests select `[data-videotime="video"]`.
 */

/** On an appointment's own element: the category it was flagged as ("video", "telefon", …). */
export const FLAG_ATTRIBUTE = 'data-videotime';

/** Marks Videotime's own UI hosts in the page, which no reader may take for page content. */
export const UI_ATTRIBUTE = 'data-videotime-ui';

/** The custom tags of our UI hosts, each holding its UI in a shadow root. */
export const UI_TAGS = {
  badge: 'videotime-badge',
  notice: 'videotime-notice',
  picker: 'videotime-picker',
} as const;

export const isOwnUi = (element: Element) => element.hasAttribute(UI_ATTRIBUTE);
