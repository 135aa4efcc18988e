"use client";

import { useActionState, useId } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, initialFormState } from "@/lib/forms";
import { createMedicationAction, updateMedicationAction } from "@/lib/medications/actions";
import { MEDICATION_NAME_MAX, MEDICATION_UNITS, type MedicationDTO } from "@/lib/medications/types";

type MedicationField = "name" | "usualDose" | "unit";

/**
 * Adds a medication (`requestId` from the server: a double submit adds one) or changes one
 * (`medication` given). What was typed stays after an error.
 */
export function MedicationForm({
  medication,
  requestId,
}: {
  medication?: MedicationDTO;
  requestId?: string;
}) {
  const id = useId();
  const [state, action, isPending] = useActionState<FormState<MedicationField>, FormData>(
    medication ? updateMedicationAction : createMedicationAction,
    initialFormState,
  );
  const values = state.values ?? {
    name: medication?.name ?? "",
    usualDose: medication?.usualDose === null ? "" : String(medication?.usualDose ?? ""),
    unit: medication?.unit ?? "mg",
  };
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="medication-form" key={JSON.stringify(values)}>
      {medication ? <input type="hidden" name="id" value={medication.id} /> : null}
      {requestId ? <input type="hidden" name="requestId" value={requestId} /> : null}
      <Field
        id={`${id}-name`}
        name="name"
        label="Name"
        hint="As on the box, e.g. “Ibuprofen” or “Naproxen 250”."
        required
        autoComplete="off"
        maxLength={MEDICATION_NAME_MAX}
        defaultValue={values.name}
        errors={errors.name}
      />
      <div className="inline-fields">
        <Field
          id={`${id}-dose`}
          name="usualDose"
          label="Usual dose (optional)"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={values.usualDose}
          errors={errors.usualDose}
        />
        <div className="field">
          <label htmlFor={`${id}-unit`}>Unit</label>
          <select
            id={`${id}-unit`}
            name="unit"
            defaultValue={values.unit}
            aria-invalid={errors.unit ? true : undefined}
            aria-describedby={errors.unit ? `${id}-unit-error` : undefined}
          >
            {MEDICATION_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
          {errors.unit ? (
            <p id={`${id}-unit-error`} className="field-error">
              {errors.unit.join(" ")}
            </p>
          ) : null}
        </div>
      </div>
      <FormMessage message={state.message} isError={!state.ok} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : medication ? "Save changes" : "Add medication"}
      </button>
    </form>
  );
}
