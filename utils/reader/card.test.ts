// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readCard } from './card';

const card = (html: string) => {
  document.body.innerHTML = html;
  return readCard(document.body.firstElementChild as HTMLElement);
};

describe('readCard', () => {
  it('reads a calendar event whose text is split over several elements, on the 12-hour clock', () => {
    expect(card('<div class="event"><b>1:15 PM – 1:30 PM</b> <span>Kari Berg</span> – <em>ønsker video</em></div>')).toMatchObject({
      time: '13:15',
      patient: 'Kari Berg',
      comment: 'Kari Berg – ønsker video',
    });
  });

  it('takes "Name: comment" for a name, and keeps the comment whole', () => {
    expect(card('<div>08:00 Per Olsen: helst video</div>')).toMatchObject({ patient: 'Per Olsen', comment: 'Per Olsen: helst video' });
    expect(card('<div>08:00 Video: ønsker time</div>')).toMatchObject({ patient: '', comment: 'Video: ønsker time' });
  });

  it('does not take a wrapper of the whole event for one of its parts', () => {
    const read = card('<div class="cal-event"><div class="cal-event-time-content"><b>8:15 AM</b> Kari Berg – video</div></div>');
    expect(read).toMatchObject({ time: '08:15', comment: 'Kari Berg – video' });
  });
});
