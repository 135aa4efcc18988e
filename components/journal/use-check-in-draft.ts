"use client";

import { useRef, useState } from "react";
import {
  draftFromCheckIn,
  emptyCheckInDraft,
  newRequestId,
} from "@/lib/journal/draft/check-in-draft";
import type { CheckInDraft } from "@/lib/journal/schema";
import type { CheckInDTO } from "@/lib/journal/types";

/** A change to one of the draft's lists (tags, relief, medications), as the pickers send it. */
export type ListChange<T> = { add?: T; remove?: number; update?: [number, T] };

export function applyListChange<T>(list: T[], change: ListChange<T>): T[] {
  if (change.add) return [...list, change.add];
  if (change.remove !== undefined) return list.filter((_, index) => index !== change.remove);
  if (change.update) {
    const [at, value] = change.update;
    return list.map((item, index) => (index === at ? value : item));
  }
  return list;
}

/** The form's starting point: the saved check-in, or a new one; versions are always checked. */
function initialDraft(checkIn: CheckInDTO | null, date: string): CheckInDraft {
  const draft = checkIn
    ? draftFromCheckIn(checkIn)
    : { ...emptyCheckInDraft(date), baseVersion: null };
  return { ...draft, requestId: newRequestId() };
}

type ListKey = "tags" | "relief" | "medications";
type ListItem<K extends ListKey> = NonNullable<CheckInDraft[K]>[number];

/** What the server (or the phone's outbox) says a save stored. */
type Stored = { savedDate: string; version: number | null };

/**
 * Everything typed into the nightly check-in, held in one state so that a refused save (by the
 * form's own check or by the server) loses nothing. Each save carries a request id (a retry of
 * the same save is stored once) and the version it edits: the first change after a save makes
 * it a new save with a new request id, and a stored save makes the next one edit its version.
 */
export function useCheckInDraft({ checkIn, date }: { checkIn: CheckInDTO | null; date: string }) {
  const [draft, setDraft] = useState<CheckInDraft>(() => initialDraft(checkIn, date));
  // The request id last sent: once the draft changes after that, it is a new save.
  const sentRequestId = useRef<string | null>(null);
  const [isEdited, setIsEdited] = useState(false);

  /** A change typed by the person. */
  function update(change: (current: CheckInDraft) => CheckInDraft) {
    setDraft((current) => {
      const next = change(current);
      return current.requestId === sentRequestId.current
        ? { ...next, requestId: newRequestId() }
        : next;
    });
    setIsEdited(true);
  }

  /** The handler for one list's picker: adds, removes or changes one entry. */
  function changeList<K extends ListKey>(key: K) {
    return (change: ListChange<ListItem<K>>) =>
      update((current) => ({
        ...current,
        [key]: applyListChange((current[key] ?? []) as ListItem<K>[], change),
      }));
  }

  /** The draft is on its way: what is typed from now on counts as edited again. */
  function markSent(sent: CheckInDraft) {
    setIsEdited(false);
    sentRequestId.current = sent.requestId ?? null;
  }

  /**
   * Stored (saved now, or delivered later from the phone's outbox): a change of date now moves
   * this check-in, and the next save edits this version under a request id of its own.
   */
  function markStored({ savedDate, version }: Stored) {
    setDraft((current) => ({
      ...current,
      replacesDate: savedDate,
      baseVersion: version,
      requestId: current.requestId === sentRequestId.current ? newRequestId() : current.requestId,
    }));
  }

  /** Brings back a draft typed earlier (kept on this phone), as a new save. */
  function restore(kept: CheckInDraft) {
    setDraft({ ...kept, requestId: newRequestId() });
    setIsEdited(true);
  }

  /** Drops what is typed for the version stored now (null: it was deleted, start afresh). */
  function takeStored(current: CheckInDTO | null) {
    setDraft(initialDraft(current, draft.replacesDate ?? draft.date));
    setIsEdited(false);
  }

  /** The draft as a save over the version stored now (or again, if that was deleted). */
  function overwriting(current: CheckInDTO | null): CheckInDraft {
    const next: CheckInDraft = {
      ...draft,
      baseVersion: current ? current.version : null,
      replacesDate: current ? draft.replacesDate : null,
      requestId: newRequestId(),
    };
    setDraft(next);
    return next;
  }

  return {
    draft,
    isEdited,
    sentRequestId,
    update,
    changeList,
    markSent,
    markStored,
    restore,
    takeStored,
    overwriting,
  };
}
