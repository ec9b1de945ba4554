import type { FlaggedAppointment } from '../../utils/appointment';
import { isToday, shortDay } from '../../utils/day/dates';
import { byTime, nextAppointment, splitDay } from '../../utils/day/schedule';
import { currentLanguage, t } from '../../utils/i18n';
import { VideoAppointmentList, type AppointmentActions } from '../../components/VideoAppointmentList';

/**
 * A group of the list: today's upcoming first, with the next one prominent, then those past their
 * time, folded; then each other day the page shows (a week view), folded under its day.
 */
interface Group {
  id: string;
  appointments: FlaggedAppointment[];
  /** Folded groups are a <details> with this summary; the first group has no heading. */
  summary?: string;
  past: boolean;
  /** Another day's group names its day; its appointments say that day instead of how soon. */
  day?: string;
}

const todayOf = (appointments: FlaggedAppointment[], now: Date) => appointments.filter(({ date }) => isToday(date, now));

export function dayGroups(appointments: FlaggedAppointment[], now: Date): Group[] {
  const { upcoming, earlier } = splitDay(todayOf(appointments, now), now);
  const groups: Group[] = [{ id: 'upcoming', appointments: upcoming, past: false }];
  if (earlier.length) groups.push({ id: 'earlier', appointments: earlier, summary: t('popupEarlierToday', String(earlier.length)), past: true });
  const otherDays = new Map<string, FlaggedAppointment[]>();
  for (const appointment of appointments) {
    if (appointment.date && !isToday(appointment.date, now)) otherDays.set(appointment.date, [...(otherDays.get(appointment.date) ?? []), appointment]);
  }
  for (const date of [...otherDays.keys()].sort()) {
    const members = otherDays.get(date)!.toSorted(byTime);
    const day = shortDay(date, currentLanguage());
    groups.push({ id: date, appointments: members, summary: t('popupOtherDay', day, String(members.length)), past: false, day });
  }
  return groups;
}

export function DayView({ appointments, now, ...actions }: AppointmentActions & { appointments: FlaggedAppointment[]; now: Date }) {
  const next = nextAppointment(todayOf(appointments, now), now);
  return (
    <>
      {dayGroups(appointments, now).map(({ id, appointments: members, summary, past, day }) => {
        const list = <VideoAppointmentList appointments={members} next={next} now={now} past={past} day={day} {...actions} />;
        if (!summary) return members.length ? <div key={id}>{list}</div> : <p key={id} class="status">{t('popupNothingLeft')}</p>;
        return (
          <details key={id} class={day ? 'other-day' : 'earlier'}>
            <summary>{summary}</summary>
            {list}
          </details>
        );
      })}
    </>
  );
}
