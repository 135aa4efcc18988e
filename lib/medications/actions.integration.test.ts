import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/lib/sessions/types";
import { createSignedInUser } from "@/test/factories";

// Only the session and Next's request-bound helpers are replaced: the actions run against the
// real database, as the offline outbox replays them (lib/offline/outbox/sync.ts sends the kept payload).
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/sessions/loaders", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { archiveMedicationAction, createMedicationAction, updateMedicationAction } = await import(
  "./actions"
);
const { saveCheckInAction, createQuickLogAction } = await import("@/lib/journal/actions");
const { getCheckIn } = await import("@/lib/journal/data");
const { listQuickLogs } = await import("@/lib/journal/quick-log/data");
const { emptyCheckInDraft, newRequestId } = await import("@/lib/journal/draft/check-in-draft");
const { listMedications } = await import("./data");

const fields = (values: Record<string, string>) => {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values)) formData.set(name, value);
  return formData;
};
const payload = (value: unknown) => fields({ payload: JSON.stringify(value) });
const initial = { ok: false };

beforeEach(() => {
  session.user = null;
});

describe("medication actions", () => {
  test("without a session nothing is added; a bad form gets field errors and keeps what was typed", async () => {
    const add = fields({
      name: "Ibuprofen",
      usualDose: "400",
      unit: "mg",
      requestId: randomUUID(),
    });
    expect(await createMedicationAction(initial, add)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/session has ended/),
    });
    session.user = await createSignedInUser();
    const bad = await createMedicationAction(
      initial,
      fields({ name: "Ibuprofen", usualDose: "lots", unit: "mg" }),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { usualDose: [expect.stringMatching(/^Enter the dose/)] },
      values: { name: "Ibuprofen", usualDose: "lots", unit: "mg" },
    });
    expect(await listMedications({ userId: session.user.id })).toEqual([]);
  });

  test("a double submit adds one; another person's id is 'not found' for change and archive", async () => {
    const owner = await createSignedInUser();
    session.user = owner;
    const add = fields({
      name: "Naproxen",
      usualDose: "",
      unit: "tablets",
      requestId: randomUUID(),
    });
    expect(await createMedicationAction(initial, add)).toMatchObject({ ok: true });
    expect(await createMedicationAction(initial, add)).toMatchObject({ ok: true });
    const [medication] = await listMedications({ userId: owner.id });
    expect(await listMedications({ userId: owner.id })).toHaveLength(1);

    session.user = await createSignedInUser();
    const id = medication?.id ?? "";
    const change = fields({ id, name: "Mine now", usualDose: "1", unit: "mg" });
    expect(await updateMedicationAction(initial, change)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not found/),
    });
    expect(await archiveMedicationAction(initial, fields({ id, archive: "true" }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not found/),
    });
    expect(await listMedications({ userId: owner.id })).toMatchObject([
      { name: "Naproxen", isArchived: false },
    ]);
  });

  test("a check-in and a quick log sent as the form (or the offline outbox) sends them store their doses once", async () => {
    const user = await createSignedInUser({ timeZone: "Europe/Berlin" });
    session.user = user;
    await createMedicationAction(
      initial,
      fields({ name: "Ibuprofen", usualDose: "400", unit: "mg" }),
    );
    const [medication] = await listMedications({ userId: user.id });
    const dose = {
      medicationId: medication?.id,
      name: "Ibuprofen",
      dose: "400",
      unit: "mg",
      time: "21:15",
      asNeeded: true,
    };
    const draft = {
      ...emptyCheckInDraft("2026-10-01"),
      requestId: newRequestId(),
      baseVersion: null,
      medications: [dose],
    };
    draft.parts.EVENING.intensity = 6;
    expect(await saveCheckInAction(initial, payload(draft))).toMatchObject({ ok: true });
    // The outbox sends the same payload again when an answer was lost: stored once.
    expect(await saveCheckInAction(initial, payload(draft))).toMatchObject({ ok: true });
    const day = await getCheckIn({ userId: user.id, date: "2026-10-01" });
    expect(day?.medications).toMatchObject([{ time: "21:15", partOfDay: "EVENING", dose: 400 }]);

    const log = {
      requestId: newRequestId(),
      loggedAt: new Date(Date.now() - 3_600_000).toISOString(),
      intensity: 5,
      areas: [],
      tags: [],
      medications: [{ ...dose, time: "" }],
    };
    expect(await createQuickLogAction(initial, payload(log))).toMatchObject({ ok: true });
    expect(await createQuickLogAction(initial, payload(log))).toMatchObject({ ok: true });
    const logs = await listQuickLogs({ userId: user.id });
    expect(logs).toHaveLength(1);
    expect(logs[0]?.medications).toHaveLength(1);
    expect(logs[0]?.medications[0]?.takenAt).toBe(logs[0]?.occurredAt);
  });
});
