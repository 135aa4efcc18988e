import type { AuditEvent } from "../types";

/** How each event reads in "Recent activity". */
export const EVENT_WORDING: Record<AuditEvent, string> = {
  SIGNED_IN: "Signed in",
  SIGN_IN_FAILED: "Failed sign-in (wrong password)",
  PASSWORD_CHECK_FAILED: "Wrong password when asked to confirm it",
  SIGNED_OUT: "Signed out",
  DEVICE_SIGNED_OUT: "Signed out another device",
  SIGNED_OUT_EVERYWHERE: "Signed out everywhere",
  PASSWORD_CHANGED: "Password changed",
  PASSWORD_RESET: "Password reset",
  RECOVERY_CODES_CREATED: "New recovery codes created",
  RECOVERY_CODE_USED: "Recovery code used",
  TWO_FACTOR_ENABLED: "Two-step sign-in turned on",
  TWO_FACTOR_DISABLED: "Two-step sign-in turned off",
  EXPORTED: "Journal exported",
  IMPORTED: "Journal imported",
  SHARE_LINK_CREATED: "Share link created",
  SHARE_LINK_REVOKED: "Share link revoked",
  SHARE_LINK_OPENED: "Share link opened",
};
