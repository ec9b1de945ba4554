import type { Decision } from './types';
import { t } from '../i18n';

/** The badge tooltip and popup line that tell a doctor why an appointment was flagged. */
export function describeDecision({ source, match }: Decision): string {
  if (!match) return '';
  return t(source === 'type' ? 'reasonType' : 'reasonComment', match.text);
}
