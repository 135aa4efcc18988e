"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/mutations";
import { auditContextFrom } from "@/lib/audit/request/context";
import { signedInFormAction } from "@/lib/form-action";
import { type FormState, requestIdOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { createShareLink, revokeShareLink } from "./mutations";
import { createShareSchema, shareIdSchema } from "./schema";
import { buildSummary } from "./summary/data";

export type CreateShareState = FormState & { token?: string; expiresAt?: string };

/**
 * Creates a share link for the signed-in person with the options they previewed. Returns the
 * token once; it is never shown again. A retried submit (same request id) creates no second
 * link: it returns a new token for the same one.
 */
export async function createShareLinkAction(
  _previous: CreateShareState,
  formData: FormData,
): Promise<CreateShareState> {
  return signedInFormAction(getCurrentUser, formData, {
    schema: createShareSchema,
    errors: {
      CONFLICT: { message: "This link was created and then revoked. Reload the page." },
    },
    run: async ({ user, input, formData }) => {
      const snapshot =
        input.mode === "SNAPSHOT" ? await buildSummary({ userId: user.id, options: input }) : null;
      const link = await createShareLink({
        userId: user.id,
        input,
        snapshot,
        requestId: requestIdOf(formData),
      });
      // A retried request made no new link: it is logged once.
      if (!link.isReplay) {
        await recordAudit({
          userId: user.id,
          event: "SHARE_LINK_CREATED",
          context: auditContextFrom(await headers()),
        });
      }
      revalidatePath("/share");
      return { ok: true, message: "Link created.", token: link.token, expiresAt: link.expiresAt };
    },
  });
}

/** Revokes one of the signed-in person's links; it stops working at once. */
export async function revokeShareLinkAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    schema: shareIdSchema,
    invalid: "That link was not found.",
    run: async ({ user, input }) => {
      const isRevoked = await revokeShareLink({ userId: user.id, id: input.id });
      if (isRevoked) {
        await recordAudit({
          userId: user.id,
          event: "SHARE_LINK_REVOKED",
          context: auditContextFrom(await headers()),
        });
      }
      revalidatePath("/share");
      return isRevoked
        ? { ok: true, message: "Link revoked. It no longer opens." }
        : { ok: false, message: "That link was not found or is already revoked." };
    },
  });
}
