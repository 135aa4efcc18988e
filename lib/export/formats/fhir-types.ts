import type { CodeableConcept, Coding } from "./fhir-codes";

/** The few FHIR R4 resource shapes the export writes (https://hl7.org/fhir/R4/). */

export type Reference = { reference: string; type?: string };
export type Patient = { resourceType: "Patient"; id: string };
export type Observation = {
  resourceType: "Observation";
  id: string;
  status: "final";
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  performer: Reference[];
  effectiveDateTime?: string;
  effectivePeriod?: { start: string; end: string };
  issued?: string;
  valueInteger: number;
  bodySite?: CodeableConcept;
  note?: { text: string }[];
};
export type QuestionnaireItem = {
  linkId: string;
  code?: Coding[];
  text: string;
  type: "integer" | "decimal";
  required?: boolean;
  readOnly?: boolean;
};
export type Questionnaire = {
  resourceType: "Questionnaire";
  id: string;
  url: string;
  name: string;
  title: string;
  status: "active";
  subjectType: ["Patient"];
  code: Coding[];
  item: QuestionnaireItem[];
};
export type QuestionnaireResponse = {
  resourceType: "QuestionnaireResponse";
  id: string;
  questionnaire: string;
  status: "completed";
  subject: Reference;
  author: Reference;
  source: Reference;
  authored: string;
  item: {
    linkId: string;
    text: string;
    answer: ({ valueInteger: number } | { valueDecimal: number })[];
  }[];
};
export type MedicationStatement = {
  resourceType: "MedicationStatement";
  id: string;
  status: "completed";
  medicationCodeableConcept: { text: string };
  subject: Reference;
  informationSource: Reference;
  effectiveDateTime: string;
  dosage: {
    text: string;
    asNeededBoolean: boolean;
    doseAndRate: {
      doseQuantity: { value: number; unit: string; system?: string; code?: string };
    }[];
  }[];
};
export type FhirResource =
  | Patient
  | Observation
  | Questionnaire
  | QuestionnaireResponse
  | MedicationStatement;
export type FhirBundle = {
  resourceType: "Bundle";
  id: string;
  type: "collection";
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
};
