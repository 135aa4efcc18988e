import {
  EXPORT_FORMAT,
  type ExportDocument,
  type ExportDocumentInput,
  exportDocumentSchema,
  SCHEMA_VERSION,
} from "@/lib/export/schema";

/**
 * A small journal in the export format, touching every record type and the awkward values:
 * formula-looking text, commas, quotes, line breaks, emoji and a night that crosses midnight.
 */
export function sampleExportInput(): ExportDocumentInput {
  return {
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: "2026-03-10T20:00:00.000Z",
    account: {
      email: "person@example.test",
      timeZone: "Europe/Berlin",
      createdAt: "2026-01-01T10:00:00.000Z",
      painBeganOn: "2025-11-02",
      flareBeganOn: null,
    },
    // In the order an export writes them: by kind, then name.
    tags: [
      { kind: "CONTEXT", name: "at a desk, for hours", createdAt: "2026-03-01T19:00:00.000Z" },
      { kind: "EMOTION", name: "frustrated 😤", createdAt: "2026-03-01T19:00:00.000Z" },
      {
        kind: "PERSON",
        name: '=HYPERLINK("http://evil.test")',
        createdAt: "2026-03-01T19:00:00.000Z",
      },
      { kind: "PERSON", name: "Sam", createdAt: "2026-03-01T19:00:00.000Z" },
    ],
    reliefItems: [
      { builtinKey: "CAT_COW", name: "Cat-cow", createdAt: "2026-03-01T19:00:00.000Z" },
      { builtinKey: null, name: "Hot bath", createdAt: "2026-03-02T19:00:00.000Z" },
    ],
    medications: [
      // In the order an export writes them: by name.
      {
        name: "=Naproxen",
        usualDose: null,
        unit: "tablets",
        archivedAt: "2026-03-05T10:00:00.000Z",
        createdAt: "2026-03-01T19:00:00.000Z",
      },
      {
        name: "Ibuprofen, 400",
        usualDose: 400,
        unit: "mg",
        archivedAt: null,
        createdAt: "2026-03-01T19:00:00.000Z",
      },
    ],
    checkIns: [
      {
        date: "2026-03-01",
        stress: 6,
        sittingHours: 7.5,
        sleepQuality: 4,
        sleepHours: 6.5,
        note: 'Long day.\nSam said "again?", then -1 for the mood',
        redFlags: ["WORSE_AT_NIGHT"],
        createdAt: "2026-03-01T21:00:00.000Z",
        updatedAt: "2026-03-01T21:05:00.000Z",
        pain: [
          {
            partOfDay: "MORNING",
            intensity: 6,
            areas: ["LOWER_BACK"],
            qualities: ["STIFF", "DULL_ACHE"],
            createdAt: "2026-03-01T21:00:00.000Z",
            tags: [],
          },
          {
            partOfDay: "NIGHT",
            intensity: 3,
            areas: ["LOWER_BACK", "HIPS"],
            qualities: [],
            createdAt: "2026-03-01T21:00:00.000Z",
            tags: [{ kind: "EMOTION", name: "frustrated 😤", partOfDay: null }],
          },
        ],
        tags: [
          { kind: "CONTEXT", name: "at a desk, for hours", partOfDay: null },
          { kind: "PERSON", name: "Sam", partOfDay: "MORNING" },
        ],
        relief: [{ item: "Cat-cow", partOfDay: "EVENING", minutes: 10, helped: "A_LITTLE" }],
        // In the order taken; the second one after midnight, the night of 1 March.
        medications: [
          {
            medication: "Ibuprofen, 400",
            dose: 400,
            unit: "mg",
            asNeeded: false,
            takenAt: "2026-03-01T07:30:00.000Z",
            partOfDay: "MORNING",
          },
          {
            medication: "=Naproxen",
            dose: 1.5,
            unit: "tablets",
            asNeeded: true,
            takenAt: "2026-03-01T23:15:00.000Z",
            partOfDay: "NIGHT",
          },
        ],
      },
      {
        date: "2026-03-02",
        stress: null,
        sittingHours: null,
        sleepQuality: null,
        sleepHours: null,
        note: null,
        redFlags: [],
        createdAt: "2026-03-02T20:00:00.000Z",
        updatedAt: "2026-03-02T20:00:00.000Z",
        pain: [
          {
            partOfDay: "AFTERNOON",
            intensity: 0,
            areas: [],
            qualities: [],
            createdAt: "2026-03-02T20:00:00.000Z",
            tags: [],
          },
        ],
        tags: [{ kind: "PERSON", name: '=HYPERLINK("http://evil.test")', partOfDay: null }],
        relief: [{ item: "Hot bath", partOfDay: null, minutes: null, helped: null }],
      },
    ],
    quickLogs: [
      {
        requestId: "0e9a2f0c-7f4e-4a51-9d0a-3c1b2e4f5a6b",
        occurredAt: "2026-03-03T13:20:00.000Z",
        localDate: "2026-03-03",
        partOfDay: "AFTERNOON",
        intensity: 8,
        areas: ["DOWN_ONE_LEG"],
        qualities: ["SHOOTING"],
        createdAt: "2026-03-03T13:20:05.000Z",
        tags: [{ kind: "CONTEXT", name: "at a desk, for hours", partOfDay: "AFTERNOON" }],
        medications: [
          {
            medication: "Ibuprofen, 400",
            dose: 200,
            unit: "mg",
            asNeeded: true,
            takenAt: "2026-03-03T13:20:00.000Z",
            partOfDay: "AFTERNOON",
          },
        ],
      },
    ],
    lifeEvents: [
      {
        date: "2025-10-15",
        title: "+ New job",
        category: "WORK",
        note: "@team lead",
        createdAt: "2026-03-01T19:00:00.000Z",
      },
    ],
    pegResponses: [
      {
        date: "2026-03-01",
        pain: 6,
        enjoyment: 5,
        activity: 7,
        createdAt: "2026-03-01T21:00:00.000Z",
      },
      {
        date: "2026-03-08",
        pain: 4,
        enjoyment: 4,
        activity: 5,
        createdAt: "2026-03-08T21:00:00.000Z",
      },
    ],
    reflections: [
      {
        promptKey: "MORNINGS_WORSE",
        promptText: "How do you feel about work as the day begins?",
        evidence: { morning: 6.1, evening: 3.9, days: 14 },
        answer: "\tDread, mostly.",
        weekStart: "2026-03-02",
        createdAt: "2026-03-08T20:00:00.000Z",
        updatedAt: "2026-03-08T20:10:00.000Z",
      },
    ],
    experiments: [
      {
        reliefItem: null,
        rule: "= no screens after 10",
        outcome: "MORNING",
        startDate: "2026-03-02",
        blockDays: 2,
        blockOrder: "ABBAABBABAABABBA",
        stoppedOn: "2026-03-10",
        createdAt: "2026-03-01T20:00:00.000Z",
        nights: [
          { date: "2026-03-02", isDone: true },
          { date: "2026-03-04", isDone: false },
        ],
      },
      {
        reliefItem: "Hot bath",
        rule: null,
        outcome: "DAY",
        startDate: "2026-03-16",
        blockDays: 7,
        blockOrder: "BAAB",
        stoppedOn: null,
        createdAt: "2026-03-15T20:00:00.000Z",
        nights: [{ date: "2026-03-16", isDone: false }],
      },
    ],
    shareLinks: [],
  };
}

export function sampleExportDocument(): ExportDocument {
  return exportDocumentSchema.parse(sampleExportInput());
}
