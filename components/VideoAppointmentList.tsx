import type { FlaggedAppointment } from '../utils/appointment';
import { describeDecision } from '../utils/detector/reason';
import { t } from '../utils/i18n';
import { clockTime, relativeStart } from '../utils/day/schedule';

export interface AppointmentActions {
  onJoin: (appointment: FlaggedAppointment) => void;
  onCopyInvite: (appointment: FlaggedAppointment) => void;
  /** The appointment whose invite was just copied: its button says so for a moment. */
  copied: FlaggedAppointment | null;
}

export interface VideoAppointmentListProps extends AppointmentActions {
  /** In time order. */
  appointments: FlaggedAppointment[];
  next?: FlaggedAppointment;
  now: Date;
  /** Past their time: joining is still possible, but not the button that catches the eye. */
  past?: boolean;
  /** Another day's appointments: they say that day ("tor. 3.12.") instead of how soon. */
  day?: string;
}

/** The same appointment across re-reads of the page, which hand back new objects. */
export const appointmentKey = ({ time, practitioner }: FlaggedAppointment) => `${practitioner ?? ''}|${time}`;

export function VideoAppointmentList({ appointments, next, now, past = false, day, ...actions }: VideoAppointmentListProps) {
  return (
    <ul class="appointments">
      {appointments.map((appointment) => (
        <AppointmentItem key={appointmentKey(appointment)} appointment={appointment} isNext={appointment === next} now={now} past={past} day={day} {...actions} />
      ))}
    </ul>
  );
}

interface ItemProps extends AppointmentActions {
  appointment: FlaggedAppointment;
  isNext: boolean;
  now: Date;
  past: boolean;
  day: string | undefined;
}

function AppointmentItem({ appointment, isNext, now, past, day, onJoin, onCopyInvite, copied }: ItemProps) {
  const time = clockTime(appointment.time);
  const [key, ...values] = relativeStart(appointment.time, now);
  const isCopied = copied !== null && appointmentKey(copied) === appointmentKey(appointment);
  const classes = ['appointment', isNext && 'next', past && 'past'].filter(Boolean).join(' ');
  return (
    <li class={classes} aria-current={isNext ? 'true' : undefined}>
      <span class="time">{time}</span>
      <span class="details">
        {/* As the page shows it, read from the page while the popup is open; never stored. */}
        <span class="patient">{appointment.patient}</span>
        <span class="meta">{[appointment.practitioner ?? t('noPractitioner'), appointment.type].filter(Boolean).join(' · ')}</span>
        <span class="reason">{describeDecision(appointment.decision)}</span>
        <span class="when">
          {isNext && <strong class="next-label">{t('popupNext')} · </strong>}
          {day ?? t(key, ...values)}
        </span>
        {appointment.joined && (
          <span class="joined">{appointment.feeCode ? t('popupJoinedFeeCode', appointment.feeCode) : t('badgeJoined')}</span>
        )}
      </span>
      <span class="actions">
        {/* Each name starts with the words on the button, for speech input and screen readers alike. */}
        <button type="button" class="join" aria-label={t('joinButtonLabel', time)} onClick={() => onJoin(appointment)}>
          {t('joinButton')}
        </button>
        <button type="button" class="copy" aria-label={isCopied ? undefined : t('copyInviteLabel', time)} onClick={() => onCopyInvite(appointment)}>
          {isCopied ? `✓ ${t('inviteCopiedShort')}` : t('copyInvite')}
        </button>
      </span>
    </li>
  );
}
