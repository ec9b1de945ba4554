import { describe, expect, it } from 'vitest';
import { parseReminder, reminderName, reminderTimes } from './reminders';

describe('reminders', () => {
  it('names a reminder by what a click needs, and reads the name back', () => {
    const reminder = { tabId: 7, slot: { time: '09:15', practitioner: 'Ingrid Solberg' } };
    expect(parseReminder(reminderName(reminder))).toEqual(reminder);
    expect(parseReminder('someone-else:1')).toBeNull();
  });

  it('reminds of slots still ahead, a set number of minutes before, and of none when off', () => {
    const now = new Date(2026, 11, 2, 9, 0, 30);
    const slots = [
      { time: '08:50', practitioner: null },
      { time: '09:03', practitioner: null },
      { time: '09:30', practitioner: null },
      { time: 'snart', practitioner: null },
    ];
    const times = reminderTimes(slots, { enabled: true, minutesBefore: 5 }, now);
    expect(times.map(({ slot, when }) => [slot.time, new Date(when).toTimeString().slice(0, 5)])).toEqual([['09:30', '09:25']]);
    expect(reminderTimes(slots, { enabled: false, minutesBefore: 5 }, now)).toEqual([]);
  });
});
