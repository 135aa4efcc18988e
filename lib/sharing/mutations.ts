import "server-only";
import { sealJson, sealOptional } from "@/lib/crypto/sealing/fields";
import { getPrisma, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toDbDate } from "@/lib/time";
import { createShareToken, hashShareToken } from "./privacy/tokens";
import type { CreateShareInput } from "./schema";
import type { ShareSummary } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates a share link and returns its token: the only time the token exists outside the
 * recipient's hands (only its hash is stored). A frozen link stores its summary now.
 *
 * A `requestId` the person already created a link with creates nothing: the answer to that
 * request never arrived (or it was sent twice), so the same link gets a new token, returned
 * here, and the earlier token stops working. A revoked link stays revoked (`isRevoked`).
 */
export async function createShareLink({
  userId,
  input,
  snapshot,
  requestId = null,
  now = new Date(),
}: {
  userId: string;
  input: CreateShareInput;
  snapshot: ShareSummary | null;
  requestId?: string | null;
  now?: Date;
}): Promise<{ id: string; token: string; expiresAt: string; isReplay: boolean }> {
  const prisma = getPrisma();
  const token = createShareToken();
  const reissue = async () => {
    if (!requestId) return null;
    const [link] = await prisma.shareLink.updateManyAndReturn({
      where: { userId, requestId, revokedAt: null },
      data: { tokenHash: hashShareToken(token) },
      select: { id: true, expiresAt: true },
    });
    return link
      ? { id: link.id, token, expiresAt: link.expiresAt.toISOString(), isReplay: true }
      : null;
  };
  const earlier = await reissue();
  if (earlier) return earlier;
  try {
    const link = await prisma.shareLink.create({
      data: {
        userId,
        requestId,
        tokenHash: hashShareToken(token),
        label: sealOptional({ field: "ShareLink.label", userId, text: input.label }),
        mode: input.mode,
        periodStart: toDbDate(input.from),
        periodEnd: toDbDate(input.to),
        options: {
          includeNotes: input.includeNotes,
          includeReflections: input.includeReflections,
          includeExperiments: input.includeExperiments,
          showNames: input.showNames,
          includeMedications: input.includeMedications,
        },
        // The frozen summary holds notes and names when the person chose to include them.
        snapshot:
          input.mode === "SNAPSHOT"
            ? sealJson({ field: "ShareLink.snapshot", userId, json: snapshot })
            : null,
        expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
      },
      select: { id: true, expiresAt: true },
    });
    return { id: link.id, token, expiresAt: link.expiresAt.toISOString(), isReplay: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Sent twice at once (the other copy created it), or created and revoked already.
    const other = await reissue();
    if (other) return other;
    throw new AppError("CONFLICT");
  }
}

/** Revokes one of the person's links at once. Returns false when there is no such link of theirs. */
export async function revokeShareLink({
  userId,
  id,
  now = new Date(),
}: {
  userId: string;
  id: string;
  now?: Date;
}) {
  const result = await getPrisma().shareLink.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return result.count === 1;
}

/** Records that a link was opened (page or PDF). No address or other detail of the visitor. */
export async function recordShareAccess({
  shareLinkId,
  kind,
}: {
  shareLinkId: string;
  kind: "page" | "pdf";
}) {
  await getPrisma().shareAccess.create({ data: { shareLinkId, kind } });
}
