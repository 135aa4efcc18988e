export type PushDeviceDTO = {
  id: string;
  label: string;
  /**
   * SHA-256 (hex) of the device's push endpoint: lets the browser that owns it say "this device"
   * without the page carrying the endpoint, which is a capability to message that device.
   */
  endpointHash: string;
  createdAt: string;
  lastSentAt: string | null;
};

export type ReminderSettingsDTO = {
  time: string;
  isEmailEnabled: boolean;
  hasCalendarLink: boolean;
  calendarCreatedAt: string | null;
};

/** A person whose reminders the scheduler looks at: no health data, no names. */
export type ReminderCandidate = {
  userId: string;
  email: string;
  timeZone: string;
  dailyMinute: number;
  isEmailEnabled: boolean;
  hasPushDevices: boolean;
};

export type ReminderFormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<"time" | "isEmailEnabled", string[]>>;
  /** A new calendar link: shown once, only its hash is kept. */
  calendarUrl?: string;
};
