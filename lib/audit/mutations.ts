import "server-only";
import { getPrisma } from "@/lib/db";
import { errorFields, log } from "@/lib/log";
import { networkOf } from "./request/network";
import type { AuditEvent } from "./types";

/** Kept for a year; older entries are dropped when the person's next entry is written. */
const RETENTION_MS = 365 * 24 * 60 * 60 * 1000;

export type AuditContext = {
  /** Coarse browser and system (lib/sessions/display/device.ts). */
  device?: string | null;
  /** The client's address (lib/client-key.ts); only its network is stored. */
  clientKey?: string | null;
};

/**
 * Adds an entry to the person's activity log. `detail` must be a fixed word chosen by the code
 * (a format, "pdf"), never anything a person typed.
 */
export async function recordAudit({
  userId,
  event,
  context = {},
  detail = null,
  now = new Date(),
}: {
  userId: string;
  event: AuditEvent;
  context?: AuditContext;
  detail?: string | null;
  now?: Date;
}) {
  const prisma = getPrisma();
  await prisma.$transaction([
    prisma.auditEntry.deleteMany({
      where: { userId, at: { lt: new Date(now.getTime() - RETENTION_MS) } },
    }),
    prisma.auditEntry.create({
      data: {
        userId,
        event,
        at: now,
        device: context.device ?? null,
        network: networkOf(context.clientKey),
        detail,
      },
      select: { id: true },
    }),
  ]);
}

/**
 * The same, without making the caller wait or fail: for events on paths whose timing must not
 * depend on it (a failed sign-in must take as long for a known email as for an unknown one).
 */
export function recordAuditInBackground(entry: Parameters<typeof recordAudit>[0]) {
  recordAudit(entry).catch((error: unknown) => {
    log.error({ event: entry.event, ...errorFields(error) }, "audit entry not recorded");
  });
}
