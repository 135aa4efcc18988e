import "server-only";
import { cache } from "react";
import { getEnv } from "@/lib/env";
import { isMailConfigured } from "@/lib/mail";
import { requireUser } from "@/lib/sessions/loaders";
import { countUnusedRecoveryCodes, isResetTokenUsable } from "./data";

/** For the public reset page: the token when its link still works, else null. Anyone may call it. */
export const loadUsableResetToken = cache(async (token: unknown): Promise<string | null> => {
  if (typeof token !== "string" || token.length === 0 || token.length > 128) return null;
  return (await isResetTokenUsable({ token })) ? token : null;
});

/** Settings: how many of the signed-in person's recovery codes are unused; redirects when signed out. */
export const loadMyUnusedCodeCount = cache(async () => {
  const user = await requireUser();
  return countUnusedRecoveryCodes({ userId: user.id });
});

/**
 * Reset links go by email only when mail is set up and the site knows its own public address
 * (NEXTAUTH_URL): a link built from the request's Host header could point anywhere.
 */
export function isEmailResetAvailable(): boolean {
  return isMailConfigured() && Boolean(getEnv().NEXTAUTH_URL);
}
