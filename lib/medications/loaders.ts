import "server-only";
import { randomUUID } from "node:crypto";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { listMedications } from "./data";

/**
 * Settings → Medications for the signed-in person (redirects to sign-in otherwise): the list,
 * archived ones last, and a request id for the add form (a double submit adds one).
 */
export const loadMyMedications = cache(async () => {
  const user = await requireUser();
  const medications = await listMedications({ userId: user.id, includeArchived: true });
  return { medications, requestId: randomUUID() };
});
