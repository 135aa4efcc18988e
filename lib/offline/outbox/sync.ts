import { createQuickLogAction, saveCheckInAction } from "@/lib/journal/actions";
import type { CheckInFormState } from "@/lib/journal/types";
import { OUTBOX_SENT_EVENT, type OutboxSentDetail } from "./keep";
import { listOutbox, type OutboxEntry, putInOutbox, removeFromOutbox } from "./outbox";

export type SyncResult = {
  sent: number;
  /** Kept on the phone for the next try (offline, session ended, refused as invalid). */
  waiting: number;
  /** Check-ins refused because they changed elsewhere meanwhile: the person must choose. */
  conflicts: OutboxEntry[];
};

/** The send under way on this page, if any: sends run one after another, never side by side. */
let lastSend: Promise<unknown> = Promise.resolve();

async function send(entry: OutboxEntry): Promise<CheckInFormState> {
  const formData = new FormData();
  formData.set("payload", entry.payload);
  if (entry.kind === "check-in") return saveCheckInAction({ ok: false }, formData);
  const { ok } = await createQuickLogAction({ ok: false }, formData);
  return { ok };
}

/**
 * Sends this person's saves kept on the phone, oldest first, each with its own request id (a
 * save that reached the server before, with its answer lost, is not stored twice) and, for
 * check-ins, the version it was edited from. A check-in changed elsewhere meanwhile is not
 * applied: the server keeps its version, and this one stays on the phone marked with it, for
 * the person to compare and choose. Nothing is removed unless the server stored it.
 *
 * The "online" event, Background Sync and a page load often fire together when the connection
 * returns: a call made while another is sending waits for it and then finds only what is left,
 * so each save is sent, and counted as sent, once.
 */
export function sendOutbox(userId: string): Promise<SyncResult> {
  const send = lastSend.then(() => sendNow(userId));
  lastSend = send.catch(() => {
    // Reported to this call's caller; the next call starts afresh.
  });
  return send;
}

async function sendNow(userId: string): Promise<SyncResult> {
  const result: SyncResult = { sent: 0, waiting: 0, conflicts: [] };
  const entries = await listOutbox(userId);
  const isReady = navigator.onLine;
  for (const [index, entry] of entries.entries()) {
    if (entry.conflict) {
      result.conflicts.push(entry);
      continue;
    }
    if (!isReady) {
      result.waiting++;
      continue;
    }
    let answer: CheckInFormState;
    try {
      answer = await send(entry);
    } catch {
      // The connection dropped again: this one and the rest wait for the next try.
      result.waiting += entries.slice(index).filter((rest) => !rest.conflict).length;
      break;
    }
    if (answer.ok) {
      await removeFromOutbox(entry.requestId);
      result.sent++;
      if (answer.savedDate && answer.version !== undefined) {
        const detail: OutboxSentDetail = {
          requestId: entry.requestId,
          savedDate: answer.savedDate,
          version: answer.version,
        };
        window.dispatchEvent(new CustomEvent(OUTBOX_SENT_EVENT, { detail }));
      }
    } else if (answer.conflict) {
      const marked = { ...entry, conflict: { current: answer.conflict.current } };
      await putInOutbox(marked);
      result.conflicts.push(marked);
    } else {
      result.waiting++;
    }
  }
  return result;
}
