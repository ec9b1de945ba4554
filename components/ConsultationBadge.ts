import { t } from '../utils/i18n';

/** What a video badge offers beyond the label: joining, and what to remember afterwards. */
export interface JoinState {
  /** "om 12 min", "for 3 min siden"; another day's date ("tor. 3.12."). */
  relative: string;
  /** From a few minutes before the start, joining is the thing to do. */
  prominent: boolean;
  joined: boolean;
  feeCode: string | null;
  onJoin: () => void;
  /** Resolves once the invite for the patient is on the clipboard. */
  onCopyInvite: () => Promise<boolean>;
}

export interface ConsultationBadgeProps {
  category: string;
  time: string;
  /** Why it was flagged: in the card, so a doctor can trust the badge. */
  reason: string;
  /** Only video appointments can be joined. */
  join?: JoinState;
}

function labelOf(category: string): string {
  if (category === 'video') return t('badgeVideo');
  if (category === 'telefon') return t('badgeTelefon');
  // Admin-made categories are named by their id.
  return category;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  return made;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A camera for video, a handset for the phone: drawn, so no page font can change them. */
function icon(category: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute(
    'd',
    category === 'video'
      ? 'M1 4.5A1.5 1.5 0 0 1 2.5 3h7A1.5 1.5 0 0 1 11 4.5v1.3l3.2-2A.5.5 0 0 1 15 4.2v7.6a.5.5 0 0 1-.8.4L11 10.2v1.3A1.5 1.5 0 0 1 9.5 13h-7A1.5 1.5 0 0 1 1 11.5z'
      : 'M3.6 1.2 5.7 1a1 1 0 0 1 1 .7l.8 2.6a1 1 0 0 1-.3 1L6 6.4a9 9 0 0 0 3.6 3.6l1.1-1.2a1 1 0 0 1 1-.3l2.6.8a1 1 0 0 1 .7 1l-.2 2.1A1.6 1.6 0 0 1 13.3 14 11.4 11.4 0 0 1 2 2.7a1.6 1.6 0 0 1 1.6-1.5z',
  );
  svg.append(path);
  return svg;
}

/**
 * Our buttons can sit inside the page's own links and clickable rows (a calendar event is an <a>):
 * their clicks are ours alone. Only a person's click (or key) acts: the page's script can dispatch
 * clicks too, and must not open rooms or mark appointments joined.
 */
function onlyOurs(button: HTMLButtonElement, action: () => void) {
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.isTrusted) action();
  });
}

/**
 * Where a floating chip stands, in the viewport; hidden when its appointment is scrolled out of
 * sight; compact (the icon alone) over a narrow appointment, to leave its text readable.
 */
export type Floating = { left: number; top: number; hidden: boolean; compact: boolean };

export interface ConsultationBadge {
  /** The badge: the chip and its card. */
  element: HTMLElement;
  /** The compact chip the page shows; a video chip is the join button. */
  chip: HTMLElement;
  update(props: ConsultationBadgeProps): void;
  /** Floats the chip over the page at a place in the viewport, or (null) back into the page's flow. */
  float(at: Floating | null): void;
  /** The icon alone in the page's flow, where the whole chip would cover the page's text. */
  shrink(compact: boolean): void;
}

/** The top layer is above every layer of the page; where a browser has none, a fixed chip stands in. */
const showOnTop = (element: HTMLElement) => {
  element.setAttribute('popover', 'manual');
  element.showPopover?.();
};
const hideFromTop = (element: HTMLElement) => {
  if (element.matches?.(':popover-open')) element.hidePopover();
  element.removeAttribute('popover');
};

/** How long the card stays once the pointer leaves, so it can move from the chip into the card. */
const CARD_LINGER_MS = 250;

/**
 * The badge on a flagged appointment: a compact chip ("Video", "Telefon") that never needs more
 * room than a short word, and a small card with the rest (when, why, the fee code, copying the
 * invite) that opens on hover and on keyboard focus and is the chip's accessible description.
 * Built with the DOM itself rather than Preact: a timebook gets many at once. Every text goes in
 * as text; nothing from the page is ever parsed as markup.
 */
/** How long "✓ Kopiert" stands on the copy button. */
const COPIED_MS = 2_000;

export function createConsultationBadge(initial: ConsultationBadgeProps): ConsultationBadge {
  let props = initial;
  let copied = false;
  let chip: HTMLElement = element('span', '');
  const badge = element('span', 'badge');
  const card = element('span', 'card');
  card.id = 'card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  const when = element('span', 'when');
  const joined = element('span', 'joined');
  const reason = element('span', 'reason');
  const fee = element('span', 'fee');
  const copy = element('button', 'copy');
  copy.type = 'button';
  let copiedTimer: ReturnType<typeof setTimeout> | undefined;
  onlyOurs(copy, () => {
    void props.join?.onCopyInvite().then((done) => {
      copied = done;
      render();
      // As in the popup: "✓ Kopiert" says the last click worked, then the button offers copying again.
      clearTimeout(copiedTimer);
      if (done) {
        copiedTimer = setTimeout(() => {
          copied = false;
          render();
        }, COPIED_MS);
      }
    });
  });
  card.append(when, joined, reason, fee, copy);
  badge.append(chip, card);

  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  function openCard() {
    clearTimeout(hideTimer);
    if (!card.hidden) return;
    card.hidden = false;
    showOnTop(card);
    placeCard();
  }
  function closeCard() {
    clearTimeout(hideTimer);
    hideFromTop(card);
    card.hidden = true;
  }
  /** Below the chip, or above it where the viewport ends; inside the viewport either way. */
  function placeCard() {
    // The badge's own window: in a same-origin frame, the frame's.
    const view = badge.ownerDocument.defaultView ?? window;
    const at = chip.getBoundingClientRect();
    const size = card.getBoundingClientRect();
    const below = at.bottom + 4;
    const top = below + size.height > view.innerHeight && at.top - size.height - 4 >= 0 ? at.top - size.height - 4 : below;
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(Math.max(4, Math.min(at.left, view.innerWidth - size.width - 4)))}px`;
  }
  badge.addEventListener('mouseenter', openCard);
  badge.addEventListener('mouseleave', () => {
    // A card opened from the keyboard stays while focus is in the badge.
    if (badge.matches(':focus-within')) return;
    hideTimer = setTimeout(closeCard, CARD_LINGER_MS);
  });
  badge.addEventListener('focusin', openCard);
  badge.addEventListener('focusout', (event) => {
    if (!badge.contains(event.relatedTarget as Node | null)) closeCard();
  });
  // A card in the way closes with Escape, as tooltips do (WCAG 1.4.13).
  badge.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) {
      event.stopPropagation();
      closeCard();
    }
  });

  /** The chip: for video the join button itself, otherwise a focusable label. */
  function chipFor(category: string): HTMLElement {
    const isVideo = category === 'video';
    const wanted = isVideo ? 'button' : 'span';
    if (chip.localName === wanted && chip.dataset.category === category) return chip;
    const made = element(wanted, '');
    made.dataset.category = category;
    made.append(icon(category), element('span', 'label'));
    made.setAttribute('aria-describedby', 'card');
    if (made instanceof HTMLButtonElement) {
      made.type = 'button';
      onlyOurs(made, () => props.join?.onJoin());
    } else {
      made.tabIndex = 0;
    }
    chip.replaceWith(made);
    return (chip = made);
  }

  function render() {
    const { category, time, join } = props;
    // The category's classes only: floating and compact belong to where the chip stands.
    badge.classList.toggle('video', category === 'video');
    badge.classList.toggle('other', category !== 'video');
    badge.classList.toggle('joined', !!join?.joined);
    const current = chipFor(category);
    current.querySelector('.label')!.textContent = labelOf(category);
    reason.textContent = props.reason;
    when.hidden = joined.hidden = fee.hidden = copy.hidden = !join;
    if (!join) {
      current.className = 'chip';
      current.removeAttribute('aria-label');
      return;
    }
    current.className = join.prominent ? 'chip join prominent' : 'chip join';
    current.setAttribute('aria-label', `${t('joinButtonLabel', time)} (${join.relative})`);
    when.textContent = `${t('joinButton')} · ${join.relative}`;
    joined.hidden = !join.joined;
    joined.textContent = join.joined ? `✓ ${t('badgeJoined')}` : '';
    fee.hidden = !join.joined || !join.feeCode;
    fee.textContent = join.joined && join.feeCode ? t('feeCodeReminder', join.feeCode) : '';
    copy.setAttribute('aria-label', t('copyInviteLabel', time));
    copy.textContent = copied ? `✓ ${t('inviteCopiedShort')}` : t('copyInvite');
  }

  let floating = false;
  function float(at: Floating | null) {
    if (!at) {
      if (floating) hideFromTop(badge);
      floating = false;
      badge.classList.remove('floating', 'compact');
      badge.style.removeProperty('left');
      badge.style.removeProperty('top');
      badge.style.removeProperty('visibility');
      return;
    }
    if (!floating) {
      badge.classList.add('floating');
      showOnTop(badge);
      floating = true;
    }
    badge.classList.toggle('compact', at.compact);
    badge.style.left = `${Math.round(at.left)}px`;
    badge.style.top = `${Math.round(at.top)}px`;
    badge.style.visibility = at.hidden ? 'hidden' : 'visible';
    if (at.hidden) closeCard();
    else if (!card.hidden) placeCard();
  }

  render();
  return {
    element: badge,
    get chip() {
      return chip;
    },
    update(next) {
      props = next;
      render();
    },
    float,
    shrink: (compact) => void badge.classList.toggle('compact', compact),
  };
}
