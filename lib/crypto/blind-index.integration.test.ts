import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { saveCheckIn } from "@/lib/journal/check-in/mutations";
import { listTags } from "@/lib/journal/data";
import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { createQuickLog } from "@/lib/journal/quick-log/mutations";
import { checkInSchema, quickLogSchema } from "@/lib/journal/schema";
import { createTotpSecret } from "@/lib/two-factor/codes/totp";
import { getTotpState } from "@/lib/two-factor/data";
import { startTotpSetup } from "@/lib/two-factor/mutations";
import { createTestUser } from "@/test/factories";
import { rawDatabaseText } from "@/test/raw-database";
import { encryptPlaintextRows } from "./mutations";

// The two-step secret at rest, and the blind index that lets an encrypted name match.
describe("health text at rest: secrets and names", () => {
  test("the two-step secret is stored encrypted; one left in plain text is encrypted at start", async () => {
    const user = await createTestUser();
    const secret = createTotpSecret();
    await startTotpSetup({ userId: user.id, secret });
    expect(await rawDatabaseText()).not.toContain(secret);
    expect((await getTotpState({ userId: user.id })).secret).toBe(secret);

    const legacy = await createTestUser();
    const legacySecret = createTotpSecret();
    await getPrisma().user.update({
      where: { id: legacy.id },
      data: { totpSecret: legacySecret, totpEnabledAt: new Date() },
    });
    expect(await rawDatabaseText()).toContain(legacySecret);
    expect(await encryptPlaintextRows()).toMatchObject({ User: 1 });
    expect(await rawDatabaseText()).not.toContain(legacySecret);
    expect(await getTotpState({ userId: legacy.id })).toMatchObject({
      isEnabled: true,
      secret: legacySecret,
    });
  });

  test("a name matches in any case through its blind index: check-ins, quick logs, Unicode too", async () => {
    const user = await createTestUser();
    const save = async (date: string, name: string) => {
      const draft = emptyCheckInDraft(date);
      draft.parts.EVENING = { intensity: 3, areas: [], qualities: [] };
      draft.tags = [{ kind: "PERSON", name, partOfDay: null }];
      await saveCheckIn({ userId: user.id, data: checkInSchema.parse(draft) });
    };
    await save("2026-06-01", "Zoë Åberg");
    await save("2026-06-02", "ZOË ÅBERG");
    await save("2026-06-03", "zoë åberg");
    await createQuickLog({
      userId: user.id,
      timeZone: "Europe/Berlin",
      data: quickLogSchema.parse({
        requestId: randomUUID(),
        intensity: 4,
        areas: [],
        tags: [{ kind: "PERSON", name: "zOË åBERG" }],
      }),
    });
    const tags = await listTags({ userId: user.id });
    expect(tags).toEqual([{ id: expect.any(String), kind: "PERSON", name: "Zoë Åberg" }]);
    expect(await getPrisma().tagUse.count({ where: { userId: user.id, tagId: tags[0]?.id } })).toBe(
      4,
    );
    // The same name is another person's own tag, with another hash.
    const other = await createTestUser();
    await saveCheckIn({
      userId: other.id,
      data: checkInSchema.parse({
        ...emptyCheckInDraft("2026-06-01"),
        tags: [{ kind: "PERSON", name: "Zoë Åberg", partOfDay: null }],
      }),
    });
    const hashes = await getPrisma().tag.findMany({
      where: { userId: { in: [user.id, other.id] } },
      select: { nameIndex: true },
    });
    expect(new Set(hashes.map((row) => row.nameIndex)).size).toBe(2);
  });
});
