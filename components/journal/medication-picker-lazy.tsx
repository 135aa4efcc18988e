"use client";

import { type ComponentProps, lazy } from "react";
import { AfterHydration } from "@/components/ui/after-hydration";

// The quick log's medications picker, loaded just after the page (Log pain's first load stays
// light); the check-in takes it from check-in-lazy.tsx with its other folded sections.
const MedicationPickerCode = lazy(() =>
  import("./medication-picker").then((m) => ({ default: m.MedicationPicker })),
);
export function MedicationPicker(props: ComponentProps<typeof MedicationPickerCode>) {
  return (
    <AfterHydration fallback={<p className="muted">Loading…</p>}>
      <MedicationPickerCode {...props} />
    </AfterHydration>
  );
}
