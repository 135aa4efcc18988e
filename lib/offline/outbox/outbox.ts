import { type DBSchema, openDB } from "idb";
import type { CheckInDTO } from "@/lib/journal/types";
import { OUTBOX_SYNC_TAG } from "../device/pages";

// What was saved on this phone while offline, until the server has it (IndexedDB, so it
// survives closing the tab). Browser-only; every entry is tagged with whose it is, and only
// that person's session ever sends or shows it.

export type OutboxKind = "check-in" | "quick-log";

export type OutboxEntry = {
  /** The save's request id, made once by the form: sending it twice stores it once. */
  requestId: string;
  kind: OutboxKind;
  userId: string;
  /** The check-in's day as the form had it (`replacesDate` or `date`); null for quick logs. */
  checkInDate: string | null;
  /** The form's JSON payload, exactly as the action takes it (with `baseVersion`). */
  payload: string;
  savedAt: string;
  /**
   * Set when the server refused it because the check-in changed elsewhere meanwhile: what is
   * stored there now (null: deleted). The entry then waits for the person to choose.
   */
  conflict?: { current: CheckInDTO | null };
};

interface OutboxDB extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { byUser: string } };
}

const DB_NAME = "backstory-outbox";

async function withDatabase<T>(use: (db: Awaited<ReturnType<typeof open>>) => Promise<T>) {
  const db = await open();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

function open() {
  return openDB<OutboxDB>(DB_NAME, 1, {
    upgrade(db) {
      const store = db.createObjectStore("entries", { keyPath: "requestId" });
      store.createIndex("byUser", "userId");
    },
  });
}

/**
 * Keeps an entry. A check-in kept again for the same day replaces the older copy that was never
 * sent: the form's newer state already holds everything, and sending both would make the second
 * look like a change made elsewhere.
 */
export async function putInOutbox(entry: OutboxEntry) {
  await withDatabase(async (db) => {
    const tx = db.transaction("entries", "readwrite");
    if (entry.checkInDate) {
      for (const older of await tx.store.index("byUser").getAll(entry.userId)) {
        if (
          older.kind === "check-in" &&
          older.checkInDate === entry.checkInDate &&
          !older.conflict &&
          older.requestId !== entry.requestId
        ) {
          await tx.store.delete(older.requestId);
        }
      }
    }
    await tx.store.put(entry);
    await tx.done;
  });
}

/** This person's waiting saves, oldest first. */
export async function listOutbox(userId: string): Promise<OutboxEntry[]> {
  const entries = await withDatabase((db) => db.getAllFromIndex("entries", "byUser", userId));
  return entries.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function getOutboxEntry(requestId: string): Promise<OutboxEntry | undefined> {
  return withDatabase((db) => db.get("entries", requestId));
}

export async function removeFromOutbox(requestId: string) {
  await withDatabase((db) => db.delete("entries", requestId));
}

/** Deletes every waiting save on this device (sign-out, or another person signing in). */
export async function clearOutbox() {
  await withDatabase((db) => db.clear("entries"));
}

/** Asks the browser to wake the app when the connection is back, where it has Background Sync. */
export async function requestBackgroundSync() {
  try {
    const registration = (await navigator.serviceWorker?.ready) as
      | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
      | undefined;
    await registration?.sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // No Background Sync: the next page load, or the "online" event, sends it.
  }
}
