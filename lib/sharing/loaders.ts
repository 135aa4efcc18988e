import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { addDays, journalDateFor } from "@/lib/time";
import { getShareAccessLog, listShareLinks } from "./data";
import { type SummaryOptions, summaryOptionsSchema } from "./schema";
import { buildSummary } from "./summary";

/** The default period: the last four weeks up to today. */
export function defaultPeriod(today: string) {
  return { from: addDays(today, -27), to: today };
}

/**
 * The Share page: the person's links and a preview of exactly what a link with the chosen
 * options would show. Invalid options fall back to the defaults, with the errors returned.
 */
export const loadSharePage = cache(async (query: Record<string, string | undefined>) => {
  const user = await requireUser();
  const today = journalDateFor(new Date(), user.timeZone);
  // Only the options actually in the address: a missing one must not erase its default.
  const given = Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined),
  );
  const parsed = summaryOptionsSchema.safeParse({ ...defaultPeriod(today), ...given });
  const options: SummaryOptions = parsed.success
    ? parsed.data
    : {
        ...defaultPeriod(today),
        includeNotes: false,
        includeReflections: false,
        includeExperiments: false,
        showNames: false,
        includeMedications: false,
      };
  const [links, preview] = await Promise.all([
    listShareLinks({ userId: user.id }),
    buildSummary({ userId: user.id, options }),
  ]);
  return {
    today,
    options,
    optionErrors: parsed.success ? null : parsed.error.issues.map((issue) => issue.message),
    links,
    preview,
  };
});

/** The access log of one of the person's links; null when it is not theirs. */
export const loadShareAccessLog = cache(async (id: string) => {
  const user = await requireUser();
  return getShareAccessLog({ userId: user.id, id });
});
