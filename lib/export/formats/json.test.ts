import { describe, expect, test } from "vitest";
import { sampleExportDocument, sampleExportInput } from "@/test/export-fixtures";
import { exportDocumentSchema } from "../schema";
import {
  formatIssuePath,
  MAX_PROBLEMS_SHOWN,
  parseExportFile,
  serializeExportDocument,
} from "./json";

const withChange = (change: (input: ReturnType<typeof sampleExportInput>) => void) => {
  const input = sampleExportInput();
  change(input);
  return JSON.stringify(input);
};

const problemsOf = async (text: string) => {
  const parsed = await parseExportFile(text);
  if (parsed.ok) throw new Error("expected the file to be refused");
  return parsed.problems;
};

describe("a good file", () => {
  test("an export reads back as exactly the same document", async () => {
    const document = sampleExportDocument();
    const parsed = await parseExportFile(serializeExportDocument(document));
    expect(parsed).toEqual({ ok: true, document });
  });

  test("a byte order mark in front is fine", async () => {
    expect(
      (await parseExportFile(`\uFEFF${serializeExportDocument(sampleExportDocument())}`)).ok,
    ).toBe(true);
  });

  test("a hand-made file may leave out optional fields and empty lists", async () => {
    const parsed = await parseExportFile(
      JSON.stringify({
        format: "backstory-export",
        schemaVersion: 1,
        checkIns: [{ date: "2026-01-05", pain: [{ partOfDay: "EVENING", intensity: 4 }] }],
        quickLogs: [
          {
            occurredAt: "2026-01-05T10:00:00+01:00",
            localDate: "2026-01-05",
            partOfDay: "MORNING",
            intensity: 2,
          },
        ],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.checkIns[0]).toMatchObject({
      note: null,
      sleepHours: null,
      redFlags: [],
      tags: [],
      relief: [],
      pain: [{ partOfDay: "EVENING", intensity: 4, areas: [], qualities: [], tags: [] }],
    });
    expect(parsed.document.quickLogs[0]?.requestId).toBeNull();
    expect(parsed.document.lifeEvents).toEqual([]);
  });
});

describe("a bad file gets precise messages", () => {
  test("not JSON, not an object, not ours, too new", async () => {
    expect((await problemsOf("{ not json"))[0]).toMatch(/^This file is not valid JSON/);
    expect(await problemsOf("[1, 2]")).toEqual([
      "This file is not a Backstory export: it should hold one JSON object.",
    ]);
    expect((await problemsOf(JSON.stringify({ resourceType: "Bundle" })))[0]).toMatch(
      /not a Backstory export/,
    );
    expect(
      (await problemsOf(withChange((input) => Object.assign(input, { schemaVersion: 3 }))))[0],
    ).toMatch(/newer Backstory \(schema version 3\)/);
  });

  test("hours slept outside 0–24 is refused with its record named", async () => {
    const problems = await problemsOf(
      withChange((input) => {
        const [first] = input.checkIns as { sleepHours?: number }[];
        if (first) first.sleepHours = 25;
      }),
    );
    expect(problems[0]).toMatch(/^checkIns\[0\]\.sleepHours: expected a number of hours/);
  });

  test("the record and the field are named", async () => {
    const problems = await problemsOf(
      withChange((input) => {
        const [first, second] = input.checkIns ?? [];
        if (first) first.date = "2026-02-30";
        if (second?.pain?.[0]) second.pain[0].intensity = 11;
        const log = input.quickLogs?.[0];
        if (log) log.partOfDay = "LUNCH" as "MORNING";
        const peg = input.pegResponses?.[1];
        if (peg) peg.enjoyment = 2.5;
        const reflection = input.reflections?.[0];
        if (reflection) reflection.createdAt = "yesterday";
      }),
    );
    expect(problems).toEqual([
      "checkIns[0].date: expected a real date written YYYY-MM-DD",
      "checkIns[1].pain[0].intensity: expected a whole number from 0 to 10",
      "quickLogs[0].partOfDay: expected one of MORNING, AFTERNOON, EVENING, NIGHT",
      "pegResponses[1].enjoyment: expected a whole number from 0 to 10",
      "reflections[0].createdAt: expected a date and time like 2026-03-01T08:30:00.000Z",
    ]);
  });

  test("dates must be written YYYY-MM-DD", async () => {
    expect(
      await problemsOf(
        withChange((input) => {
          const [first] = input.checkIns ?? [];
          if (first) first.date = "3/1/2026";
        }),
      ),
    ).toEqual(["checkIns[0].date: expected a real date written YYYY-MM-DD"]);
  });

  test("missing required fields and unknown fields", async () => {
    const problems = await problemsOf(
      withChange((input) => {
        const event = input.lifeEvents?.[0] as Record<string, unknown> | undefined;
        if (event) delete event.title;
        Object.assign(input.checkIns?.[0] ?? {}, { mood: "fine" });
      }),
    );
    expect(problems).toEqual([
      'checkIns[0]: "mood" is not a field here',
      "lifeEvents[0].title: expected text",
    ]);
  });

  test("references to tags and relief items must resolve", async () => {
    const problems = await problemsOf(
      withChange((input) => {
        input.tags = input.tags?.filter((tag) => tag.name !== "Sam");
        const relief = input.checkIns?.[1]?.relief?.[0];
        if (relief) relief.item = "Sauna";
      }),
    );
    expect(problems).toEqual([
      'checkIns[0].tags[1]: no PERSON tag "Sam" in tags',
      'checkIns[1].relief[0].item: no relief item "Sauna" in reliefItems',
    ]);
  });

  test("doses must name a listed medication, and a medication is listed once in any case", async () => {
    const problems = await problemsOf(
      withChange((input) => {
        const taken = input.quickLogs?.[0]?.medications?.[0];
        if (taken) taken.medication = "Aspirin";
        const dose = input.checkIns?.[0]?.medications?.[0];
        if (dose) dose.dose = 0;
        input.medications = [...(input.medications ?? []), { name: "IBUPROFEN, 400", unit: "mg" }];
      }),
    );
    expect(problems).toEqual(["checkIns[0].medications[0].dose: expected a dose above 0"]);
    const references = await problemsOf(
      withChange((input) => {
        const taken = input.quickLogs?.[0]?.medications?.[0];
        if (taken) taken.medication = "Aspirin";
        input.medications = [...(input.medications ?? []), { name: "IBUPROFEN, 400", unit: "mg" }];
      }),
    );
    expect(references).toEqual([
      'medications[2].name: "IBUPROFEN, 400" is listed twice',
      'quickLogs[0].medications[0].medication: no medication "Aspirin" in medications',
    ]);
  });

  test("a version 1 file (before medications) is still read", async () => {
    const parsed = await parseExportFile(
      withChange((input) => {
        input.schemaVersion = 1;
        delete input.medications;
        for (const checkIn of input.checkIns ?? []) delete checkIn.medications;
        for (const log of input.quickLogs ?? []) delete log.medications;
      }),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.document.medications).toEqual([]);
      expect(parsed.document.checkIns[0]?.medications).toEqual([]);
    }
  });

  test("what the database keeps unique must be unique in the file", async () => {
    const problems = await problemsOf(
      withChange((input) => {
        const [first, second] = input.checkIns ?? [];
        if (first && second) second.date = first.date;
        const pain = first?.pain?.[1];
        if (pain) pain.partOfDay = "MORNING";
        const [peg1, peg2] = input.pegResponses ?? [];
        if (peg1 && peg2) peg2.date = peg1.date;
        input.quickLogs = [...(input.quickLogs ?? []), ...(input.quickLogs ?? [])];
        input.tags = [...(input.tags ?? []), { kind: "PERSON", name: "Sam" }];
      }),
    );
    expect(problems).toEqual([
      'tags[4]: the PERSON tag "Sam" is listed twice',
      "checkIns[0].pain[1].partOfDay: this part of day is rated twice",
      "checkIns[1].date: there is already a check-in for 2026-03-01",
      "quickLogs[1].requestId: this requestId appears twice",
      "pegResponses[1].date: there is already a PEG for 2026-03-01",
    ]);
  });

  test("at most a screenful of problems, with the total", async () => {
    const parsed = await parseExportFile(
      withChange((input) => {
        input.pegResponses = Array.from({ length: 30 }, (_, index) => ({
          date: `2026-01-${String(index + 1).padStart(2, "0")}`,
          pain: 99,
          enjoyment: 1,
          activity: 1,
        }));
      }),
    );
    expect(parsed).toMatchObject({ ok: false, problemCount: 30 });
    if (!parsed.ok) expect(parsed.problems).toHaveLength(MAX_PROBLEMS_SHOWN);
  });
});

test("issue paths read like code", async () => {
  expect(formatIssuePath(["checkIns", 3, "pain", 0, "tags", 1])).toBe(
    "checkIns[3].pain[0].tags[1]",
  );
  expect(formatIssuePath([])).toBe("(the file)");
});

test("every export document passes the schema it documents", async () => {
  expect(exportDocumentSchema.safeParse(sampleExportDocument()).success).toBe(true);
});
