/** Everything "Recent activity" can show; the same list as the AuditEvent enum in the schema. */
export const AUDIT_EVENTS = [
  "SIGNED_IN",
  "SIGN_IN_FAILED",
  "PASSWORD_CHECK_FAILED",
  "SIGNED_OUT",
  "DEVICE_SIGNED_OUT",
  "SIGNED_OUT_EVERYWHERE",
  "PASSWORD_CHANGED",
  "PASSWORD_RESET",
  "RECOVERY_CODES_CREATED",
  "RECOVERY_CODE_USED",
  "TWO_FACTOR_ENABLED",
  "TWO_FACTOR_DISABLED",
  "EXPORTED",
  "IMPORTED",
  "SHARE_LINK_CREATED",
  "SHARE_LINK_REVOKED",
  "SHARE_LINK_OPENED",
] as const;

export type AuditEvent = (typeof AUDIT_EVENTS)[number];

/** One line of "Recent activity". */
export type ActivityDTO = {
  id: string;
  event: AuditEvent;
  at: string;
  device: string | null;
  network: string | null;
  detail: string | null;
};
