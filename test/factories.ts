import { randomUUID } from "node:crypto";
import { blindIndex, sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/sessions/types";

/** A fresh person with a unique email; the hash is a placeholder (no sign-in in these tests). */
export async function createTestUser({ timeZone = "Europe/Berlin" }: { timeZone?: string } = {}) {
  return getPrisma().user.create({
    data: { email: `test-${randomUUID()}@example.test`, passwordHash: "not-a-hash", timeZone },
    select: { id: true, email: true, timeZone: true },
  });
}

/** A fresh person with a real Session row, shaped as lib/sessions/loaders.ts hands it to actions. */
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

/** A tag stored as the app stores it: the name encrypted, with its keyed hash. */
/** A relief item with its name stored as the app stores it (encrypted, with its blind index). */
export async function createTestReliefItem({
  userId,
  name,
  builtinKey = null,
}: {
  userId: string;
  name: string;
  builtinKey?: string | null;
}) {
  return getPrisma().reliefItem.create({
    data: {
      userId,
      builtinKey,
      name: sealText({ field: "ReliefItem.name", userId, text: name }),
      nameIndex: blindIndex({ field: "ReliefItem.name", userId, text: name }),
    },
    select: { id: true },
  });
}

export async function createTestTag({
  userId,
  kind,
  name,
}: {
  userId: string;
  kind: "PERSON" | "CONTEXT" | "EMOTION";
  name: string;
}) {
  return getPrisma().tag.create({
    data: {
      userId,
      kind,
      name: sealText({ field: "Tag.name", userId, text: name }),
      nameIndex: blindIndex({ field: "Tag.name", userId, text: name }),
    },
    select: { id: true },
  });
}
