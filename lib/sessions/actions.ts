"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/mutations";
import { auditContextFrom } from "@/lib/audit/request/context";
import { signedInFormAction } from "@/lib/form-action";
import type { FormState } from "@/lib/forms";
import { getCurrentUser } from "./loaders";
import { deleteSession } from "./mutations";
import { signOutDeviceSchema } from "./schema";

/**
 * Ends one of the signed-in person's other sessions ("Sign out" next to a device in Settings).
 * Only the person's own sessions match; an unknown id and someone else's look the same.
 */
export async function signOutDeviceAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"sessionId">> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ sessionId: form.get("sessionId") }),
    schema: signOutDeviceSchema,
    run: async ({ user, input }) => {
      const device = await deleteSession({ userId: user.id, sessionId: input.sessionId });
      if (device === null) return { ok: false, message: "That device was already signed out." };
      await recordAudit({
        userId: user.id,
        event: "DEVICE_SIGNED_OUT",
        context: auditContextFrom(await headers()),
        detail: device,
      });
      revalidatePath("/settings");
      return { ok: true, message: "That device is signed out." };
    },
  });
}
