/** What reminders need and nothing else does: optional, asked for when an admin turns reminders on. */
export const REMINDER_PERMISSIONS = ['alarms', 'notifications'] as const;
