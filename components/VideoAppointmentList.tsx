import type { FlaggedAppointment } from '../utils/appointment';
import { describeDecision } from '../utils/detector/reason';
import { t } from '../utils/i18n';
import { relativeStart } from '../utils/day/schedule';

export interface VideoAppointmentListProps {
  /** In time order. */
  appointments: FlaggedAppointment[];
  next: FlaggedAppointment | undefined;
  now: Date;
  onJoin: (appointment: FlaggedAppointment) => void;
  onCopyInvite: (appointment: FlaggedAppointment) => void;
}

export function VideoAppointmentList({ appointments, next, now, onJoin, onCopyInvite }: VideoAppointmentListProps) {
  return (
    <ul class="appointments">
      {appointments.map((appointment) => {
        const isNext = appointment === next;
        const [key, ...values] = relativeStart(appointment.time, now);
        return (
          <li
            class={isNext ? 'appointment next' : 'appointment'}
            key={`${appointment.practitioner}|${appointment.time}`}
            aria-current={isNext ? 'true' : undefined}
          >
            <span class="time">{appointment.time}</span>
            <span class="details">
              <span class="practitioner">{appointment.practitioner ?? t('noPractitioner')}</span>
              {appointment.type && <span class="type">{appointment.type}</span>}
              <span class="reason">{describeDecision(appointment.decision)}</span>
              <span class="when">
                {isNext && <strong class="next-label">{t('popupNext')} · </strong>}
                {t(key, ...values)}
              </span>
            </span>
            <span class="actions">
              <button type="button" class="join" aria-label={t('joinButtonLabel', appointment.time)} onClick={() => onJoin(appointment)}>
                {t('joinButton')}
              </button>
              <button
                type="button"
                class="copy"
                aria-label={t('copyInviteLabel', appointment.time)}
                onClick={() => onCopyInvite(appointment)}
              >
                {t('copyInvite')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
