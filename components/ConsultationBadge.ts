import { t } from '../utils/i18n';

/** What a video badge offers beyond the label: joining, and what to remember afterwards. */
export interface JoinState {
  /** "om 12 min", "for 3 min siden". */
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
  /** Why it was flagged, shown as the tooltip so a doctor can trust the badge. */
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

function tooltipOf({ reason, join }: ConsultationBadgeProps): string {
  if (!join?.joined || !join.feeCode) return reason;
  return `${reason}\n${t('feeCodeReminder', join.feeCode)}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  return made;
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

export interface ConsultationBadge {
  element: HTMLElement;
  update(props: ConsultationBadgeProps): void;
}

/**
 * The badge on a flagged appointment. Built with the DOM itself rather than Preact: a big timebook
 * gets thousands at once, and this builds one in a fraction of a render's time. Every text goes in
 * as text; nothing from the page is ever parsed as markup.
 */
export function createConsultationBadge(initial: ConsultationBadgeProps): ConsultationBadge {
  let props = initial;
  let copied = false;
  const badge = element('span', '');
  const label = element('span', 'label');
  badge.append(label);
  // Made when the badge first offers joining: most badges of a day are never joined or copied.
  let joinParts: { joined: HTMLSpanElement; join: HTMLButtonElement; when: HTMLSpanElement; copy: HTMLButtonElement } | undefined;

  function partsForJoining() {
    if (joinParts) return joinParts;
    const joined = element('span', 'joined');
    const join = element('button', 'join');
    const when = element('span', 'when');
    const copy = element('button', 'copy');
    join.type = copy.type = 'button';
    join.append(`${t('joinButton')} `, when);
    onlyOurs(join, () => props.join?.onJoin());
    onlyOurs(copy, () => {
      void props.join?.onCopyInvite().then((done) => {
        copied = done;
        render();
      });
    });
    badge.append(joined, join, copy);
    return (joinParts = { joined, join, when, copy });
  }

  function render() {
    const { category, time, join } = props;
    badge.className = `badge ${category === 'video' ? 'video' : 'other'}`;
    badge.title = tooltipOf(props);
    label.textContent = labelOf(category);
    if (!join) {
      joinParts?.joined.remove();
      joinParts?.join.remove();
      joinParts?.copy.remove();
      joinParts = undefined;
      return;
    }
    const parts = partsForJoining();
    parts.joined.hidden = !join.joined;
    parts.joined.textContent = join.joined ? `✓ ${t('badgeJoined')}` : '';
    parts.join.className = join.prominent ? 'join prominent' : 'join';
    parts.join.setAttribute('aria-label', `${t('joinButtonLabel', time)} (${join.relative})`);
    parts.when.textContent = `· ${join.relative}`;
    parts.copy.setAttribute('aria-label', t('copyInviteLabel', time));
    parts.copy.textContent = copied ? `✓ ${t('inviteCopiedShort')}` : t('copyInvite');
  }

  render();
  return {
    element: badge,
    update(next) {
      props = next;
      render();
    },
  };
}
