import type { OutboxKind } from "./outbox";

export const SAVED_ON_PHONE = "Saved on this phone — it will be sent when you are back online.";

/**
 * Keeps a save that could not reach the server in this device's outbox (loaded only then, so
 * IndexedDB code is not part of any page's first load). The payload keeps its request id and
 * base version, so sending it later stores it once and never overwrites a newer edit. False when
 * no signed-in person is on record here or the browser refuses storage: the caller then says it
 * was not saved, and the form keeps everything.
 */
export async function keepOnPhone({
  kind,
  payload,
}: {
  kind: OutboxKind;
  payload: string;
}): Promise<boolean> {
  try {
    const [outbox, { deviceUserId }] = await Promise.all([
      import("./outbox"),
      import("../device/device"),
    ]);
    const userId = deviceUserId();
    const parsed = JSON.parse(payload) as {
      requestId?: unknown;
      date?: unknown;
      replacesDate?: unknown;
    };
    if (!userId || typeof parsed.requestId !== "string") return false;
    const day = parsed.replacesDate ?? parsed.date;
    await outbox.putInOutbox({
      requestId: parsed.requestId,
      kind,
      userId,
      checkInDate: kind === "check-in" && typeof day === "string" ? day : null,
      payload,
      savedAt: new Date().toISOString(),
    });
    await outbox.requestBackgroundSync();
    return true;
  } catch {
    return false;
  }
}

/** Fired on `window` for each check-in the outbox delivered, so an open form edits that version. */
export const OUTBOX_SENT_EVENT = "backstory:outbox-sent";
export type OutboxSentDetail = { requestId: string; savedDate: string; version: number };

/** The Tonight link that opens a check-in kept on the phone that changed elsewhere meanwhile. */
export function keptCheckInHref({ date, requestId }: { date: string; requestId: string }) {
  return `/tonight?${new URLSearchParams({ date, kept: requestId })}`;
}
