"use client";

import Link from "next/link";
import { useId } from "react";
import { formatDose } from "@/lib/medications/doses/format";
import type { DoseDraft } from "@/lib/medications/schema";
import { MEDICATION_UNITS, type MedicationDTO, type MedicationUnit } from "@/lib/medications/types";
import { localTimeLabel } from "@/lib/time-zone";

type Change = { add?: DoseDraft; remove?: number; update?: [number, DoseDraft] };

/**
 * Medications taken, in the check-in and the quick log: one tap on a medication from the
 * person's list adds its usual dose, taken now (both can be changed for that dose). The
 * same medication can be added twice (a morning and an evening dose).
 */
export function MedicationPicker({
  doses,
  onChange,
  medications,
  timeZone,
  timeHint,
  errorsAt,
}: {
  doses: DoseDraft[];
  onChange: (change: Change) => void;
  medications: MedicationDTO[];
  /** A new dose's time is now on this zone's clock; without it blank ("when I logged this"). */
  timeZone?: string;
  timeHint?: string;
  errorsAt: (path: string) => string[] | undefined;
}) {
  const id = useId();
  const add = (medication: MedicationDTO) =>
    onChange({
      add: {
        medicationId: medication.id,
        name: medication.name,
        dose: medication.usualDose === null ? "" : String(medication.usualDose),
        unit: medication.unit,
        time: timeZone ? localTimeLabel(new Date(), timeZone) : "",
        asNeeded: false,
      },
    });
  return (
    <div>
      {doses.length > 0 ? (
        <ul className="relief-list">
          {doses.map((dose, index) => (
            <DoseRow
              // Doses have no id of their own; the position is stable while the list is shown.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              id={`${id}-${index}`}
              dose={dose}
              timeHint={timeHint}
              onUpdate={(next) => onChange({ update: [index, next] })}
              onRemove={() => onChange({ remove: index })}
              errorsAt={(field) => errorsAt(`medications.${index}.${field}`)}
            />
          ))}
        </ul>
      ) : null}
      {medications.length > 0 ? (
        <div className="suggestions">
          {medications.map((medication) => (
            <button
              key={medication.id}
              type="button"
              className="button--chip"
              aria-label={`Add ${medication.name}${
                medication.usualDose === null
                  ? ""
                  : `, ${formatDose(medication.usualDose, medication.unit)}`
              }`}
              onClick={() => add(medication)}
            >
              + {medication.name}
              {medication.usualDose === null
                ? ""
                : ` ${formatDose(medication.usualDose, medication.unit)}`}
            </button>
          ))}
        </div>
      ) : (
        <p className="muted">No medications in your list yet.</p>
      )}
      <p className="muted">
        <Link href="/settings/medications">Your medications list</Link> (add, change the usual dose)
      </p>
    </div>
  );
}

function DoseRow({
  id,
  dose,
  timeHint,
  onUpdate,
  onRemove,
  errorsAt,
}: {
  id: string;
  dose: DoseDraft;
  timeHint?: string;
  onUpdate: (next: DoseDraft) => void;
  onRemove: () => void;
  errorsAt: (field: string) => string[] | undefined;
}) {
  const doseErrors = errorsAt("dose");
  const timeErrors = errorsAt("time");
  const unitErrors = errorsAt("unit");
  const idErrors = errorsAt("medicationId");
  return (
    <li className="relief-row">
      <div className="relief-row__head">
        <p className="relief-row__name">{dose.name}</p>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove ${dose.name} at ${dose.time || "the time of this log"}`}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {idErrors ? <p className="field-error">{idErrors.join(" ")}</p> : null}
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-dose`}>Dose</label>
          <input
            id={`${id}-dose`}
            inputMode="decimal"
            autoComplete="off"
            value={dose.dose}
            onChange={(event) => onUpdate({ ...dose, dose: event.currentTarget.value })}
            aria-invalid={doseErrors ? true : undefined}
            aria-describedby={doseErrors ? `${id}-dose-error` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`}>Unit</label>
          <select
            id={`${id}-unit`}
            value={dose.unit}
            onChange={(event) =>
              onUpdate({ ...dose, unit: event.currentTarget.value as MedicationUnit })
            }
            aria-invalid={unitErrors ? true : undefined}
          >
            {MEDICATION_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Taken at</label>
          <input
            id={`${id}-time`}
            type="time"
            value={dose.time}
            onChange={(event) => onUpdate({ ...dose, time: event.currentTarget.value })}
            aria-invalid={timeErrors ? true : undefined}
            aria-describedby={
              [timeHint ? `${id}-time-hint` : "", timeErrors ? `${id}-time-error` : ""]
                .filter(Boolean)
                .join(" ") || undefined
            }
          />
        </div>
      </div>
      {timeHint ? (
        <p id={`${id}-time-hint`} className="hint muted">
          {timeHint}
        </p>
      ) : null}
      {doseErrors ? (
        <p id={`${id}-dose-error`} className="field-error">
          {doseErrors.join(" ")}
        </p>
      ) : null}
      {timeErrors ? (
        <p id={`${id}-time-error`} className="field-error">
          {timeErrors.join(" ")}
        </p>
      ) : null}
      {unitErrors ? <p className="field-error">{unitErrors.join(" ")}</p> : null}
      <label className="check">
        <input
          type="checkbox"
          checked={dose.asNeeded}
          onChange={(event) => onUpdate({ ...dose, asNeeded: event.currentTarget.checked })}
        />
        As needed (for the pain), not on a schedule
      </label>
    </li>
  );
}
