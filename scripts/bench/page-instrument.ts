/** The measured pages: a generated timebook carrying an in-page instrument, with or without mark.js. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FLAG_ATTRIBUTE } from '../../utils/dom-marks';
import { timebookHtml } from './generate';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs in the page: counts rows flagged video as the flags land, and keeps long tasks. Both
 * variants carry it, so the watching costs both the same.
 */
const INSTRUMENT = `window.__bench = (() => {
  const state = { dcl: 0, want: 0, start: 0, firstAt: 0, doneAt: 0, paintedAt: 0, flagged: new Set(), longTasks: [] };
  // Changing a big table costs the page a style and layout pass too: the next frame shows it.
  state.done = () => {
    state.doneAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => { state.paintedAt = performance.now(); }));
  };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) state.longTasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // From when DOMContentLoaded began, not when this listener ran: a content script's listener may run first.
  document.addEventListener('DOMContentLoaded', () => {
    state.dcl = state.start = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? performance.now();
  });
  new MutationObserver((records) => {
    for (const record of records) if (record.target.getAttribute('${FLAG_ATTRIBUTE}') === 'video') state.flagged.add(record.target);
    if (!state.firstAt && state.flagged.size) state.firstAt = performance.now();
    if (state.want && !state.doneAt && state.flagged.size >= state.want) state.done();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['${FLAG_ATTRIBUTE}'] });
  return state;
})();`;

const MARK_JS = readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

/** mark.js starts at DOMContentLoaded, the earliest a highlighter could; so does the content script. */
const MARK_ON_LOAD = `document.addEventListener('DOMContentLoaded', () => {
  new Mark(document.body).mark('video');
  window.__bench.done();
});`;

/**
 * The least any flagger could do: at DOMContentLoaded, one pass over the rows setting the flag
 * where the comment says "video", nothing read twice and no badge. Its longest task is the floor
 * ours is held to.
 */
const ATTRIBUTE_ONLY = `document.addEventListener('DOMContentLoaded', () => {
  for (const row of document.querySelectorAll('tbody tr')) {
    if (/video/i.test(row.lastElementChild.textContent)) row.setAttribute('${FLAG_ATTRIBUTE}', 'video');
  }
});`;

/** Who flags the measured page: the extension, mark.js, or the attribute-only flagger. */
export type Flagger = 'extension' | 'mark' | 'attributes';

/** The measured page: instrumented, with mark.js or the attribute-only flagger marking it, or neither. */
export function pageHtml(rows: string, video: number, flagger: Flagger): string {
  // Inline, as a page's own script: an external one would make the parser wait for it and then
  // parse the page in other chunks, which changes how the page lays itself out.
  const mark = { extension: '', mark: `<script>${MARK_JS}</script><script>${MARK_ON_LOAD}</script>`, attributes: `<script>${ATTRIBUTE_ONLY}</script>` }[flagger];
  return timebookHtml(rows, `<script>${INSTRUMENT} window.__bench.want = ${video};</script>${mark}`);
}

