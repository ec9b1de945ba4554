import type { FlaggedAppointment } from '../../utils/appointment';
import { nextAppointment, splitDay } from '../../utils/day/schedule';
import { t } from '../../utils/i18n';
import { VideoAppointmentList, type AppointmentActions } from '../../components/VideoAppointmentList';

/**
 * A group of the list: today's upcoming first, with the next one prominent, then those past their
 * time, folded. Other days can come below as groups of their own.
 */
interface Group {
  id: string;
  appointments: FlaggedAppointment[];
  /** Folded groups are a <details> with this summary; the first group has no heading. */
  summary?: string;
  past: boolean;
}

export function dayGroups(appointments: FlaggedAppointment[], now: Date): Group[] {
  const { upcoming, earlier } = splitDay(appointments, now);
  const groups: Group[] = [{ id: 'upcoming', appointments: upcoming, past: false }];
  if (earlier.length) groups.push({ id: 'earlier', appointments: earlier, summary: t('popupEarlierToday', String(earlier.length)), past: true });
  return groups;
}

export function DayView({ appointments, now, ...actions }: AppointmentActions & { appointments: FlaggedAppointment[]; now: Date }) {
  const next = nextAppointment(appointments, now);
  return (
    <>
      {dayGroups(appointments, now).map(({ id, appointments: members, summary, past }) => {
        const list = <VideoAppointmentList appointments={members} next={next} now={now} past={past} {...actions} />;
        if (!summary) return members.length ? <div key={id}>{list}</div> : <p key={id} class="status">{t('popupNothingLeft')}</p>;
        return (
          <details key={id} class="earlier">
            <summary>{summary}</summary>
            {list}
          </details>
        );
      })}
    </>
  );
}
