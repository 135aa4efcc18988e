import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { getPromptsFor, listReflections } from "./data";

/**
 * The Reflect page of the signed-in person (redirects to sign-in otherwise): the prompts raised
 * by their patterns, the baseline prompts, and those answered this week stepped back.
 */
export const loadReflectPrompts = cache(async () => {
  const user = await requireUser();
  return getPromptsFor({ userId: user.id, timeZone: user.timeZone });
});

/** Every reflection of the signed-in person, newest first (redirects to sign-in otherwise). */
export const loadReflectionHistory = cache(async () => {
  const user = await requireUser();
  return { reflections: await listReflections({ userId: user.id }), timeZone: user.timeZone };
});
