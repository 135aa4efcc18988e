import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import type { SpreadsheetMapping } from "../schema";
import { readCsv } from "./csv-table";
import { readPain, readSpreadsheet } from "./spreadsheet";

const fixture = readFileSync(
  new URL("../../../test/fixtures/import/spreadsheet.csv", import.meta.url),
  "utf8",
);

const MAPPING: SpreadsheetMapping = {
  date: 0,
  dateOrder: "DMY",
  time: 1,
  pain: 2,
  scale: "0-100",
  untimedPart: "EVENING",
  people: 3,
  places: 4,
  feelings: 5,
  note: 6,
};

async function read(
  text: string,
  mapping: Partial<SpreadsheetMapping> = {},
  timeZone = "Europe/Berlin",
) {
  const csv = readCsv(text);
  if (!csv.ok) throw new Error(JSON.stringify(csv.problems));
  return readSpreadsheet({ table: csv.table, mapping: { ...MAPPING, ...mapping }, timeZone });
}

test("a rating with a time is a quick log; one without is the day's rating for the chosen part", async () => {
  const result = await read(fixture);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const { document, preview } = result;
  expect(document.quickLogs).toEqual([
    {
      occurredAt: "2026-03-01T07:30:00.000Z",
      localDate: "2026-03-01",
      partOfDay: "MORNING",
      intensity: 7,
      tags: [
        { kind: "PERSON", name: "Sam", partOfDay: "MORNING" },
        { kind: "CONTEXT", name: "desk", partOfDay: "MORNING" },
        { kind: "CONTEXT", name: "office", partOfDay: "MORNING" },
        { kind: "EMOTION", name: "anxious", partOfDay: "MORNING" },
      ],
    },
    {
      occurredAt: "2026-03-02T12:05:00.000Z",
      localDate: "2026-03-02",
      partOfDay: "AFTERNOON",
      // 55 of 100 is 5.5, rounded half up.
      intensity: 6,
      tags: [
        { kind: "PERSON", name: "Sam", partOfDay: "AFTERNOON" },
        { kind: "PERSON", name: "my manager", partOfDay: "AFTERNOON" },
        { kind: "CONTEXT", name: "meeting", partOfDay: "AFTERNOON" },
      ],
    },
  ]);
  expect(document.checkIns).toEqual([
    {
      date: "2026-03-01",
      note: 'Sharp in the morning; "typical"\n\nCalmer evening',
      pain: [{ partOfDay: "EVENING", intensity: 4 }],
      tags: [{ kind: "CONTEXT", name: "home", partOfDay: null }],
    },
  ]);
  expect(preview.map((row) => [row.row, row.becomes, row.pain, row.partOfDay])).toEqual([
    [2, "quick log", 7, "MORNING"],
    [3, "check-in", 4, "EVENING"],
    [4, "quick log", 6, "AFTERNOON"],
    [5, "nothing", null, null],
  ]);
});

test("without a time column every rating goes to the chosen part of its day", async () => {
  const result = await read("day,pain\n2026-03-01,3\n2026-03-02,8\n", {
    time: null,
    pain: 1,
    scale: "0-10",
    untimedPart: "NIGHT",
    people: null,
    places: null,
    feelings: null,
    note: null,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.document.checkIns?.map((c) => [c.date, c.pain])).toEqual([
    ["2026-03-01", [{ partOfDay: "NIGHT", intensity: 3 }]],
    ["2026-03-02", [{ partOfDay: "NIGHT", intensity: 8 }]],
  ]);
});

test("a date column holding UTC instants is read on the person's clock", async () => {
  const mapping = {
    time: null,
    pain: 1,
    scale: "0-10",
    people: null,
    places: null,
    feelings: null,
    note: null,
  } as const;
  const text = "when,pain\n2026-03-01T23:30:00Z,5\n";
  const berlin = await read(text, mapping);
  const newYork = await read(text, mapping, "America/New_York");
  if (!berlin.ok || !newYork.ok) throw new Error("expected the file to be read");
  // 00:30 on 2 March in Berlin is the night of 1 March; 18:30 in New York is its evening.
  expect(berlin.document.quickLogs?.[0]).toMatchObject({
    localDate: "2026-03-01",
    partOfDay: "NIGHT",
  });
  expect(newYork.document.quickLogs?.[0]).toMatchObject({
    occurredAt: "2026-03-01T23:30:00.000Z",
    localDate: "2026-03-01",
    partOfDay: "EVENING",
  });
});

test("every refused cell is listed with its row and column, and nothing is kept", async () => {
  const text = [
    "Date;Time;Pain (0-100);Who;Where;Mood;Comments",
    "31/02/2026;08:30;70;;;;",
    "01/03/2026;8 o'clock;50;;;;",
    "01/03/2026;;140;;;;",
    ";;20;;;;",
    "02/03/2026;;20;;;;",
    "02/03/2026;;30;;;;",
  ].join("\n");
  expect(await read(text)).toEqual({
    ok: false,
    problems: [
      { row: 2, column: "Date", message: "“31/02/2026” is not a date Backstory can read" },
      { row: 3, column: "Time", message: "“8 o'clock” is not a time like 20:30 or 8:30 pm" },
      { row: 4, column: "Pain (0-100)", message: "“140” is not a rating from 0 to 100" },
      { row: 5, column: "Date", message: "no date" },
      {
        row: 7,
        column: "Pain (0-100)",
        message:
          "2026-03-02 already has a rating without a time (row 6); give one of them a time, or keep one",
      },
    ],
  });
});

test("a file with nothing to import in the mapped columns is refused", async () => {
  const result = await read("Date;Time;Pain (0-100);Who;Where;Mood;Comments\n01/03/2026;;;;;;\n");
  expect(result.ok).toBe(false);
});

test("pain scales convert to 0–10", async () => {
  expect(readPain("4", "0-10")).toBe(4);
  expect(readPain("4,5", "0-10")).toBe(5);
  expect(readPain("1", "1-10")).toBe(1);
  expect(readPain("0", "1-10")).toBe("“0” is not a rating from 1 to 10");
  expect(readPain("3", "0-5")).toBe(6);
  expect(readPain("35", "0-100")).toBe(4);
  expect(readPain("-1", "0-10")).toMatch(/not a rating/);
  expect(readPain("high", "0-10")).toMatch(/not a rating/);
});

test("a quick log with more tags than the quick-log form takes is refused", async () => {
  const people = Array.from({ length: 11 }, (_, index) => `person ${index}`).join(", ");
  const result = await read(
    `Date;Time;Pain (0-100);Who;Where;Mood;Comments\n01/03/2026;08:30;50;${people};;;\n`,
  );
  expect(result).toEqual({
    ok: false,
    problems: [
      {
        row: 2,
        column: null,
        message:
          "a rating with a time becomes a quick log, which holds at most 10 tags; this row has 11",
      },
    ],
  });
});
