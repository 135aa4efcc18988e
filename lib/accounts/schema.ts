import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Email, normalised before the format check (zod 4 checks formats before transforms). */
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address like name@example.com." }).max(254));

// Length counts characters (code points), not UTF-16 units, and nothing is ever truncated.
export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .refine((value) => [...value].length >= PASSWORD_MIN_LENGTH, {
    error: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a good one.`,
  })
  .refine((value) => [...value].length <= PASSWORD_MAX_LENGTH, {
    error: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  });

export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isValidTimeZone, { error: "Choose a time zone from the list." });

export const createAccountSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  timeZone: timeZoneSchema.catch("UTC"),
});
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Enter your password." }).max(PASSWORD_MAX_LENGTH),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: "Enter your current password." }),
  newPassword: newPasswordSchema,
});

export const settingsSchema = z.object({ timeZone: timeZoneSchema });

/** The person's current password, asked again before export, import or deleting the account. */
export const currentPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, { error: "Enter your password." })
  .max(PASSWORD_MAX_LENGTH, { error: "That is not your password." });

/** What the person types to confirm that the account should go. */
export const DELETE_CONFIRMATION = "delete my account";

export const deleteAccountSchema = z.object({
  confirmation: z
    .string({ error: `Type “${DELETE_CONFIRMATION}” to confirm.` })
    .trim()
    .toLowerCase()
    .refine((value) => value === DELETE_CONFIRMATION, {
      error: `Type “${DELETE_CONFIRMATION}” to confirm.`,
    }),
  password: currentPasswordSchema,
});
