import { describe, expect, test } from "vitest";
import { saveCheckIn } from "@/lib/journal/check-in/mutations";
import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { checkInSchema } from "@/lib/journal/schema";
import type { RedFlag } from "@/lib/journal/vocabulary/red-flags";
import { createTestUser } from "@/test/factories";
import { listRedFlagDays } from "./data";

async function checkIn(userId: string, date: string, redFlags: RedFlag[]) {
  const draft = emptyCheckInDraft(date);
  draft.parts.MORNING = { intensity: 5, areas: [], qualities: [] };
  draft.redFlags = redFlags;
  await saveCheckIn({ userId, data: checkInSchema.parse(draft) });
}

describe("listRedFlagDays", () => {
  test("only the person's days with symptoms, newest first", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    await checkIn(a.id, "2026-10-01", ["WORSE_AT_NIGHT"]);
    await checkIn(a.id, "2026-10-02", []);
    await checkIn(a.id, "2026-10-03", ["SADDLE_NUMBNESS", "FEVER"]);
    await checkIn(b.id, "2026-10-04", ["BOTH_LEGS_WEAK"]);
    expect(await listRedFlagDays({ userId: a.id })).toEqual([
      { date: "2026-10-03", redFlags: ["SADDLE_NUMBNESS", "FEVER"] },
      { date: "2026-10-01", redFlags: ["WORSE_AT_NIGHT"] },
    ]);
    expect(await listRedFlagDays({ userId: b.id })).toEqual([
      { date: "2026-10-04", redFlags: ["BOTH_LEGS_WEAK"] },
    ]);
  });
});
