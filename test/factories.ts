import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db";

/** A fresh person with a unique email; the hash is a placeholder (no sign-in in these tests). */
export async function createTestUser({ timeZone = "Europe/Berlin" }: { timeZone?: string } = {}) {
  return getPrisma().user.create({
    data: { email: `test-${randomUUID()}@example.test`, passwordHash: "not-a-hash", timeZone },
    select: { id: true, email: true, timeZone: true },
  });
}
