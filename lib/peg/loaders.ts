import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { journalDateFor } from "@/lib/time-zone";
import { getLastPegDate, listPegResponses } from "./data";
import { pegStatus } from "./questionnaire/due";
import { pegTrend } from "./questionnaire/score";

/** Whether the signed-in person's weekly PEG is due today (redirects to sign-in otherwise). */
export const loadPegStatus = cache(async () => {
  const user = await requireUser();
  const today = journalDateFor(new Date(), user.timeZone);
  return pegStatus({ lastDate: await getLastPegDate({ userId: user.id }), today });
});

/**
 * The weekly PEG page of the signed-in person (redirects to sign-in otherwise): whether one is
 * due, and every PEG so far with its score and change from the first.
 */
export const loadPegPage = cache(async () => {
  const user = await requireUser();
  const today = journalDateFor(new Date(), user.timeZone);
  const responses = await listPegResponses({ userId: user.id });
  const lastDate = responses.at(-1)?.date ?? null;
  return { today, status: pegStatus({ lastDate, today }), trend: pegTrend(responses) };
});
