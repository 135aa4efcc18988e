import { encryptPlaintextRows } from "@/lib/crypto/mutations";
import { getPrisma } from "@/lib/db";
import { createExperiment } from "@/lib/experiments/mutations";
import { createExperimentSchema } from "@/lib/experiments/schema";
import { createMedication } from "@/lib/medications/mutations";
import type { CreateShareInput, SummaryOptions } from "@/lib/sharing/schema";
import { toDbDate } from "@/lib/time";
import { createTestUser } from "./factories";

/** Test-only: the sharing tests' journal, with a canary in every private part. */

export const NOTE_CANARY = "canary-note-7f3a";
export const NAME_CANARY = "Zelda Canarysson";
export const REFLECTION_CANARY = "canary-reflection-91bc";
export const LIFE_NOTE_CANARY = "canary-life-note-55aa";
export const EXPERIMENT_CANARY = "canary-experiment-3e1d";
export const MEDICATION_CANARY = "Canarymedol";

export const period = { from: "2026-05-01", to: "2026-05-31" };
export const privateOff: SummaryOptions = {
  ...period,
  includeNotes: false,
  includeReflections: false,
  includeExperiments: false,
  showNames: false,
  includeMedications: false,
};

export function linkInput(overrides: Partial<CreateShareInput> = {}): CreateShareInput {
  return { ...privateOff, expiresInDays: 14, mode: "LIVE", label: null, ...overrides };
}

/**
 * Alice's May 2026: 28 check-ins with notes (Zelda on every third day), a reflection, a life
 * event, an experiment and a medication taken every other day; Bob has nothing.
 */
export async function createSharingJournal() {
  const alice = await createTestUser();
  const bob = await createTestUser();
  const zelda = await getPrisma().tag.create({
    data: { userId: alice.id, kind: "PERSON", name: NAME_CANARY },
  });
  for (let day = 1; day <= 28; day++) {
    const date = toDbDate(`2026-05-${String(day).padStart(2, "0")}`);
    const withZelda = day % 3 === 0;
    await getPrisma().checkIn.create({
      data: {
        userId: alice.id,
        date,
        note: `${NOTE_CANARY} day ${day}`,
        redFlags: day === 5 ? ["FEVER"] : [],
        painEntries: {
          create: [
            {
              userId: alice.id,
              localDate: date,
              partOfDay: "MORNING",
              intensity: withZelda ? 8 : 4,
            },
            {
              userId: alice.id,
              localDate: date,
              partOfDay: "EVENING",
              intensity: withZelda ? 6 : 3,
            },
          ],
        },
        tagUses: withZelda
          ? { create: { userId: alice.id, tagId: zelda.id, localDate: date } }
          : undefined,
      },
    });
  }
  await getPrisma().reflection.create({
    data: {
      userId: alice.id,
      promptKey: "onset",
      promptText: "When did this pain begin?",
      answer: REFLECTION_CANARY,
      weekStart: toDbDate("2026-05-11"),
    },
  });
  await getPrisma().lifeEvent.create({
    data: {
      userId: alice.id,
      date: toDbDate("2026-05-10"),
      title: "Moved flat",
      category: "MOVE",
      note: LIFE_NOTE_CANARY,
    },
  });
  // Written straight in plain text, as an older version stored it; the start-up pass encrypts it.
  await encryptPlaintextRows();
  await createExperiment({
    userId: alice.id,
    data: createExperimentSchema.parse({
      changeKind: "rule",
      rule: EXPERIMENT_CANARY,
      outcome: "MORNING",
      blockDays: "2",
      pairs: "7",
      startDate: "2026-05-01",
    }),
  });
  // A medication taken on every other day (enough for its own comparison in the patterns).
  const { id: medicationId } = await createMedication({
    userId: alice.id,
    data: { name: MEDICATION_CANARY, usualDose: 400, unit: "mg" },
  });
  const days = await getPrisma().checkIn.findMany({
    where: { userId: alice.id },
    select: { id: true, date: true },
  });
  await getPrisma().medicationDose.createMany({
    data: days
      .filter((_, index) => index % 2 === 0)
      .map((day) => ({
        userId: alice.id,
        medicationId,
        checkInId: day.id,
        localDate: day.date,
        partOfDay: "MORNING" as const,
        takenAt: new Date(day.date.getTime() + 8 * 3_600_000),
        asNeeded: true,
        dose: 400,
        unit: "mg",
      })),
  });
  return { alice, bob };
}
