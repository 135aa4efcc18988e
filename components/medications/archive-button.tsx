"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/forms";
import { archiveMedicationAction } from "@/lib/medications/actions";

/** Archives a medication (or brings it back): one tap, nothing is lost either way. */
export function ArchiveButton({
  id,
  name,
  isArchived,
}: {
  id: string;
  name: string;
  isArchived: boolean;
}) {
  const [state, action, isPending] = useActionState(archiveMedicationAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="archive" value={isArchived ? "false" : "true"} />
      <button type="submit" className="button button--secondary" disabled={isPending}>
        {isArchived ? "Bring back" : "Archive"}
        <span className="visually-hidden"> {name}</span>
      </button>
      {!state.ok && state.message ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
