import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { calendarDateFor } from "@/lib/time-zone";
import { listRedFlagDays } from "./data";
import { summariseRedFlags } from "./red-flags/summary";

/**
 * The Safety page of the signed-in person (redirects to sign-in otherwise): every symptom they
 * reported in a check-in, urgent ones first, with the dates.
 */
export const loadSafetyPage = cache(async () => {
  const user = await requireUser();
  const days = await listRedFlagDays({ userId: user.id });
  return { summary: summariseRedFlags(days), today: calendarDateFor(new Date(), user.timeZone) };
});
