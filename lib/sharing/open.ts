import "server-only";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/mutations";
import { clientKeyFrom } from "@/lib/client-key";
import { isShareLookupAllowed, recordShareLookupMiss } from "@/lib/rate-limit";
import { findOpenShareLink } from "./data";
import { recordShareAccess } from "./mutations";
import { buildSummary } from "./summary";
import { hashShareToken } from "./tokens";
import type { ShareSummary } from "./types";

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
