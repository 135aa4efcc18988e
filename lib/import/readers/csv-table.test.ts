import { expect, test } from "vitest";
import { describeProblem, readCsv } from "./csv-table";

test("reads quoted cells with separators, doubled quotes and line breaks inside; skips blank rows", () => {
  const result = readCsv('a,b\n"1, 2","say ""hi""\nthere"\n,\n3,4\n');
  expect(result).toEqual({
    ok: true,
    table: {
      header: ["a", "b"],
      rows: [
        { number: 2, cells: ["1, 2", 'say "hi"\nthere'] },
        // The blank line was row 3 in a spreadsheet app; it is skipped, not renumbered.
        { number: 4, cells: ["3", "4"] },
      ],
    },
  });
});

test("finds semicolon and tab separators, and ignores a byte-order mark", () => {
  const semicolon = readCsv("\ufeffDate;Pain\n01/03/2026;4,5\n");
  expect(semicolon.ok && semicolon.table).toEqual({
    header: ["Date", "Pain"],
    rows: [{ number: 2, cells: ["01/03/2026", "4,5"] }],
  });
  const tab = readCsv("Date\tPain\n2026-03-01\t4\n");
  expect(tab.ok && tab.table.rows[0]?.cells).toEqual(["2026-03-01", "4"]);
});

test("an unclosed quote and an empty file are refused", () => {
  const unclosed = readCsv('a,b\n1,"never closed\n2,3\n');
  expect(unclosed.ok).toBe(false);
  if (!unclosed.ok) {
    expect(describeProblem(unclosed.problems[0] ?? { row: 0, column: null, message: "" })).toBe(
      'Row 2: a quoted cell is never closed (a " is missing)',
    );
  }
  expect(readCsv("  \n")).toEqual({
    ok: false,
    problems: [{ row: 0, column: null, message: "The file is empty." }],
  });
});

test("problems name the row and the column", () => {
  expect(describeProblem({ row: 4, column: "time", message: "bad" })).toBe(
    "Row 4, column “time”: bad",
  );
});

test("a spreadsheet app's own file (binary) is refused with what to do instead", () => {
  const result = readCsv("PK\u0003\u0004\u0000\u0000xl/workbook.xml");
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems[0]?.message).toMatch(/Save it as CSV/);
});
