"use server";

import { revalidatePath } from "next/cache";
import { signedInAction, signedInFormAction } from "@/lib/form-action";
import { type FormState, jsonPayloadOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import {
  addPushDevice,
  createCalendarLink,
  removePushDevice,
  removePushDeviceByEndpoint,
  revokeCalendarLink,
  saveReminderSettings,
} from "./mutations";
import {
  pushDeviceIdSchema,
  pushEndpointSchema,
  pushSubscriptionSchema,
  reminderSettingsSchema,
} from "./schema";

const PAGE = "/settings/reminders";
const DEVICE_GONE = "That device was not found.";

export type CalendarLinkState = FormState & { token?: string };

/** Saves the signed-in person's reminder time and email choice. */
export async function saveReminderSettingsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    fields: ["time"],
    schema: reminderSettingsSchema,
    invalid: ({ fieldErrors, values }) => ({
      ok: false,
      message: "Check the time.",
      fieldErrors,
      values,
    }),
    run: async ({ user, input }) => {
      await saveReminderSettings({ userId: user.id, input });
      revalidatePath(PAGE);
      return { ok: true, message: "Saved." };
    },
  });
}

/** Creates (or replaces) the private calendar link and returns its token, shown only now. */
export async function createCalendarLinkAction(): Promise<CalendarLinkState> {
  return signedInAction(getCurrentUser, async ({ user }) => {
    const token = await createCalendarLink({ userId: user.id });
    revalidatePath(PAGE);
    return {
      ok: true,
      message: "Calendar link created. Copy it now: it is shown only once.",
      token,
    };
  });
}

/** Revokes the calendar link; calendars subscribed to it stop getting events. */
export async function revokeCalendarLinkAction(): Promise<FormState> {
  return signedInAction(getCurrentUser, async ({ user }) => {
    await revokeCalendarLink({ userId: user.id });
    revalidatePath(PAGE);
    return { ok: true, message: "Calendar link revoked." };
  });
}

/** Registers this browser's push subscription for the signed-in person. */
export async function addPushDeviceAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    // Unreadable JSON is the subscription's problem, not the form's: the schema refuses it.
    read: (form) => jsonPayloadOf(form) ?? null,
    schema: pushSubscriptionSchema,
    invalid: "This browser's subscription was unreadable.",
    run: async ({ user, input }) => {
      await addPushDevice({ userId: user.id, subscription: input });
      revalidatePath(PAGE);
      return { ok: true, message: "Notifications are on for this device." };
    },
  });
}

/** Removes one of the signed-in person's push devices. */
export async function removePushDeviceAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    schema: pushDeviceIdSchema,
    invalid: DEVICE_GONE,
    run: async ({ user, input }) => {
      if (!(await removePushDevice({ userId: user.id, id: input.id }))) {
        return { ok: false, message: DEVICE_GONE };
      }
      revalidatePath(PAGE);
      return { ok: true, message: "Device removed." };
    },
  });
}

/** Forgets this browser's subscription (sign-out on this device, or notifications turned off). */
export async function removeThisPushDeviceAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ endpoint: form.get("endpoint") }),
    schema: pushEndpointSchema,
    invalid: () => ({ ok: false }),
    run: async ({ user, input }) => {
      await removePushDeviceByEndpoint({ userId: user.id, endpoint: input.endpoint });
      revalidatePath(PAGE);
      return { ok: true, message: "Notifications are off for this device." };
    },
  });
}
