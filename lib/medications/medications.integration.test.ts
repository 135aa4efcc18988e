import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { deleteAccount } from "@/lib/accounts/mutations";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveCheckIn } from "@/lib/journal/check-in/mutations";
import { getCheckIn, getCheckInFormData } from "@/lib/journal/data";
import { emptyCheckInDraft, withPreviousTagsAndRelief } from "@/lib/journal/draft/check-in-draft";
import { listQuickLogs } from "@/lib/journal/quick-log/data";
import { createQuickLog } from "@/lib/journal/quick-log/mutations";
import { checkInSchema, quickLogSchema } from "@/lib/journal/schema";
import { createTestUser } from "@/test/factories";
import { listMedications } from "./data";
import { createMedication, setMedicationArchived, updateMedication } from "./mutations";
import { medicationSchema } from "./schema";

const medication = (name: string, usualDose = "400", unit = "mg") =>
  medicationSchema.parse({ name, usualDose, unit });

async function addMedication(userId: string, name = "Ibuprofen") {
  const { id } = await createMedication({ userId, data: medication(name) });
  return id;
}

const checkIn = (date: string, medications: unknown[]) =>
  checkInSchema.parse({
    date,
    parts: {
      MORNING: { intensity: 6, areas: [], qualities: [] },
      AFTERNOON: { intensity: null, areas: [], qualities: [] },
      EVENING: { intensity: null, areas: [], qualities: [] },
      NIGHT: { intensity: null, areas: [], qualities: [] },
    },
    stress: null,
    sleepQuality: null,
    sittingHours: "",
    note: "",
    redFlags: [],
    tags: [],
    relief: [],
    medications,
  });

const dose = (medicationId: string, time: string, change: Record<string, unknown> = {}) => ({
  medicationId,
  name: "shown only",
  dose: "400",
  unit: "mg",
  time,
  asNeeded: false,
  ...change,
});

describe("the medication list", () => {
  test("is the person's own, names decrypted, in use first, archived ones last", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const ibuprofen = await addMedication(user.id, "Ibuprofen");
    const naproxen = await addMedication(user.id, "Naproxen");
    await addMedication(other.id, "Other person's pill");
    expect(await setMedicationArchived({ userId: user.id, id: naproxen, isArchived: true })).toBe(
      true,
    );
    expect(await listMedications({ userId: user.id })).toEqual([
      {
        id: ibuprofen,
        name: "Ibuprofen",
        usualDose: 400,
        unit: "mg",
        isArchived: false,
        uses: 0,
        lastUsed: null,
      },
    ]);
    const all = await listMedications({ userId: user.id, includeArchived: true });
    expect(all.map((m) => [m.name, m.isArchived])).toEqual([
      ["Ibuprofen", false],
      ["Naproxen", true],
    ]);
  });

  test("names are encrypted at rest: the raw table holds neither the name nor its lower case", async () => {
    const user = await createTestUser();
    const canary = `Canarymed-${randomUUID()}`;
    await addMedication(user.id, canary);
    const rows = await getPrisma().$queryRaw<{ row: string }[]>`
      SELECT m::text AS row FROM "Medication" m WHERE m."userId" = ${user.id}::uuid`;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.row).not.toContain(canary);
    expect(rows[0]?.row.toLowerCase()).not.toContain(canary.toLowerCase());
    expect(rows[0]?.row).toContain("enc:v1:");
  });

  test("a double submit (same request id) adds one; the same name in another case is refused", async () => {
    const user = await createTestUser();
    const requestId = randomUUID();
    const [first, second] = await Promise.all([
      createMedication({ userId: user.id, data: medication("Paracetamol"), requestId }),
      createMedication({ userId: user.id, data: medication("Paracetamol"), requestId }),
    ]);
    expect(first.id).toBe(second.id);
    expect(await getPrisma().medication.count({ where: { userId: user.id } })).toBe(1);
    await expect(
      createMedication({ userId: user.id, data: medication("PARACETAMOL") }),
    ).rejects.toEqual(new AppError("CONFLICT"));
    // Another person may have the same name.
    const other = await createTestUser();
    await expect(addMedication(other.id, "Paracetamol")).resolves.toEqual(expect.any(String));
  });

  test("another person's medication id is not found: not changed, not archived", async () => {
    const owner = await createTestUser();
    const intruder = await createTestUser();
    const id = await addMedication(owner.id, "Ibuprofen");
    expect(
      await updateMedication({ userId: intruder.id, id, data: medication("Renamed", "1", "g") }),
    ).toBe(false);
    expect(await setMedicationArchived({ userId: intruder.id, id, isArchived: true })).toBe(false);
    const [stored] = await listMedications({ userId: owner.id, includeArchived: true });
    expect(stored).toMatchObject({
      name: "Ibuprofen",
      usualDose: 400,
      unit: "mg",
      isArchived: false,
    });
    expect(
      await updateMedication({ userId: owner.id, id, data: medication("Ibuprofen", "", "ml") }),
    ).toBe(true);
    expect((await listMedications({ userId: owner.id }))[0]).toMatchObject({
      usualDose: null,
      unit: "ml",
    });
  });
});

describe("doses in the check-in", () => {
  test("are stored with their moment in the person's zone; a time before 4 a.m. is that night", async () => {
    const user = await createTestUser({ timeZone: "America/New_York" });
    const id = await addMedication(user.id);
    const saved = await saveCheckIn({
      userId: user.id,
      timeZone: user.timeZone,
      data: checkIn("2026-10-20", [
        dose(id, "08:30", { asNeeded: true, dose: "2,5", unit: "tablets" }),
        dose(id, "01:30"),
      ]),
    });
    expect(saved.status).toBe("saved");
    const read = await getCheckIn({ userId: user.id, date: "2026-10-20" });
    expect(read?.medications).toEqual([
      {
        medicationId: id,
        name: "Ibuprofen",
        dose: 2.5,
        unit: "tablets",
        asNeeded: true,
        takenAt: "2026-10-20T12:30:00.000Z",
        time: "08:30",
        partOfDay: "MORNING",
      },
      {
        medicationId: id,
        name: "Ibuprofen",
        dose: 400,
        unit: "mg",
        asNeeded: false,
        // 01:30 EDT on 21 October: the night of the 20th.
        takenAt: "2026-10-21T05:30:00.000Z",
        time: "01:30",
        partOfDay: "NIGHT",
      },
    ]);
    expect((await listMedications({ userId: user.id }))[0]).toMatchObject({
      uses: 2,
      lastUsed: "2026-10-20",
    });
  });

  test("saving again replaces the doses; another person's medication id is ignored", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const mine = await addMedication(user.id);
    const theirs = await addMedication(other.id, "Theirs");
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-20", [dose(mine, "08:00"), dose(theirs, "09:00")]),
    });
    let read = await getCheckIn({ userId: user.id, date: "2026-10-20" });
    expect(read?.medications.map((d) => d.medicationId)).toEqual([mine]);
    await saveCheckIn({ userId: user.id, data: checkIn("2026-10-20", [dose(mine, "20:00")]) });
    read = await getCheckIn({ userId: user.id, date: "2026-10-20" });
    expect(read?.medications.map((d) => [d.time, d.partOfDay])).toEqual([["20:00", "EVENING"]]);
    expect(await getPrisma().medicationDose.count({ where: { userId: other.id } })).toBe(0);
  });

  test("a retried save (same request id) stores the doses once; an archived medication stays on its days", async () => {
    const user = await createTestUser();
    const id = await addMedication(user.id);
    const data = { ...checkIn("2026-10-21", [dose(id, "08:00")]), requestId: randomUUID() };
    await Promise.all([
      saveCheckIn({ userId: user.id, data }),
      saveCheckIn({ userId: user.id, data }),
    ]);
    expect(await getPrisma().medicationDose.count({ where: { userId: user.id } })).toBe(1);
    await setMedicationArchived({ userId: user.id, id, isArchived: true });
    const read = await getCheckIn({ userId: user.id, date: "2026-10-21" });
    expect(read?.medications.map((d) => d.name)).toEqual(["Ibuprofen"]);
  });

  test("'same as last night' offers last night's doses of medications still in use, saved again tonight", async () => {
    const user = await createTestUser();
    const ibuprofen = await addMedication(user.id, "Ibuprofen");
    const naproxen = await addMedication(user.id, "Naproxen");
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-20", [
        dose(ibuprofen, "08:30", { asNeeded: true }),
        dose(ibuprofen, "20:00", { dose: "200" }),
        dose(naproxen, "09:00"),
      ]),
    });
    // Naproxen stopped since: its dose is not offered again.
    await setMedicationArchived({ userId: user.id, id: naproxen, isArchived: true });
    const form = await getCheckInFormData({ userId: user.id, date: "2026-10-21" });
    expect(form.previous?.medications.map((d) => [d.name, d.dose, d.time, d.asNeeded])).toEqual([
      ["Ibuprofen", 400, "08:30", true],
      ["Ibuprofen", 200, "20:00", false],
    ]);
    if (!form.previous) throw new Error("expected last night");
    // What the button does, then a save: tonight holds the same doses at tonight's moments.
    const copied = withPreviousTagsAndRelief(emptyCheckInDraft("2026-10-21"), form.previous);
    await saveCheckIn({ userId: user.id, data: checkInSchema.parse(copied) });
    const tonight = await getCheckIn({ userId: user.id, date: "2026-10-21" });
    expect(tonight?.medications.map((d) => [d.name, d.dose, d.takenAt, d.asNeeded])).toEqual([
      ["Ibuprofen", 400, "2026-10-21T06:30:00.000Z", true],
      ["Ibuprofen", 200, "2026-10-21T18:00:00.000Z", false],
    ]);
    // Another person's check-in form offers none of it.
    const other = await createTestUser();
    const theirs = await getCheckInFormData({ userId: other.id, date: "2026-10-21" });
    expect(theirs.previous).toBeNull();
  });
});

describe("doses with a quick log", () => {
  test("a blank time is the log's moment; a time given is on the log's day; others' ids are ignored", async () => {
    const user = await createTestUser({ timeZone: "Europe/Berlin" });
    const other = await createTestUser();
    const mine = await addMedication(user.id);
    const theirs = await addMedication(other.id, "Theirs");
    const saved = await createQuickLog({
      userId: user.id,
      timeZone: user.timeZone,
      now: new Date("2026-11-24T14:10:00Z"),
      data: quickLogSchema.parse({
        requestId: randomUUID(),
        intensity: 7,
        areas: [],
        tags: [],
        medications: [dose(mine, "", { asNeeded: true }), dose(mine, "09:00"), dose(theirs, "")],
      }),
    });
    expect(saved.medications.map((d) => [d.time, d.partOfDay, d.asNeeded])).toEqual([
      ["09:00", "MORNING", false],
      ["15:10", "AFTERNOON", true],
    ]);
    const [read] = await listQuickLogs({ userId: user.id });
    expect(read?.medications).toEqual(saved.medications);
  });
});

test("deleting the account removes its medications and doses", async () => {
  const user = await createTestUser();
  const id = await addMedication(user.id);
  await saveCheckIn({ userId: user.id, data: checkIn("2026-10-20", [dose(id, "08:00")]) });
  expect(await deleteAccount({ userId: user.id })).toBe(true);
  expect(await getPrisma().medication.count({ where: { userId: user.id } })).toBe(0);
  expect(await getPrisma().medicationDose.count({ where: { userId: user.id } })).toBe(0);
});
