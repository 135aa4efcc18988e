"use client";

import dynamic from "next/dynamic";

// The quick log's medications picker, loaded just after the page (Log pain's first load stays
// light); the check-in takes it from check-in-lazy.tsx with its other folded sections.
export const MedicationPicker = dynamic(
  () => import("./medication-picker").then((m) => m.MedicationPicker),
  { ssr: false, loading: () => <p className="muted">Loading…</p> },
);
