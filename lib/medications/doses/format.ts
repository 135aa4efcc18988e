import type { DoseDTO, MedicationUnit } from "../types";

/** Pure wording shared by the journal, the summary and the forms. */

const SINGULAR: Partial<Record<MedicationUnit, string>> = {
  tablets: "tablet",
  capsules: "capsule",
  puffs: "puff",
  patches: "patch",
  sprays: "spray",
  units: "unit",
  drops: "drop",
};

/** "400 mg", "1 tablet", "2.5 ml". */
export function formatDose(dose: number, unit: MedicationUnit): string {
  const amount = Number(dose.toFixed(3)).toString();
  return `${amount} ${dose === 1 ? (SINGULAR[unit] ?? unit) : unit}`;
}

/** "Ibuprofen 400 mg at 08:30, as needed". */
export function doseLine(dose: Pick<DoseDTO, "name" | "dose" | "unit" | "time" | "asNeeded">) {
  const when = `at ${dose.time}${dose.asNeeded ? ", as needed" : ""}`;
  return `${dose.name} ${formatDose(dose.dose, dose.unit)} ${when}`;
}
