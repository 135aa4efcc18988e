import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { readCsv } from "./csv-table";
import { readDaylio } from "./daylio";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url), "utf8");

async function read(text: string, timeZone = "Europe/Berlin") {
  const csv = readCsv(text);
  if (!csv.ok) throw new Error(JSON.stringify(csv.problems));
  return readDaylio({ table: csv.table, timeZone });
}

test("a Daylio export becomes check-ins without pain: moods feelings, activities places", async () => {
  const result = await read(fixture("daylio.csv"));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const { document } = result;
  expect(document.quickLogs).toEqual([]);
  const byDate = new Map(document.checkIns?.map((checkIn) => [checkIn.date, checkIn]));
  expect([...byDate.keys()].sort()).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
  for (const checkIn of byDate.values()) expect(checkIn.pain).toEqual([]);

  const evening = byDate.get("2026-03-02");
  // The quoted note runs over two lines; the title comes first.
  expect(evening?.note).toBe("Long day\nBack stiff after the meeting.\nWalked home, helped a bit.");
  expect(evening?.tags).toEqual([
    { kind: "EMOTION", name: "meh", partOfDay: "EVENING" },
    { kind: "CONTEXT", name: "work", partOfDay: "EVENING" },
    { kind: "CONTEXT", name: "desk day", partOfDay: "EVENING" },
    { kind: "CONTEXT", name: "friends", partOfDay: "EVENING" },
    { kind: "EMOTION", name: "good", partOfDay: "MORNING" },
    { kind: "CONTEXT", name: "sleep early", partOfDay: "MORNING" },
  ]);
  // 01:30 on 1 March is the night of 28 February, as a quick log then would file.
  expect(byDate.get("2026-02-28")).toMatchObject({
    note: 'Drove back late, "never again"',
    tags: [
      { kind: "EMOTION", name: "awful", partOfDay: "NIGHT" },
      { kind: "CONTEXT", name: "party", partOfDay: "NIGHT" },
      { kind: "CONTEXT", name: "driving", partOfDay: "NIGHT" },
    ],
  });
  expect(byDate.get("2026-03-01")?.note).toBe("Sunday\nQuiet morning");
  expect(document.tags).toHaveLength(12);
  expect(result.preview.map((row) => [row.row, row.date, row.partOfDay, row.time])).toEqual([
    [2, "2026-03-02", "EVENING", "20:15"],
    [3, "2026-03-02", "MORNING", "07:40"],
    [4, "2026-02-28", "NIGHT", "01:30"],
    [5, "2026-03-01", "MORNING", "11:05"],
  ]);
});

test("Daylio times are wall-clock times: the days are the same in any zone", async () => {
  const result = await read(fixture("daylio.csv"), "Asia/Tokyo");
  if (!result.ok) throw new Error("expected the file to be read");
  expect(result.document.checkIns?.map((checkIn) => checkIn.date).sort()).toEqual([
    "2026-02-28",
    "2026-03-01",
    "2026-03-02",
  ]);
});

test("several notes on one day each start with their time, earliest first (Daylio lists newest first)", async () => {
  const result = await read(
    [
      "full_date,date,weekday,time,mood,activities,note_title,note",
      "2026-03-05,March 5,Thursday,21:00,good,,,evening note",
      "2026-03-05,March 5,Thursday,09:10,meh,,,morning note",
    ].join("\n"),
  );
  if (!result.ok) throw new Error("expected the file to be read");
  expect(result.document.checkIns?.[0]?.note).toBe("09:10 morning note\n\n21:00 evening note");
});

test("tags that differ only in case are one tag, spelled as first seen", async () => {
  const result = await read(
    [
      "full_date,date,weekday,time,mood,activities,note_title,note",
      "2026-03-05,March 5,Thursday,21:00,Good,Work,,",
      "2026-03-06,March 6,Friday,21:00,good,work |  WORK ,,",
    ].join("\n"),
  );
  if (!result.ok) throw new Error("expected the file to be read");
  expect(result.document.tags).toEqual([
    { kind: "EMOTION", name: "Good" },
    { kind: "CONTEXT", name: "Work" },
  ]);
  expect(result.document.checkIns?.[1]?.tags).toEqual([
    { kind: "EMOTION", name: "Good", partOfDay: "EVENING" },
    { kind: "CONTEXT", name: "Work", partOfDay: "EVENING" },
  ]);
});

test("bad dates and times are refused with their row and column, all of them", async () => {
  const result = await read(fixture("daylio-bad.csv"));
  expect(result).toEqual({
    ok: false,
    problems: [
      {
        row: 3,
        column: "full_date",
        message: "“2026-02-30” is not a date written year-month-day (2026-03-01)",
      },
      { row: 4, column: "time", message: "“25:99” is not a time like 20:30 or 8:30 pm" },
    ],
  });
});

test("a file that is not a Daylio export says which columns it lacks", async () => {
  const result = await read("date,pain\n2026-03-01,4\n");
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems[0]?.message).toMatch(
    /no “full_date”, “time”, “mood”, “activities”, “note” columns/,
  );
});

test("a future day is refused", async () => {
  const result = await read(
    "full_date,date,weekday,time,mood,activities,note_title,note\n2999-01-01,x,x,10:00,good,,,\n",
  );
  expect(result).toMatchObject({
    ok: false,
    problems: [{ row: 2, column: "full_date", message: "2999-01-01 hasn't happened yet" }],
  });
});

test("a day with more tags than the check-in form takes is refused", async () => {
  const activities = Array.from({ length: 41 }, (_, index) => `activity ${index}`).join(" | ");
  const result = await read(
    `full_date,date,weekday,time,mood,activities,note_title,note\n2026-03-05,x,x,21:00,good,${activities},,\n`,
  );
  expect(result).toEqual({
    ok: false,
    problems: [
      {
        row: 2,
        column: "activities",
        message: "2026-03-05 would have 42 tags; a day holds at most 40 (as in the check-in form)",
      },
    ],
  });
});

test("a long file lets other requests in while it is read", async () => {
  const rows = Array.from(
    { length: 1200 },
    (_, index) => `2026-03-05,x,x,${String(index % 24).padStart(2, "0")}:00,good,work,,`,
  );
  const csv = readCsv(
    ["full_date,date,weekday,time,mood,activities,note_title,note", ...rows].join("\n"),
  );
  if (!csv.ok) throw new Error("expected the file to be read");
  let turnsTaken = 0;
  const count = () => {
    turnsTaken++;
    if (turnsTaken < 100) setImmediate(count);
  };
  setImmediate(count);
  const result = await readDaylio({ table: csv.table, timeZone: "Europe/Berlin" });
  expect(result.ok).toBe(true);
  // Read in one go, no other work would have run before it finished.
  expect(turnsTaken).toBeGreaterThanOrEqual(2);
});
