import { formatDose } from "@/lib/medications/doses/format";
import type { PartOfDay } from "@/lib/time";
import { addDays } from "@/lib/time";
import { instantAt } from "@/lib/time-zone";
import type { ExportDocument, ExportDose } from "../schema";
import type { BodyArea, PainQuality } from "../types";
import { bodySiteFor, PAIN_SEVERITY, QUALITY_TEXT, UCUM, UCUM_DOSE_CODES } from "./fhir-codes";
import { pegQuestionnaire, pegResponse } from "./fhir-peg";
import type {
  FhirBundle,
  FhirResource,
  MedicationStatement,
  Observation,
  Reference,
} from "./fhir-types";
import { derivedUuid } from "./ids";

/**
 * The FHIR R4 export: a Bundle of type "collection" holding a nameless Patient, one Observation
 * per pain rating (LOINC 72514-3), one QuestionnaireResponse per weekly PEG (LOINC panel
 * 91148-7), plus the Questionnaire those answers follow, and one MedicationStatement per dose
 * taken. Notes, reflections, tags and the names of people are never part of it: it is meant for
 * clinical systems.
 * Codes and their sources: docs/export-format.md ("FHIR").
 */

/** Local clock hours of each part of day; NIGHT runs into the next calendar day. */
export const PART_OF_DAY_HOURS: Record<PartOfDay, { start: number; end: number }> = {
  MORNING: { start: 4, end: 12 },
  AFTERNOON: { start: 12, end: 17 },
  EVENING: { start: 17, end: 22 },
  NIGHT: { start: 22, end: 4 },
};

/** The instants a part of a local date covers, in the person's time zone. */
export function partOfDayPeriod({
  date,
  partOfDay,
  timeZone,
}: {
  date: string;
  partOfDay: PartOfDay;
  timeZone: string;
}) {
  const { start, end } = PART_OF_DAY_HOURS[partOfDay];
  const endDate = end <= start ? addDays(date, 1) : date;
  return {
    start: instantAt({ date, hour: start, timeZone }).toISOString(),
    end: instantAt({ date: endDate, hour: end, timeZone }).toISOString(),
  };
}

function painObservation({
  id,
  patient,
  intensity,
  areas,
  qualities,
  createdAt,
  effective,
}: {
  id: string;
  patient: Reference;
  intensity: number;
  areas: readonly BodyArea[];
  qualities: readonly PainQuality[];
  createdAt?: string;
  effective: Pick<Observation, "effectiveDateTime" | "effectivePeriod">;
}): Observation {
  const bodySite = bodySiteFor(areas);
  return {
    resourceType: "Observation",
    id,
    status: "final",
    category: [
      {
        coding: [
          {
            system: "http://terminology.hl7.org/CodeSystem/observation-category",
            code: "survey",
            display: "Survey",
          },
        ],
      },
    ],
    code: { coding: [PAIN_SEVERITY], text: "Pain severity (0-10)" },
    subject: patient,
    performer: [patient],
    ...effective,
    ...(createdAt ? { issued: new Date(createdAt).toISOString() } : {}),
    valueInteger: intensity,
    ...(bodySite ? { bodySite } : {}),
    ...(qualities.length > 0
      ? { note: [{ text: `Felt: ${qualities.map((q) => QUALITY_TEXT[q]).join(", ")}` }] }
      : {}),
  };
}

/**
 * A dose taken, as a MedicationStatement the person reports: the medication by its name (no
 * code: the person types it), the moment taken, the dose with its UCUM unit where there is one.
 */
function medicationStatement({
  id,
  patient,
  taken,
}: {
  id: string;
  patient: Reference;
  taken: ExportDose;
}): MedicationStatement {
  const code = UCUM_DOSE_CODES[taken.unit];
  return {
    resourceType: "MedicationStatement",
    id,
    status: "completed",
    medicationCodeableConcept: { text: taken.medication },
    subject: patient,
    informationSource: patient,
    effectiveDateTime: new Date(taken.takenAt).toISOString(),
    dosage: [
      {
        text: `${formatDose(taken.dose, taken.unit)}${taken.asNeeded ? ", as needed" : ""}`,
        asNeededBoolean: taken.asNeeded,
        doseAndRate: [
          {
            doseQuantity: {
              value: taken.dose,
              unit: taken.unit,
              ...(code ? { system: UCUM, code } : {}),
            },
          },
        ],
      },
    ],
  };
}

/**
 * The FHIR R4 Bundle for an export. Resource ids are UUIDs derived from the patient id and each
 * record's natural key, so exporting twice gives the same ids and two people never share one.
 * Check-in ratings cover their part of day (effectivePeriod, in `timeZone`); quick logs carry
 * the instant they were logged (effectiveDateTime).
 */
export function buildFhirBundle({
  document,
  patientId,
  timeZone,
  generatedAt,
}: {
  document: ExportDocument;
  patientId: string;
  timeZone: string;
  generatedAt: Date;
}): FhirBundle {
  const uuid = (key: string) => derivedUuid(`${patientId}:${key}`);
  const patient = { reference: `urn:uuid:${patientId}`, type: "Patient" };
  const resources: { id: string; resource: FhirResource }[] = [
    { id: patientId, resource: { resourceType: "Patient", id: patientId } },
  ];
  for (const checkIn of document.checkIns) {
    for (const pain of checkIn.pain) {
      const id = uuid(`check-in:${checkIn.date}:${pain.partOfDay}`);
      const period = partOfDayPeriod({ date: checkIn.date, partOfDay: pain.partOfDay, timeZone });
      resources.push({
        id,
        resource: painObservation({ id, patient, ...pain, effective: { effectivePeriod: period } }),
      });
    }
  }
  for (const log of document.quickLogs) {
    const id = uuid(`quick-log:${log.requestId ?? log.occurredAt}`);
    const effectiveDateTime = new Date(log.occurredAt).toISOString();
    resources.push({
      id,
      resource: painObservation({ id, patient, ...log, effective: { effectiveDateTime } }),
    });
  }
  const addDoses = (owner: string, doses: ExportDose[]) =>
    doses.forEach((taken, index) => {
      const id = uuid(`dose:${owner}:${index}`);
      resources.push({ id, resource: medicationStatement({ id, patient, taken }) });
    });
  for (const checkIn of document.checkIns)
    addDoses(`check-in:${checkIn.date}`, checkIn.medications);
  for (const log of document.quickLogs) {
    addDoses(`quick-log:${log.requestId ?? log.occurredAt}`, log.medications);
  }
  if (document.pegResponses.length > 0) {
    const questionnaire = pegQuestionnaire();
    resources.push({ id: questionnaire.id, resource: questionnaire });
  }
  for (const peg of document.pegResponses) {
    const id = uuid(`peg:${peg.date}`);
    resources.push({ id, resource: pegResponse({ id, patient, peg }) });
  }
  return {
    resourceType: "Bundle",
    id: uuid(`bundle:${generatedAt.toISOString()}`),
    type: "collection",
    timestamp: generatedAt.toISOString(),
    entry: resources.map(({ id, resource }) => ({ fullUrl: `urn:uuid:${id}`, resource })),
  };
}
