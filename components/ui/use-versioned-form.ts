"use client";

import { useState } from "react";
import type { FormState } from "@/lib/forms";

/**
 * For a form that edits a versioned record: the version to send, the values to show, and the
 * conflict to show when the record changed elsewhere. `takeSaved` ("use the saved one") swaps
 * in the stored values and their version; "keep mine" is a submit button that sends the stored
 * version as `overwriteVersion` (see versionOf in lib/forms.ts).
 */
export function useVersionedForm<Field extends string>(
  state: FormState<Field>,
  openedVersion: number,
) {
  const [taken, setTaken] = useState<FormState<Field> | null>(null);
  const conflict = state.conflict;
  if (taken === state && conflict) {
    return {
      version: conflict.version,
      values: conflict.current,
      conflict: undefined,
      message: "Showing the version saved elsewhere.",
      isError: false,
      takeSaved: () => {},
    };
  }
  return {
    version: state.version ?? openedVersion,
    values: state.values,
    conflict,
    message: state.message,
    isError: !state.ok,
    takeSaved: () => setTaken(state),
  };
}
