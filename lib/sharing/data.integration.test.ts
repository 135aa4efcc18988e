import { expect, test } from "vitest";
import { sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import { instantAt } from "@/lib/time-zone";
import { createTestUser } from "@/test/factories";
import { listReflectionsInPeriod } from "./data";

async function writeReflection({ userId, at }: { userId: string; at: Date }) {
  await getPrisma().reflection.create({
    data: {
      userId,
      promptKey: "onset",
      promptText: sealText({ field: "Reflection.promptText", userId, text: "When did it begin?" }),
      answer: sealText({ field: "Reflection.answer", userId, text: "After the move." }),
      weekStart: toDbDate("2026-05-11"),
      createdAt: at,
    },
  });
}

test("a reflection is dated by the person's own calendar, not by UTC", async () => {
  const west = await createTestUser({ timeZone: "America/Los_Angeles" });
  // 22:30 on Tuesday evening in Los Angeles is already Wednesday 05:30 in UTC.
  await writeReflection({
    userId: west.id,
    at: instantAt({ date: "2026-05-12", hour: 22, minute: 30, timeZone: "America/Los_Angeles" }),
  });

  const east = await createTestUser({ timeZone: "Pacific/Auckland" });
  // 08:00 on Wednesday morning in Auckland is still Tuesday 20:00 in UTC.
  await writeReflection({
    userId: east.id,
    at: instantAt({ date: "2026-05-13", hour: 8, timeZone: "Pacific/Auckland" }),
  });

  const period = { from: "2026-05-01", to: "2026-05-31" };
  const [fromWest] = await listReflectionsInPeriod({ userId: west.id, ...period });
  const [fromEast] = await listReflectionsInPeriod({ userId: east.id, ...period });
  expect(fromWest).toMatchObject({ date: "2026-05-12", answer: "After the move." });
  expect(fromEast).toMatchObject({ date: "2026-05-13", answer: "After the move." });
});
