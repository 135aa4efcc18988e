"use client";

import dynamic from "next/dynamic";

// The folded sections' code arrives just after the page has loaded (their content is not
// server-rendered: it starts folded), which keeps the ratings' first load light on a phone.
const loading = () => <p className="muted">Loading…</p>;
export const PartDetails = dynamic(() => import("./part-details").then((m) => m.PartDetails), {
  ssr: false,
  loading,
});
export const TagPicker = dynamic(() => import("./tag-picker").then((m) => m.TagPicker), {
  ssr: false,
  loading,
});
export const ReliefPicker = dynamic(() => import("./relief-picker").then((m) => m.ReliefPicker), {
  ssr: false,
  loading,
});
export const MedicationPicker = dynamic(
  () => import("./medication-picker").then((m) => m.MedicationPicker),
  { ssr: false, loading },
);
export const DayFactorsFieldset = dynamic(
  () => import("./day-factors-fieldset").then((m) => m.DayFactorsFieldset),
  { ssr: false, loading },
);
export const RedFlagFieldset = dynamic(
  () => import("./red-flag-fieldset").then((m) => m.RedFlagFieldset),
  { ssr: false, loading },
);
// Shown only when the check-in changed elsewhere meanwhile, so it is not in the first load.
export const CheckInConflict = dynamic(
  () => import("./check-in-conflict").then((m) => m.CheckInConflict),
  { ssr: false, loading },
);
