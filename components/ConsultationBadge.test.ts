// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createConsultationBadge, type ConsultationBadgeProps, type JoinState } from './ConsultationBadge';

// The strings' keys stand in for them: the catalogues have tests of their own.
vi.mock('../utils/i18n', () => ({ t: (key: string, ...values: string[]) => [key, ...values].join(' ') }));

const joinState = (patch: Partial<JoinState> = {}): JoinState => ({
  relative: 'om 12 min',
  prominent: false,
  joined: false,
  feeCode: null,
  onJoin: vi.fn(),
  onCopyInvite: vi.fn(async () => true),
  ...patch,
});

const video = (join = joinState()): ConsultationBadgeProps => ({
  category: 'video',
  time: '08:20',
  reason: 'Merknaden sier «<img src=x onerror=alert(1)> video»',
  join,
});

/** A click as the browser makes it from a person's input: trusted, which a page's own events never are. */
function personClicks(button: HTMLButtonElement) {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  button.dispatchEvent(click);
}

describe('createConsultationBadge', () => {
  it('shows the reason as text in its card, never as markup, and the card describes the chip', () => {
    const { element, chip } = createConsultationBadge(video());
    const card = element.querySelector<HTMLElement>('#card')!;
    expect(card.querySelector('.reason')!.textContent).toBe('Merknaden sier «<img src=x onerror=alert(1)> video»');
    expect(element.querySelector('img')).toBeNull();
    expect(element.className).toBe('badge video');
    expect(chip.getAttribute('aria-describedby')).toBe('card');
    expect(card.getAttribute('role')).toBe('tooltip');
  });

  it('is a compact chip; the card opens on keyboard focus and on hover, and Escape closes it', () => {
    const { element, chip } = createConsultationBadge(video());
    document.body.append(element);
    const card = element.querySelector<HTMLElement>('#card')!;
    expect(chip.textContent).toBe('badgeVideo');
    expect(card.hidden).toBe(true);
    chip.focus();
    expect(card.hidden).toBe(false);
    expect(card.textContent).toContain('joinButton · om 12 min');
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.hidden).toBe(true);
    chip.blur();
    element.dispatchEvent(new MouseEvent('mouseenter'));
    expect(card.hidden).toBe(false);
    element.remove();
  });

  it('joins and copies the invite on its own clicks, which never reach the page', async () => {
    const join = joinState();
    const { element } = createConsultationBadge(video(join));
    const pageHeard = vi.fn();
    document.body.append(element);
    document.body.addEventListener('click', pageHeard);

    personClicks(element.querySelector<HTMLButtonElement>('.chip.join')!);
    expect(join.onJoin).toHaveBeenCalledOnce();
    personClicks(element.querySelector<HTMLButtonElement>('.copy')!);
    await vi.waitFor(() => expect(element.querySelector('.copy')!.textContent).toMatch(/^✓ /));
    expect(join.onCopyInvite).toHaveBeenCalledOnce();
    expect(pageHeard).not.toHaveBeenCalled();
  });

  it('says "Kopiert" for two seconds, then offers copying again', async () => {
    vi.useFakeTimers();
    try {
      const { element } = createConsultationBadge(video());
      const copy = element.querySelector<HTMLButtonElement>('.copy')!;
      personClicks(copy);
      await vi.advanceTimersByTimeAsync(0);
      expect(copy.textContent).toMatch(/^✓ /);
      await vi.advanceTimersByTimeAsync(1_900);
      expect(copy.textContent).toMatch(/^✓ /);
      await vi.advanceTimersByTimeAsync(200);
      expect(copy.textContent).toBe('copyInvite');
    } finally {
      vi.useRealTimers();
    }
  });

  it("ignores clicks the page's script makes", async () => {
    const join = joinState();
    const { element } = createConsultationBadge(video(join));
    for (const button of element.querySelectorAll('button')) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    await Promise.resolve();
    expect(join.onJoin).not.toHaveBeenCalled();
    expect(join.onCopyInvite).not.toHaveBeenCalled();
  });

  it('updates in place: prominent near the start, the fee code once joined, no join for other categories', () => {
    const badge = createConsultationBadge(video());
    const join = badge.chip;
    badge.update(video(joinState({ prominent: true, joined: true, feeCode: '2ae', relative: 'om 2 min' })));
    expect(badge.chip).toBe(join);
    expect(join.className).toBe('chip join prominent');
    expect(join.getAttribute('aria-label')).toContain('om 2 min');
    expect(badge.element.querySelector<HTMLElement>('.joined')!.hidden).toBe(false);
    expect(badge.element.querySelector('.fee')!.textContent).toBe('feeCodeReminder 2ae');

    badge.update({ category: 'telefon', time: '08:20', reason: 'Merknaden sier «ring meg»' });
    expect(badge.element.className).toBe('badge other');
    expect(badge.chip.localName).toBe('span');
    expect(badge.chip.tabIndex).toBe(0);
    expect(badge.element.querySelectorAll('button:not([hidden])')).toHaveLength(0);
  });

  it('stays floating, and as small as it was made, when it updates', () => {
    const floated = createConsultationBadge(video());
    floated.float({ left: 10, top: 20, hidden: false, compact: true });
    floated.update(video(joinState({ relative: 'om 11 min' })));
    expect(floated.element.classList).toContain('floating');
    expect(floated.element.classList).toContain('compact');

    const shrunk = createConsultationBadge(video());
    shrunk.shrink(true);
    shrunk.update(video(joinState({ relative: 'om 11 min' })));
    expect(shrunk.element.classList).toContain('compact');
    expect(shrunk.element.classList).not.toContain('floating');
    shrunk.shrink(false);
    expect(shrunk.element.classList).not.toContain('compact');
  });
});
