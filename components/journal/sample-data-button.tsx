"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { loadSampleDataAction } from "@/lib/journal/actions";

/** "Try it with sample data": twelve weeks of made-up entries, for an empty journal only. */
export function SampleDataButton() {
  const [state, action, isPending] = useActionState(loadSampleDataAction, { ok: false });
  return (
    <form action={action}>
      <FormMessage message={state.message} isError={!state.ok} />
      <button type="submit" className="button button--secondary" disabled={isPending}>
        {isPending ? "Adding sample data…" : "Try it with sample data"}
      </button>
    </form>
  );
}
