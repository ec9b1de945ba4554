import css from '../../components/panel.css?inline';
import { PickerPanel, type PickerStep } from '../../components/PickerPanel';
import type { ProfileSelectors } from '../../utils/sites/profile';
import { movedOutline } from '../../utils/teaching/picker-keys';
import { appointmentOf, deriveAppointmentSelector, deriveFieldSelector } from '../../utils/teaching/selector-derivation';
import { UI_ATTRIBUTE, UI_KINDS } from '../../utils/dom-marks';
import { mountShadowUi } from './shadow-ui';

export interface PickerOptions {
  /** Resolves to whether the profile was saved. */
  save: (selectors: ProfileSelectors) => Promise<boolean>;
  done: () => void;
}

const isOurs = (target: EventTarget | null) => target instanceof Element && !!target.closest(`[${UI_ATTRIBUTE}]`);

/**
 * "Lær opp denne siden": the admin clicks one appointment, then its comment (or picks them with
 * the arrow keys and Enter); we derive selectors, outline every match with a count, and save on
 * confirm. The page's own handlers never see those clicks and keys, and Esc or Avbryt leave
 * everything as it was.
 */
export function startPicker({ save, done }: PickerOptions): () => void {
  let step: PickerStep = { kind: 'appointment' };
  let hovered: Element | null = null;
  let appointment: Element | null = null;
  let selectors: ProfileSelectors | null = null;
  let outlined: Element[] = [];

  const ui = mountShadowUi(document.documentElement, UI_KINDS.picker, css, null);

  function draw() {
    const boxes = (step.kind === 'confirm' ? outlined : hovered ? [hovered] : []).map((el) => el.getBoundingClientRect());
    ui.update(<PickerPanel step={step} boxes={boxes} onSave={() => void confirm()} onCancel={stop} />);
  }

  async function confirm() {
    if (!selectors) return;
    if (await save(selectors)) stop();
    else {
      step = { kind: 'failed' };
      draw();
    }
  }

  function pick(target: Element) {
    if (step.kind === 'appointment') {
      appointment = appointmentOf(target);
      step = { kind: 'comment' };
    } else if (step.kind === 'comment' && appointment) {
      if (!appointment.contains(target) || target === appointment) {
        step = { kind: 'comment', outside: true };
      } else {
        const derived = deriveAppointmentSelector(appointment, document);
        selectors = { appointment: derived.selector, comment: deriveFieldSelector(target, appointment) };
        outlined = Array.from(document.querySelectorAll(derived.selector));
        step = { kind: 'confirm', count: derived.count };
      }
    }
    hovered = null;
    draw();
  }

  function onPointerMove(event: PointerEvent) {
    if (step.kind === 'confirm' || isOurs(event.target)) return;
    const target = event.target as Element;
    hovered = step.kind === 'appointment' ? appointmentOf(target) : target;
    draw();
  }

  function onClick(event: MouseEvent) {
    if (isOurs(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (step.kind !== 'confirm' && event.target instanceof Element) pick(event.target);
  }

  /** The page never sees the keys the picker uses. */
  function swallow(event: Event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  /** Picking without a mouse: arrows move the outline, Enter picks what it outlines. */
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      swallow(event);
      stop();
      return;
    }
    // Our own panel's buttons take Enter themselves.
    if (isOurs(event.target) || (step.kind !== 'appointment' && step.kind !== 'comment')) return;
    if (event.key === 'Enter' && hovered) {
      swallow(event);
      pick(hovered);
      return;
    }
    const root = step.kind === 'comment' && appointment ? appointment : document.body;
    const next = movedOutline(hovered, event.key, event.shiftKey, root);
    if (next === undefined) return;
    swallow(event);
    if (!next) return;
    hovered = step.kind === 'appointment' ? appointmentOf(next) : next;
    hovered.scrollIntoView({ block: 'nearest' });
    draw();
  }

  const listeners: [string, EventListener][] = [
    ['pointermove', onPointerMove as EventListener],
    ['click', onClick as EventListener],
    ['keydown', onKeyDown as EventListener],
    ['scroll', draw],
  ];
  for (const [type, listener] of listeners) window.addEventListener(type, listener, true);

  function stop() {
    for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
    ui.remove();
    done();
  }

  draw();
  return stop;
}
