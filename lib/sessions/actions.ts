"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { auditContextFrom } from "@/lib/audit/context";
import { recordAudit } from "@/lib/audit/mutations";
import { type FormState, fieldErrorsOf, NOT_A_FORM } from "@/lib/forms";
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
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = signOutDeviceSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const device = await deleteSession({ userId: user.id, sessionId: parsed.data.sessionId });
  if (device === null) return { ok: false, message: "That device was already signed out." };
  await recordAudit({
    userId: user.id,
    event: "DEVICE_SIGNED_OUT",
    context: auditContextFrom(await headers()),
    detail: device,
  });
  revalidatePath("/settings");
  return { ok: true, message: "That device is signed out." };
}
