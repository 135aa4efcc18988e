import { saveCheckInAction } from "@/lib/journal/actions";
import type { CheckInFormState } from "@/lib/journal/types";
import { keepOnPhone, SAVED_ON_PHONE } from "@/lib/offline/outbox/keep";

const NOT_SAVED =
  "Could not save just now. Check your connection and press Save again; everything is still here.";

/** The server's answer, or null when the request itself failed (offline, no answer). */
async function sendOrNothing(
  previousState: CheckInFormState,
  formData: FormData,
): Promise<CheckInFormState | null> {
  try {
    return await saveCheckInAction(previousState, formData);
  } catch {
    return null;
  }
}

/**
 * Sends a check-in save. Offline, or with no answer, it is kept on this phone with its request id
 * and base version and sent when the connection is back; if even that fails, the form keeps
 * everything and says so.
 */
export async function sendOrKeepOnPhone(
  previousState: CheckInFormState,
  formData: FormData,
): Promise<CheckInFormState> {
  // Known to be offline: kept on the phone at once rather than after a request fails.
  const result = navigator.onLine ? await sendOrNothing(previousState, formData) : null;
  if (result) return result;
  const payload = String(formData.get("payload"));
  const isKept = await keepOnPhone({ kind: "check-in", payload });
  return isKept ? { ok: true, message: SAVED_ON_PHONE } : { ok: false, message: NOT_SAVED };
}
