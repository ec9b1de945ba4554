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
  it('shows the reason as text, never as markup', () => {
    const { element } = createConsultationBadge(video());
    expect(element.title).toBe('Merknaden sier «<img src=x onerror=alert(1)> video»');
    expect(element.querySelector('img')).toBeNull();
    expect(element.className).toBe('badge video');
  });

  it('joins and copies the invite on its own clicks, which never reach the page', async () => {
    const join = joinState();
    const { element } = createConsultationBadge(video(join));
    const pageHeard = vi.fn();
    document.body.append(element);
    document.body.addEventListener('click', pageHeard);

    personClicks(element.querySelector<HTMLButtonElement>('.join')!);
    expect(join.onJoin).toHaveBeenCalledOnce();
    personClicks(element.querySelector<HTMLButtonElement>('.copy')!);
    await vi.waitFor(() => expect(element.querySelector('.copy')!.textContent).toMatch(/^✓ /));
    expect(join.onCopyInvite).toHaveBeenCalledOnce();
    expect(pageHeard).not.toHaveBeenCalled();
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
    const join = badge.element.querySelector('.join')!;
    badge.update(video(joinState({ prominent: true, joined: true, feeCode: '2ae', relative: 'om 2 min' })));
    expect(badge.element.querySelector('.join')).toBe(join);
    expect(join.className).toBe('join prominent');
    expect(join.textContent).toContain('om 2 min');
    expect(badge.element.querySelector<HTMLElement>('.joined')!.hidden).toBe(false);
    expect(badge.element.title.split('\n')).toHaveLength(2);

    badge.update({ category: 'telefon', time: '08:20', reason: 'Merknaden sier «ring meg»' });
    expect(badge.element.className).toBe('badge other');
    expect(badge.element.querySelectorAll('button')).toHaveLength(0);
  });
});
