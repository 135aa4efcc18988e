"use client";

import { type RefObject, useEffect, useRef, useState } from "react";
import type { CheckInDraft } from "@/lib/journal/schema";
import { OUTBOX_SENT_EVENT, type OutboxSentDetail } from "@/lib/offline/outbox/keep";

/**
 * Connects the check-in form to what this phone kept while offline (lib/offline/outbox/outbox.ts):
 * when the outbox delivers the form's last save, the form edits the version stored (so its next
 * save is not taken for a change made elsewhere); and when Tonight is opened for a kept check-in
 * that the server refused because it changed elsewhere meanwhile (`keptRequestId`, from the
 * outbox notice), the kept version is handed to the form to compare. `forgetKept` removes it
 * from the phone once the person has chosen.
 */
export function useCheckInOutbox({
  userId,
  keptRequestId,
  sentRequestId,
  onDelivered,
  onKeptConflict,
}: {
  userId: string;
  keptRequestId: string | null;
  sentRequestId: RefObject<string | null>;
  onDelivered: (saved: OutboxSentDetail) => void;
  onKeptConflict: (mine: CheckInDraft) => void;
}) {
  const [keptEntryId, setKeptEntryId] = useState<string | null>(null);
  // The latest callbacks, so the listeners below are set up once.
  const callbacks = useRef({ onDelivered, onKeptConflict });
  callbacks.current = { onDelivered, onKeptConflict };

  useEffect(() => {
    const onSent = (event: Event) => {
      const saved = (event as CustomEvent<OutboxSentDetail>).detail;
      if (saved.requestId === sentRequestId.current) callbacks.current.onDelivered(saved);
    };
    window.addEventListener(OUTBOX_SENT_EVENT, onSent);
    return () => window.removeEventListener(OUTBOX_SENT_EVENT, onSent);
  }, [sentRequestId]);

  useEffect(() => {
    if (!keptRequestId) return;
    let isCurrent = true;
    import("@/lib/offline/outbox/outbox")
      .then(({ getOutboxEntry }) => getOutboxEntry(keptRequestId))
      .then((entry) => {
        // Only this person's own kept check-in, and only one the server refused.
        if (!isCurrent || entry?.userId !== userId || entry.kind !== "check-in") return;
        if (!entry.conflict) return;
        setKeptEntryId(entry.requestId);
        callbacks.current.onKeptConflict(JSON.parse(entry.payload) as CheckInDraft);
      })
      .catch(() => {
        // No storage here: nothing was kept on this phone to compare.
      });
    return () => {
      isCurrent = false;
    };
  }, [keptRequestId, userId]);

  async function forgetKept() {
    if (!keptEntryId) return;
    setKeptEntryId(null);
    const { removeFromOutbox } = await import("@/lib/offline/outbox/outbox");
    await removeFromOutbox(keptEntryId);
  }

  return { forgetKept };
}
