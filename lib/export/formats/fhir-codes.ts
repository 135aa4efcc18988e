import type { MedicationUnit } from "@/lib/medications/types";
import type { BodyArea, PainQuality } from "../types";

/**
 * The codes of the FHIR export. Where they come from and how sure we are:
 * docs/export-format.md ("Codes and how sure we are").
 */

export type Coding = { system: string; code: string; display?: string };
export type CodeableConcept = { coding?: Coding[]; text?: string };

export const LOINC = "http://loinc.org";
export const SNOMED = "http://snomed.info/sct";

export const PAIN_SEVERITY: Coding = {
  system: LOINC,
  code: "72514-3",
  display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
};

/**
 * The PEG panel and its items. Check digits verified by LOINC's mod-10 algorithm; the item codes
 * follow LOINC's PEG form (91148-7), whose first item reuses the older pain-average term 75893-8.
 */
export const PEG_PANEL: Coding = {
  system: LOINC,
  code: "91148-7",
  display: "Pain, Enjoyment of Life and General Activity scale [PEG]",
};
export const PEG_ITEMS = {
  pain: {
    code: "75893-8",
    text: "What number best describes your pain on average in the past week?",
  },
  enjoyment: {
    code: "91145-3",
    text: "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
  },
  activity: {
    code: "91146-1",
    text: "What number best describes how, during the past week, pain has interfered with your general activity?",
  },
} as const;
export const PEG_MEAN = { code: "91147-9", text: "Mean score [PEG]" } as const;
/** Our own Questionnaire's canonical URL (a fixed URN: Backstory has no public address). */
export const PEG_QUESTIONNAIRE_URL = "urn:uuid:5f0c1d2e-8b7a-4c1e-9d3f-2a6b7c8d9e01";

/**
 * SNOMED CT body structures, only where one concept matches the area; the rest go as text.
 * Sources and doubts: docs/export-format.md.
 */
const BODY_SITES: Record<BodyArea, { text: string; snomed?: Coding }> = {
  LOWER_BACK: {
    text: "Lower back",
    snomed: { system: SNOMED, code: "37822005", display: "Lower back structure" },
  },
  MID_UPPER_BACK: { text: "Mid/upper back (between the shoulder blades)" },
  NECK: { text: "Neck", snomed: { system: SNOMED, code: "45048000", display: "Neck structure" } },
  HIPS: {
    text: "Hips",
    snomed: { system: SNOMED, code: "29836001", display: "Hip region structure" },
  },
  BUTTOCKS: {
    text: "Buttocks",
    snomed: { system: SNOMED, code: "46862004", display: "Buttock structure" },
  },
  BACK_OF_THIGHS: { text: "Back of the thighs" },
  CALVES_FEET: { text: "Calves and feet" },
  FRONT_THIGHS_GROIN: { text: "Front of the thighs and groin" },
  DOWN_ONE_LEG: { text: "Pain going down one leg" },
};

export const QUALITY_TEXT: Record<PainQuality, string> = {
  DULL_ACHE: "dull ache",
  TIGHT: "tight",
  SHARP: "sharp",
  STABBING: "stabbing",
  BURNING: "burning",
  SHOOTING: "shooting",
  STIFF: "stiff",
};

/** Body site: a single coded area, or text listing several (Observation.bodySite holds one). */
export function bodySiteFor(areas: readonly BodyArea[]): CodeableConcept | undefined {
  if (areas.length === 0) return undefined;
  const [only] = areas;
  if (areas.length === 1 && only) {
    const site = BODY_SITES[only];
    return site.snomed ? { coding: [site.snomed], text: site.text } : { text: site.text };
  }
  return { text: areas.map((area) => BODY_SITES[area].text).join("; ") };
}

export const UCUM = "http://unitsofmeasure.org";

/**
 * UCUM codes of the dose units that have one (mcg is "ug", drops "[drp]"); countable forms
 * (tablets, puffs, patches…) carry their unit as text only.
 */
export const UCUM_DOSE_CODES: Partial<Record<MedicationUnit, string>> = {
  mg: "mg",
  g: "g",
  mcg: "ug",
  ml: "mL",
  drops: "[drp]",
};
