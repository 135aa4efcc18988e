import { afterEach, beforeEach, expect, test, vi } from "vitest";
import type { OutboxEntry } from "./outbox";

// The phone's outbox in memory, and the two server actions that receive what it sends.
const kept = new Map<string, OutboxEntry>();
const received: string[] = [];

vi.mock("./outbox", () => ({
  listOutbox: async (userId: string) =>
    [...kept.values()].filter((entry) => entry.userId === userId),
  removeFromOutbox: async (requestId: string) => {
    kept.delete(requestId);
  },
  putInOutbox: async (entry: OutboxEntry) => {
    kept.set(entry.requestId, entry);
  },
}));

vi.mock("@/lib/journal/actions", () => {
  // Each answer takes a little while, as a request does: long enough for calls to overlap.
  const answer = async (formData: FormData) => {
    received.push(String(formData.get("payload")));
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { ok: true };
  };
  return {
    saveCheckInAction: async (_previous: unknown, formData: FormData) => answer(formData),
    createQuickLogAction: async (_previous: unknown, formData: FormData) => answer(formData),
  };
});

function entry(requestId: string, kind: OutboxEntry["kind"]): OutboxEntry {
  return {
    requestId,
    kind,
    userId: "person",
    checkInDate: kind === "check-in" ? "2026-11-29" : null,
    payload: JSON.stringify({ requestId }),
    savedAt: `2026-11-29T21:0${requestId.length}:00.000Z`,
  };
}

beforeEach(() => {
  kept.clear();
  received.length = 0;
  vi.stubGlobal("navigator", { onLine: true });
  vi.stubGlobal("window", new EventTarget());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test("the online event, Background Sync and a page load firing together send each save once, and count it once", async () => {
  const { sendOutbox } = await import("./sync");
  kept.set("a", entry("a", "check-in"));
  kept.set("bb", entry("bb", "quick-log"));

  const results = await Promise.all([
    sendOutbox("person"),
    sendOutbox("person"),
    sendOutbox("person"),
  ]);

  expect(received.sort()).toEqual([
    JSON.stringify({ requestId: "a" }),
    JSON.stringify({ requestId: "bb" }),
  ]);
  expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(2);
  expect(kept.size).toBe(0);
});

test("offline, nothing is sent and everything is reported waiting", async () => {
  const { sendOutbox } = await import("./sync");
  vi.stubGlobal("navigator", { onLine: false });
  kept.set("a", entry("a", "check-in"));

  expect(await sendOutbox("person")).toEqual({ sent: 0, waiting: 1, conflicts: [] });
  expect(received).toEqual([]);
  expect(kept.size).toBe(1);
});
