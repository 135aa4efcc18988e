import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { recordAudit } from "@/lib/audit/mutations";
import { clientKeyFrom } from "@/lib/client-key";
import { isShareLookupAllowed, recordShareLookupMiss } from "@/lib/rate-limit";
import { getCurrentUser, requireUser } from "@/lib/sessions/loaders";
import { addDays } from "@/lib/time";
import { journalDateFor } from "@/lib/time-zone";
import { findOpenShareLink, getShareAccessLog, listShareLinks } from "./data";
import { recordShareAccess } from "./mutations";
import { hashShareToken } from "./privacy/tokens";
import { pdfResponse } from "./render/pdf-response";
import { renderSummaryPdf } from "./render/summary-pdf";
import { type SummaryOptions, summaryOptionsSchema } from "./schema";
import { buildSummary } from "./summary/data";
import type { ShareSummary } from "./types";

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
    // Each problem once (a bad "from" and "to" share one message).
    optionErrors: parsed.success
      ? null
      : [...new Set(parsed.error.issues.map((issue) => issue.message))],
    links,
    preview,
  };
});

/** The access log of one of the person's links; null when it is not theirs. */
export const loadShareAccessLog = cache(async (id: string) => {
  const user = await requireUser();
  return getShareAccessLog({ userId: user.id, id });
});

// Longer than any token we issue; bounds the work an absurd URL can cause.
const MAX_TOKEN_LENGTH = 128;

/**
 * The summary a share token opens, recording the opening; null (answered with the same 404) for
 * an unknown, expired or revoked token, and for a client that has guessed too often. Every token
 * takes the same path: one indexed lookup by its hash.
 */
export async function openSharedSummary({
  token,
  kind,
}: {
  token: string;
  kind: "page" | "pdf";
}): Promise<ShareSummary | null> {
  const clientKey = clientKeyFrom(await headers());
  if (!(await isShareLookupAllowed({ clientKey }))) return null;
  const link = await findOpenShareLink({
    tokenHash: hashShareToken(token.slice(0, MAX_TOKEN_LENGTH)),
    now: new Date(),
  });
  if (!link) {
    await recordShareLookupMiss({ clientKey });
    return null;
  }
  await recordShareAccess({ shareLinkId: link.id, kind });
  // The owner's log says when a link was opened; nothing about who opened it.
  await recordAudit({ userId: link.userId, event: "SHARE_LINK_OPENED", detail: kind });
  if (link.mode === "SNAPSHOT" && link.snapshot) return link.snapshot as ShareSummary;
  return buildSummary({
    userId: link.userId,
    options: { from: link.from, to: link.to, ...link.options },
  });
}

/**
 * The answer to GET /api/share/pdf: the signed-in person's own summary as a PDF, for the options
 * in the query (as on the Share page). 401 without a session, 400 with the options' errors.
 */
export async function ownSummaryPdfResponse(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "UNAUTHORIZED" }, { status: 401 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = summaryOptionsSchema.safeParse(query);
  if (!parsed.success) {
    return Response.json(
      { error: "INVALID_OPTIONS", issues: parsed.error.issues.map((issue) => issue.message) },
      { status: 400 },
    );
  }
  const summary = await buildSummary({ userId: user.id, options: parsed.data });
  return pdfResponse({ pdf: await renderSummaryPdf(summary), summary });
}
