import { z } from "zod";
import { currentPasswordSchema } from "@/lib/accounts/schema";

export const passwordOnlySchema = z.object({ password: currentPasswordSchema });

export const confirmTotpSchema = z.object({
  code: z
    .string({ error: "Enter the 6-digit code your app shows." })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, { error: "Enter the 6-digit code your app shows." })),
});
