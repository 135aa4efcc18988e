import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/lib/sessions/types";
import { calendarDateFor } from "@/lib/time-zone";
import { createSignedInUser } from "@/test/factories";

// The session and Next's request-bound helpers are the only things replaced: the actions run
// against the real database.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/sessions/loaders", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
}));

const {
  clearJournalAction,
  createQuickLogAction,
  deleteDayAction,
  deleteQuickLogAction,
  loadSampleDataAction,
  saveCheckInAction,
} = await import("./actions");
const { getCheckIn, isJournalEmpty } = await import("./data");
const { listQuickLogs } = await import("./quick-log/data");
const { emptyCheckInDraft } = await import("./draft/check-in-draft");

const payload = (value: unknown) => {
  const formData = new FormData();
  formData.set("payload", JSON.stringify(value));
  return formData;
};
const fields = (values: Record<string, string>) => {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values)) formData.set(name, value);
  return formData;
};
const initial = { ok: false };

beforeEach(() => {
  session.user = null;
});

describe("saveCheckInAction", () => {
  test("without a session it saves nothing", async () => {
    const result = await saveCheckInAction(initial, payload(emptyCheckInDraft("2026-10-01")));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/session has ended/),
    });
  });

  test("returns field errors keyed by path, and saves nothing", async () => {
    session.user = await createSignedInUser();
    const draft = emptyCheckInDraft("2026-10-01");
    draft.parts.MORNING.intensity = 12;
    draft.sittingHours = "lots";
    const result = await saveCheckInAction(initial, payload(draft));
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "parts.MORNING.intensity",
      "sittingHours",
    ]);
    expect(await getCheckIn({ userId: session.user.id, date: "2026-10-01" })).toBeNull();
    const unreadable = await saveCheckInAction(initial, fields({ payload: "{not json" }));
    expect(unreadable).toMatchObject({
      ok: false,
      message: expect.stringMatching(/could not be read/),
    });
  });

  test("refuses a date that has not begun in the person's own zone", async () => {
    session.user = await createSignedInUser({ timeZone: "Pacific/Pago_Pago" });
    // Kiritimati (UTC+14) is always a calendar day ahead of Pago Pago (UTC−11).
    const date = calendarDateFor(new Date(), "Pacific/Kiritimati");
    const result = await saveCheckInAction(initial, payload(emptyCheckInDraft(date)));
    expect(result.fieldErrors).toEqual({ date: ["That day hasn't happened yet."] });
  });

  test("saves for the signed-in person; saving again keeps one check-in", async () => {
    const user = await createSignedInUser();
    session.user = user;
    const draft = emptyCheckInDraft("2026-10-01");
    draft.parts.EVENING.intensity = 4;
    draft.redFlags = ["BOTH_LEGS_WEAK"];
    const first = await saveCheckInAction(initial, payload(draft));
    expect(first).toMatchObject({
      ok: true,
      savedDate: "2026-10-01",
      hasUrgentRedFlag: true,
      message: "Saved for Thursday 1 October 2026.",
    });
    const second = await saveCheckInAction(first, payload(draft));
    expect(second.ok).toBe(true);
    const saved = await getCheckIn({ userId: user.id, date: "2026-10-01" });
    expect(saved?.parts.EVENING?.intensity).toBe(4);
  });
});

describe("quick log and delete actions", () => {
  test("a quick log is stored once per request id, in the person's zone", async () => {
    const user = await createSignedInUser({ timeZone: "Asia/Kolkata" });
    session.user = user;
    const draft = { requestId: randomUUID(), intensity: 5, areas: ["NECK"], tags: [] };
    const [a, b] = await Promise.all([
      createQuickLogAction(initial, payload(draft)),
      createQuickLogAction(initial, payload(draft)),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.saved?.id).toBe(b.saved?.id);
    expect(a.message).toMatch(/^Logged: 5 out of 10, (morning|afternoon|evening|night) of /);
    expect(await listQuickLogs({ userId: user.id })).toHaveLength(1);
    const invalid = await createQuickLogAction(initial, payload({ ...draft, intensity: -1 }));
    expect(Object.keys(invalid.fieldErrors ?? {})).toEqual(["intensity"]);
  });

  test("user B's delete actions cannot touch user A's day or quick log", async () => {
    const a = await createSignedInUser();
    const b = await createSignedInUser();
    session.user = a;
    await saveCheckInAction(initial, payload(emptyCheckInDraft("2026-10-02")));
    const log = await createQuickLogAction(
      initial,
      payload({ requestId: randomUUID(), intensity: 2, areas: [], tags: [] }),
    );
    session.user = b;
    expect(await deleteDayAction(initial, fields({ date: "2026-10-02" }))).toMatchObject({
      ok: false,
    });
    expect(await deleteQuickLogAction(initial, fields({ id: log.saved?.id ?? "" }))).toMatchObject({
      ok: false,
    });
    expect(await clearJournalAction(initial, fields({ confirm: "delete" }))).toMatchObject({
      ok: true,
    });
    expect(await getCheckIn({ userId: a.id, date: "2026-10-02" })).not.toBeNull();
    expect(await listQuickLogs({ userId: a.id })).toHaveLength(1);

    session.user = a;
    expect(await clearJournalAction(initial, fields({ confirm: "yes" }))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ["Type delete to confirm."] },
    });
    expect(await deleteDayAction(initial, fields({ date: "2026-10-02" }))).toMatchObject({
      ok: true,
    });
    expect(await getCheckIn({ userId: a.id, date: "2026-10-02" })).toBeNull();
  });

  test("sample data fills an empty journal once, then says why it did nothing", async () => {
    session.user = await createSignedInUser();
    await expect(loadSampleDataAction(initial)).rejects.toThrow("redirect:/journal?sample=1");
    expect(await isJournalEmpty({ userId: session.user.id })).toBe(false);
    expect(await loadSampleDataAction(initial)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already has entries/),
    });
  });
});
