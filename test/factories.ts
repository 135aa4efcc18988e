import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";

/** A fresh person with a unique email; the hash is a placeholder (no sign-in in these tests). */
export async function createTestUser({ timeZone = "Europe/Berlin" }: { timeZone?: string } = {}) {
  return getPrisma().user.create({
    data: { email: `test-${randomUUID()}@example.test`, passwordHash: "not-a-hash", timeZone },
    select: { id: true, email: true, timeZone: true },
  });
}

/** A fresh person with a real Session row, shaped as lib/session.ts hands it to actions. */
export async function createSignedInUser(
  options: { timeZone?: string } = {},
): Promise<CurrentUser> {
  const user = await createTestUser(options);
  const session = await getPrisma().session.create({
    data: { userId: user.id, device: "Test browser" },
    select: { id: true },
  });
  return { ...user, sessionId: session.id };
}
