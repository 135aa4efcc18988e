"use client";

import { ConflictChoice } from "@/components/ui/conflict-choice";
import { draftFromCheckIn } from "@/lib/journal/draft/check-in-draft";
import { checkInDraftLines } from "@/lib/journal/draft/draft-lines";
import type { CheckInDraft } from "@/lib/journal/schema";
import type { CheckInDTO } from "@/lib/journal/types";

/** Why the form shows a check-in kept on this phone beside the one stored (`?kept=`). */
export const KEPT_CHANGED_ELSEWHERE =
  "This check-in, saved on this phone while offline, was not sent: it had been changed on another device meanwhile, and that version is the one kept. Yours is still here: compare them below and choose.";

/** Both versions of a check-in that changed elsewhere, and the person's choice between them. */
export function CheckInConflict({
  current,
  mine,
  onKeepMine,
  onUseSaved,
  isPending,
}: {
  current: CheckInDTO | null;
  mine: CheckInDraft;
  onKeepMine: () => void;
  onUseSaved: () => void;
  isPending: boolean;
}) {
  return (
    <ConflictChoice
      theirs={current ? checkInDraftLines(draftFromCheckIn(current)) : []}
      mine={checkInDraftLines(mine)}
      isDeleted={current === null}
      actions={
        <>
          <button type="button" className="button" onClick={onKeepMine} disabled={isPending}>
            {current ? "Save mine over it" : "Save mine again"}
          </button>
          <button type="button" className="button button--secondary" onClick={onUseSaved}>
            {current ? "Use the saved one" : "Start again"}
          </button>
        </>
      }
    />
  );
}
