import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { sampleExportDocument } from "@/test/export-fixtures";
import { buildCsvTables, buildCsvZip, escapeCell, toCsv } from "./csv";

describe("escapeCell", () => {
  test.each([
    ["=1+1", "'=1+1"],
    ["+49 30 123", "'+49 30 123"],
    ["-2 after stretching", "'-2 after stretching"],
    ["@manager", "'@manager"],
    ["\tTab first", "'\tTab first"],
    ["\rCarriage return first", "'\rCarriage return first"],
    ['=HYPERLINK("http://evil.test","click")', `'=HYPERLINK("http://evil.test","click")`],
  ])("text that a spreadsheet would run is prefixed: %j", (value, escaped) => {
    expect(escapeCell(value)).toBe(escaped);
  });

  test.each([
    "Sam",
    "a = b",
    "2026-03-01",
    "1+1",
    "e-mail",
    " =not at the start",
    "'already quoted",
    "",
  ])("other text is left as it is: %j", (value) => {
    expect(escapeCell(value)).toBe(value);
  });

  test("numbers become text, and missing values empty cells", () => {
    expect(escapeCell(7.5)).toBe("7.5");
    expect(escapeCell(0)).toBe("0");
    expect(escapeCell(null)).toBe("");
    expect(escapeCell(undefined)).toBe("");
  });
});

describe("toCsv (RFC 4180)", () => {
  const csv = toCsv({
    columns: ["name", "note"],
    rows: [
      ["Sam", 'said "hi", left'],
      ["two\nlines", "=cmd|' /C calc'!A0"],
      ["emoji 😤", null],
    ],
  });

  test("CRLF line ends, a header row and a UTF-8 byte order mark", () => {
    expect(csv.startsWith("\uFEFFname,note\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "").includes("\r")).toBe(false);
  });

  test("fields with commas, quotes or line breaks are quoted, quotes doubled", () => {
    expect(csv).toContain('"said ""hi"", left"');
    expect(csv).toContain('"two\nlines"');
  });

  test("a CSV parser reads back exactly the escaped values", () => {
    const rows = parse(csv, { bom: true, columns: true });
    expect(rows).toEqual([
      { name: "Sam", note: 'said "hi", left' },
      { name: "two\nlines", note: "'=cmd|' /C calc'!A0" },
      { name: "emoji 😤", note: "" },
    ]);
  });
});

describe("the CSV export", () => {
  const document = sampleExportDocument();

  test("a zip with a README and one CSV per record type", () => {
    const files = unzipSync(buildCsvZip({ document, folder: "backstory-2026-03-10" }));
    expect(Object.keys(files).sort()).toEqual(
      [
        "README.txt",
        "account.csv",
        "check-ins.csv",
        "life-events.csv",
        "medication-doses.csv",
        "medications.csv",
        "pain-ratings.csv",
        "peg-responses.csv",
        "reflections.csv",
        "relief-items.csv",
        "relief-uses.csv",
        "share-links.csv",
        "tag-uses.csv",
        "tags.csv",
      ].map((name) => `backstory-2026-03-10/${name}`),
    );
    const checkIns = parse(
      strFromU8(files["backstory-2026-03-10/check-ins.csv"] ?? new Uint8Array()),
      {
        bom: true,
        columns: true,
      },
    );
    expect(checkIns).toHaveLength(2);
    expect(checkIns[0]).toMatchObject({
      date: "2026-03-01",
      stress: "6",
      sittingHours: "7.5",
      redFlags: "WORSE_AT_NIGHT",
      note: 'Long day.\nSam said "again?", then -1 for the mood',
    });
  });

  test("every record is there, pain ratings from check-ins and quick logs alike", () => {
    const tables = buildCsvTables(document);
    const count = (name: string) => tables[name]?.rows.length;
    expect(count("tags.csv")).toBe(4);
    expect(count("pain-ratings.csv")).toBe(4);
    expect(count("tag-uses.csv")).toBe(5);
    expect(count("relief-uses.csv")).toBe(2);
    expect(count("peg-responses.csv")).toBe(2);
    expect(count("medications.csv")).toBe(2);
    expect(tables["medication-doses.csv"]?.rows).toEqual([
      [
        "2026-03-01",
        "check-in",
        null,
        "Ibuprofen, 400",
        400,
        "mg",
        "no",
        "2026-03-01T07:30:00.000Z",
        "MORNING",
      ],
      [
        "2026-03-01",
        "check-in",
        null,
        "=Naproxen",
        1.5,
        "tablets",
        "yes",
        "2026-03-01T23:15:00.000Z",
        "NIGHT",
      ],
      [
        "2026-03-03",
        "quick log",
        "0e9a2f0c-7f4e-4a51-9d0a-3c1b2e4f5a6b",
        "Ibuprofen, 400",
        200,
        "mg",
        "yes",
        "2026-03-03T13:20:00.000Z",
        "AFTERNOON",
      ],
    ]);
    expect(tables["peg-responses.csv"]?.rows[0]).toEqual([
      "2026-03-01",
      6,
      5,
      7,
      6,
      "2026-03-01T21:00:00.000Z",
    ]);
  });

  test("no cell of any file starts a formula", () => {
    for (const table of Object.values(buildCsvTables(document))) {
      const rows: string[][] = parse(toCsv(table), { bom: true });
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
