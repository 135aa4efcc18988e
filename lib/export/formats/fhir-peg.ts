import type { ExportDocument } from "../schema";
import { LOINC, PEG_ITEMS, PEG_MEAN, PEG_PANEL, PEG_QUESTIONNAIRE_URL } from "./fhir-codes";
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  Reference,
} from "./fhir-types";
import { derivedUuid } from "./ids";

/** The weekly PEG in FHIR: the Questionnaire (LOINC panel 91148-7) and each answer to it. */

export function pegQuestionnaire(): Questionnaire {
  const item = (code: string, text: string): QuestionnaireItem => ({
    linkId: code,
    code: [{ system: LOINC, code }],
    text,
    type: "integer",
    required: true,
  });
  return {
    resourceType: "Questionnaire",
    id: derivedUuid("questionnaire:peg"),
    url: PEG_QUESTIONNAIRE_URL,
    name: "BackstoryPEG",
    title: "PEG: pain, enjoyment of life, general activity",
    status: "active",
    subjectType: ["Patient"],
    code: [PEG_PANEL],
    item: [
      item(PEG_ITEMS.pain.code, PEG_ITEMS.pain.text),
      item(PEG_ITEMS.enjoyment.code, PEG_ITEMS.enjoyment.text),
      item(PEG_ITEMS.activity.code, PEG_ITEMS.activity.text),
      {
        linkId: PEG_MEAN.code,
        code: [{ system: LOINC, code: PEG_MEAN.code, display: PEG_MEAN.text }],
        text: PEG_MEAN.text,
        type: "decimal",
        readOnly: true,
      },
    ],
  };
}

export function pegResponse({
  id,
  patient,
  peg,
}: {
  id: string;
  patient: Reference;
  peg: ExportDocument["pegResponses"][number];
}): QuestionnaireResponse {
  const answer = (code: string, text: string, value: number) => ({
    linkId: code,
    text,
    answer: [{ valueInteger: value }],
  });
  const mean = Math.round(((peg.pain + peg.enjoyment + peg.activity) / 3) * 100) / 100;
  return {
    resourceType: "QuestionnaireResponse",
    id,
    questionnaire: PEG_QUESTIONNAIRE_URL,
    status: "completed",
    subject: patient,
    author: patient,
    source: patient,
    // The date the person answered for, as they see it (a FHIR dateTime may be a date alone).
    authored: peg.date,
    item: [
      answer(PEG_ITEMS.pain.code, PEG_ITEMS.pain.text, peg.pain),
      answer(PEG_ITEMS.enjoyment.code, PEG_ITEMS.enjoyment.text, peg.enjoyment),
      answer(PEG_ITEMS.activity.code, PEG_ITEMS.activity.text, peg.activity),
      { linkId: PEG_MEAN.code, text: PEG_MEAN.text, answer: [{ valueDecimal: mean }] },
    ],
  };
}
