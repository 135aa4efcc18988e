"use client";

import { type ComponentProps, lazy } from "react";
import { AfterHydration } from "@/components/ui/after-hydration";

// The folded sections' code arrives just after the page has loaded (their content is not
// server-rendered: it starts folded), which keeps the ratings' first load light on a phone.
const loading = <p className="muted">Loading…</p>;

const PartDetailsCode = lazy(() =>
  import("./part-details").then((m) => ({ default: m.PartDetails })),
);
export function PartDetails(props: ComponentProps<typeof PartDetailsCode>) {
  return (
    <AfterHydration fallback={loading}>
      <PartDetailsCode {...props} />
    </AfterHydration>
  );
}

const TagPickerCode = lazy(() => import("./tag-picker").then((m) => ({ default: m.TagPicker })));
export function TagPicker(props: ComponentProps<typeof TagPickerCode>) {
  return (
    <AfterHydration fallback={loading}>
      <TagPickerCode {...props} />
    </AfterHydration>
  );
}

const ReliefPickerCode = lazy(() =>
  import("./relief-picker").then((m) => ({ default: m.ReliefPicker })),
);
export function ReliefPicker(props: ComponentProps<typeof ReliefPickerCode>) {
  return (
    <AfterHydration fallback={loading}>
      <ReliefPickerCode {...props} />
    </AfterHydration>
  );
}

const MedicationPickerCode = lazy(() =>
  import("./medication-picker").then((m) => ({ default: m.MedicationPicker })),
);
export function MedicationPicker(props: ComponentProps<typeof MedicationPickerCode>) {
  return (
    <AfterHydration fallback={loading}>
      <MedicationPickerCode {...props} />
    </AfterHydration>
  );
}

const DayFactorsFieldsetCode = lazy(() =>
  import("./day-factors-fieldset").then((m) => ({ default: m.DayFactorsFieldset })),
);
export function DayFactorsFieldset(props: ComponentProps<typeof DayFactorsFieldsetCode>) {
  return (
    <AfterHydration fallback={loading}>
      <DayFactorsFieldsetCode {...props} />
    </AfterHydration>
  );
}

const RedFlagFieldsetCode = lazy(() =>
  import("./red-flag-fieldset").then((m) => ({ default: m.RedFlagFieldset })),
);
export function RedFlagFieldset(props: ComponentProps<typeof RedFlagFieldsetCode>) {
  return (
    <AfterHydration fallback={loading}>
      <RedFlagFieldsetCode {...props} />
    </AfterHydration>
  );
}

// Shown only when the check-in changed elsewhere meanwhile, so it is not in the first load.
const CheckInConflictCode = lazy(() =>
  import("./check-in-conflict").then((m) => ({ default: m.CheckInConflict })),
);
export function CheckInConflict(props: ComponentProps<typeof CheckInConflictCode>) {
  return (
    <AfterHydration fallback={loading}>
      <CheckInConflictCode {...props} />
    </AfterHydration>
  );
}
