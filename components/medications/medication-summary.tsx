import { formatDose } from "@/lib/medications/doses/format";
import type { MedicationDTO } from "@/lib/medications/types";

function usualDoseText(medication: MedicationDTO) {
  return medication.usualDose === null
    ? `no usual dose (${medication.unit})`
    : `usually ${formatDose(medication.usualDose, medication.unit)}`;
}

function usesText(medication: MedicationDTO) {
  if (medication.uses === 0) return "not logged yet";
  return `logged ${medication.uses} time${medication.uses === 1 ? "" : "s"}, last on ${medication.lastUsed}`;
}

/** A medication in the list: its name, usual dose and how often it was logged. */
export function MedicationSummary({ medication }: { medication: MedicationDTO }) {
  return (
    <p>
      <strong>{medication.name}</strong>, {usualDoseText(medication)}
      <br />
      <span className="muted">{usesText(medication)}</span>
    </p>
  );
}
