"use server";

import { revalidatePath } from "next/cache";
import { type FormState, fieldErrorsOf, jsonPayloadOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import {
  addPushDevice,
  createCalendarLink,
  removePushDevice,
  removePushDeviceByEndpoint,
  revokeCalendarLink,
  saveReminderSettings,
} from "./mutations";
import { pushDeviceIdSchema, pushSubscriptionSchema, reminderSettingsSchema } from "./schema";

const SESSION_ENDED = "Your session has ended. Sign in again.";
// Actions are public POST endpoints: a call that is not a form gets this, never a 500.
const NOT_A_FORM: FormState = {
  ok: false,
  message: "The form could not be read. Reload the page.",
};
const PAGE = "/settings/reminders";

export type CalendarLinkState = FormState & { token?: string };

/** Saves the signed-in person's reminder time and email choice. */
export async function saveReminderSettingsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = reminderSettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return {
      ok: false,
      message: "Check the time.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values: { time: String(formData.get("time") ?? "") },
    };
  }
  await saveReminderSettings({ userId: user.id, input: parsed.data });
  revalidatePath(PAGE);
  return { ok: true, message: "Saved." };
}

/** Creates (or replaces) the private calendar link and returns its token, shown only now. */
export async function createCalendarLinkAction(): Promise<CalendarLinkState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  const token = await createCalendarLink({ userId: user.id });
  revalidatePath(PAGE);
  return { ok: true, message: "Calendar link created. Copy it now: it is shown only once.", token };
}

/** Revokes the calendar link; calendars subscribed to it stop getting events. */
export async function revokeCalendarLinkAction(): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  await revokeCalendarLink({ userId: user.id });
  revalidatePath(PAGE);
  return { ok: true, message: "Calendar link revoked." };
}

/** Registers this browser's push subscription for the signed-in person. */
export async function addPushDeviceAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = pushSubscriptionSchema.safeParse(jsonPayloadOf(formData));
  if (!parsed.success) return { ok: false, message: "This browser's subscription was unreadable." };
  await addPushDevice({ userId: user.id, subscription: parsed.data });
  revalidatePath(PAGE);
  return { ok: true, message: "Notifications are on for this device." };
}

/** Removes one of the signed-in person's push devices. */
export async function removePushDeviceAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = pushDeviceIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success || !(await removePushDevice({ userId: user.id, id: parsed.data.id }))) {
    return { ok: false, message: "That device was not found." };
  }
  revalidatePath(PAGE);
  return { ok: true, message: "Device removed." };
}

/** Forgets this browser's subscription (sign-out on this device, or notifications turned off). */
export async function removeThisPushDeviceAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const endpoint = formData.get("endpoint");
  if (typeof endpoint !== "string" || endpoint.length > 2000) return { ok: false };
  await removePushDeviceByEndpoint({ userId: user.id, endpoint });
  revalidatePath(PAGE);
  return { ok: true, message: "Notifications are off for this device." };
}
