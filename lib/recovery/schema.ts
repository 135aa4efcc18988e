import { z } from "zod";
import { currentPasswordSchema, emailSchema, newPasswordSchema } from "@/lib/accounts/schema";

/** "Forgot your password?" with a recovery code. */
export const recoverWithCodeSchema = z.object({
  email: emailSchema,
  code: z
    .string({ error: "Enter one of your recovery codes." })
    .trim()
    .min(1, { error: "Enter one of your recovery codes." })
    .max(64, { error: "That is not one of your recovery codes." }),
  newPassword: newPasswordSchema,
});

/** "Email me a reset link". */
export const emailResetSchema = z.object({ email: emailSchema });

/** A new password through a reset link. */
export const resetWithLinkSchema = z.object({
  token: z.string().min(1).max(128),
  newPassword: newPasswordSchema,
});

/** New recovery codes in Settings, after the password again. */
export const regenerateCodesSchema = z.object({ password: currentPasswordSchema });
