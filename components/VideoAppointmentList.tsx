import type { FlaggedAppointment } from '@/utils/appointment';
import { describeDecision } from '@/utils/decision-reason';
import { t } from '@/utils/i18n';

export interface VideoAppointmentListProps {
  appointments: FlaggedAppointment[];
  onJoin: (appointment: FlaggedAppointment) => void;
}

export function VideoAppointmentList({ appointments, onJoin }: VideoAppointmentListProps) {
  return (
    <ul class="appointments">
      {appointments.map((appointment) => (
        <li class="appointment" key={`${appointment.practitioner}|${appointment.time}`}>
          <span class="time">{appointment.time}</span>
          <span class="details">
            <span class="practitioner">{appointment.practitioner ?? t('noPractitioner')}</span>
            <span class="type">{appointment.type}</span>
            <span class="reason">{describeDecision(appointment.decision)}</span>
          </span>
          <button type="button" class="join" aria-label={t('joinButtonLabel', appointment.time)} onClick={() => onJoin(appointment)}>
            {t('joinButton')}
          </button>
        </li>
      ))}
    </ul>
  );
}
