import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createUser } from "@/lib/accounts/mutations";
import { PEER_HEADER } from "@/lib/client-key";
import { sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { importExportDocument } from "@/lib/export/mutations";
import { getCheckIn } from "@/lib/journal/data";
import { listQuickLogs } from "@/lib/journal/quick-log/data";
import { hashPassword } from "@/lib/passwords";
import { createSession } from "@/lib/sessions/mutations";
import type { CurrentUser } from "@/lib/sessions/types";
import { fromDbDate, toDbDate } from "@/lib/time";
import { readHistoryFile } from "./readers/read";

// The route handler reads the session of "the request".
const request = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/sessions/loaders", () => ({ getCurrentUser: async () => request.user }));
vi.mock("next/headers", () => ({
  headers: async () => ({ get: () => null }),
  cookies: async () => ({ get: () => undefined }),
}));
const route = await import("@/app/api/import/history/route");

const PASSWORD = "correct horse battery staple";
const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/import/${name}`, import.meta.url), "utf8");
const SPREADSHEET_MAPPING = {
  date: "0",
  dateOrder: "DMY",
  time: "1",
  pain: "2",
  scale: "0-100",
  untimedPart: "EVENING",
  people: "3",
  places: "4",
  feelings: "5",
  note: "6",
};

async function signIn(timeZone = "Europe/Berlin") {
  const user = await createUser({
    email: `history-${randomUUID()}@example.test`,
    passwordHash: await hashPassword(PASSWORD),
    timeZone,
  });
  const session = await createSession({
    userId: user.id,
    device: "Test browser",
    now: new Date(),
    lifetimes: { idleSeconds: 86_400, absoluteSeconds: 86_400 },
  });
  request.user = { ...user, sessionId: session.id };
  return request.user;
}

async function post({
  file,
  source = "daylio",
  intent = "import",
  password = PASSWORD,
  mapping = {},
}: {
  file: string;
  source?: string;
  intent?: string;
  password?: string;
  mapping?: Record<string, string>;
}) {
  const body = new FormData();
  body.set("source", source);
  body.set("intent", intent);
  body.set("password", password);
  for (const [name, value] of Object.entries(mapping)) body.set(name, value);
  body.set("file", new File([file], "history.csv", { type: "text/csv" }));
  const response = await route.POST(
    new Request("http://localhost/api/import/history", {
      method: "POST",
      headers: { [PEER_HEADER]: "203.0.113.7" },
      body,
    }),
  );
  return { status: response.status, body: await response.json() };
}

async function countsOf(userId: string) {
  const db = getPrisma();
  return {
    checkIns: await db.checkIn.count({ where: { userId } }),
    painEntries: await db.painEntry.count({ where: { userId } }),
    tags: await db.tag.count({ where: { userId } }),
    tagUses: await db.tagUse.count({ where: { userId } }),
  };
}
const NOTHING = { checkIns: 0, painEntries: 0, tags: 0, tagUses: 0 };

beforeEach(() => {
  request.user = null;
});

/** A German spreadsheet app's CSV: semicolons, day.month.year, a decimal comma, CRLF. */
const BERLIN_MAPPING = {
  date: "0",
  dateOrder: "DMY",
  time: "1",
  pain: "2",
  scale: "0-10",
  untimedPart: "EVENING",
  people: "3",
  places: "4",
  feelings: "5",
  note: "6",
};

describe("real-looking files across the clock changes in Berlin", () => {
  test("Daylio, newest first: the skipped and the repeated 2:30 am file under the night before; a repeated row is read once; twice adds nothing", async () => {
    const person = await signIn("Europe/Berlin");
    const preview = await post({
      file: fixture("daylio-berlin.csv"),
      intent: "preview",
      password: "",
    });
    expect(preview.status).toBe(200);
    expect(preview.body.preview.rowCount).toBe(8);
    // Row 7 is row 6 again, cell for cell.
    expect(preview.body.preview.repeatedRows).toEqual([7]);
    expect(await countsOf(person.id)).toEqual(NOTHING);

    const first = await post({ file: fixture("daylio-berlin.csv") });
    expect(first.status).toBe(200);
    const days = await getPrisma().checkIn.findMany({
      where: { userId: person.id },
      orderBy: { date: "asc" },
      select: { date: true },
    });
    // 29 March 2:30 am does not exist (clocks jump to 3:00): 3:30, still the night of the 28th.
    // 25 October 2:30 am happens twice: either way the night of the 24th.
    expect(days.map((day) => fromDbDate(day.date))).toEqual([
      "2026-03-27",
      "2026-03-28",
      "2026-03-29",
      "2026-10-24",
    ]);
    const night28 = await getCheckIn({ userId: person.id, date: "2026-03-28" });
    expect(night28?.tags).toEqual(
      expect.arrayContaining([
        { kind: "EMOTION", name: "sad", partOfDay: "EVENING" },
        { kind: "CONTEXT", name: "stressed / frustrated", partOfDay: "EVENING" },
        { kind: "EMOTION", name: "awful", partOfDay: "NIGHT" },
        { kind: "CONTEXT", name: "bad sleep", partOfDay: "NIGHT" },
      ]),
    );
    // The repeated row's note is there once; the day's notes read earliest first.
    expect(night28?.note).toBe(
      '20:05 Deadline\nSat at the desk 10 hours; "never again"\n\n02:30 Woke at 2:30 (the clock said 3:30), lower back throbbing',
    );
    // "walk  | nature" (two spaces): two activities, tidied.
    const day29 = await getCheckIn({ userId: person.id, date: "2026-03-29" });
    expect(day29?.tags.map((tag) => `${tag.kind} ${tag.name} ${tag.partOfDay}`).sort()).toEqual([
      "CONTEXT nature MORNING",
      "CONTEXT walk MORNING",
      "EMOTION rad MORNING",
    ]);
    expect((await getCheckIn({ userId: person.id, date: "2026-10-24" }))?.note).toBe(
      "21:45 Dinner\nLasagne with Mia 🍝, back fine\n\n02:30 Awake at 2:30, the clocks went back an hour.",
    );
    const stored = await countsOf(person.id);
    expect(stored.painEntries).toBe(0);

    const again = await post({ file: fixture("daylio-berlin.csv") });
    expect(again.status).toBe(200);
    expect(again.body.report.counts.checkIns).toEqual({ imported: 0, alreadyPresent: 4 });
    expect(await countsOf(person.id)).toEqual(stored);
  });

  test("Daylio: every bad row is named with its row and column, and nothing is stored", async () => {
    const person = await signIn("Europe/Berlin");
    const result = await post({ file: fixture("daylio-berlin-bad.csv") });
    expect(result.status).toBe(422);
    expect(result.body.problems).toEqual([
      "Row 3, column “full_date”: “29/03/2026” is not a date written year-month-day (2026-03-01)",
      "Row 4, column “time”: “20h05” is not a time like 20:30 or 8:30 pm",
      expect.stringMatching(
        /^Row 5, column “activities”: “a very long activity…” is longer than 60 characters/,
      ),
    ]);
    expect(await countsOf(person.id)).toEqual(NOTHING);
  });

  test("a spreadsheet: quick logs at their moment across both changes, a repeated row once, a decimal comma; twice adds nothing", async () => {
    const person = await signIn("Europe/Berlin");
    const preview = await post({
      file: fixture("spreadsheet-berlin.csv"),
      source: "spreadsheet",
      intent: "preview",
      password: "",
      mapping: BERLIN_MAPPING,
    });
    expect(preview.status).toBe(200);
    expect(preview.body.preview.repeatedRows).toEqual([4]);
    expect(preview.body.preview.report.counts.quickLogs).toEqual({
      imported: 4,
      alreadyPresent: 0,
    });

    const first = await post({
      file: fixture("spreadsheet-berlin.csv"),
      source: "spreadsheet",
      mapping: BERLIN_MAPPING,
    });
    expect(first.status).toBe(200);
    const logs = await listQuickLogs({ userId: person.id });
    expect(
      logs.map((log) => [log.occurredAt, log.localDate, log.partOfDay, log.intensity]),
    ).toEqual([
      // 09:00 CET (UTC+1) on 25 October; 3.5 rounds half up to 4.
      ["2026-10-25T08:00:00.000Z", "2026-10-25", "MORNING", 4],
      // 02:30 on 25 October happens twice; it is read as the second (winter time, UTC+1).
      ["2026-10-25T01:30:00.000Z", "2026-10-24", "NIGHT", 5],
      // 02:30 on 29 March does not exist: 03:30 summer time (UTC+2), the night of the 28th.
      ["2026-03-29T01:30:00.000Z", "2026-03-28", "NIGHT", 8],
      // 21:30 winter time (UTC+1).
      ["2026-03-28T20:30:00.000Z", "2026-03-28", "EVENING", 6],
    ]);
    // The untimed rating is the evening of its day's check-in, with its tags.
    const day29 = await getCheckIn({ userId: person.id, date: "2026-03-29" });
    expect(day29?.parts.EVENING?.intensity).toBe(4);
    expect(day29?.tags).toEqual(
      expect.arrayContaining([
        { kind: "PERSON", name: "Mia", partOfDay: null },
        { kind: "CONTEXT", name: "Spaziergang", partOfDay: null },
      ]),
    );
    // The repeated row's note is kept once.
    expect((await getCheckIn({ userId: person.id, date: "2026-03-28" }))?.note).toBe(
      "Langer Tag am Schreibtisch\n\nAufgewacht, Uhr sprang vor",
    );
    const stored = await countsOf(person.id);
    const again = await post({
      file: fixture("spreadsheet-berlin.csv"),
      source: "spreadsheet",
      mapping: BERLIN_MAPPING,
    });
    expect(again.status).toBe(200);
    expect(again.body.report.counts.quickLogs).toEqual({ imported: 0, alreadyPresent: 4 });
    expect(await countsOf(person.id)).toEqual(stored);
  });

  test("a spreadsheet's bad rows: each named with its row and column; nothing is stored", async () => {
    const person = await signIn("Europe/Berlin");
    const result = await post({
      file: fixture("spreadsheet-berlin-bad.csv"),
      source: "spreadsheet",
      mapping: BERLIN_MAPPING,
    });
    expect(result.status).toBe(422);
    expect(result.body.problems).toEqual([
      "Row 3, column “Datum”: “31.02.2026” is not a date Backstory can read",
      "Row 4, column “Uhrzeit”: “25:00” is not a time like 20:30 or 8:30 pm",
      expect.stringMatching(/^Row 5, column “Schmerz \(0-10\)”: /),
      expect.stringMatching(
        /^Row 7, column “Schmerz \(0-10\)”: 2026-03-30 already has a rating without a time \(row 6\)/,
      ),
    ]);
    expect(await countsOf(person.id)).toEqual(NOTHING);
  });
});

test("Daylio: the preview saves nothing; the import lands in the journal; twice adds nothing", async () => {
  const person = await signIn();
  const preview = await post({ file: fixture("daylio.csv"), intent: "preview", password: "" });
  expect(preview.status).toBe(200);
  expect(preview.body.preview.rowCount).toBe(4);
  expect(preview.body.preview.report.counts.checkIns).toEqual({ imported: 3, alreadyPresent: 0 });
  expect(await countsOf(person.id)).toEqual(NOTHING);

  const first = await post({ file: fixture("daylio.csv") });
  expect(first.status).toBe(200);
  expect(first.body.report.counts.checkIns).toEqual({ imported: 3, alreadyPresent: 0 });
  expect(first.body.report.counts.tags).toEqual({ imported: 12, alreadyPresent: 0 });
  const day = await getCheckIn({ userId: person.id, date: "2026-03-02" });
  expect(day?.parts).toEqual({});
  expect(day?.note).toBe("Long day\nBack stiff after the meeting.\nWalked home, helped a bit.");
  expect(day?.tags).toEqual(
    expect.arrayContaining([
      { kind: "EMOTION", name: "meh", partOfDay: "EVENING" },
      { kind: "CONTEXT", name: "desk day", partOfDay: "EVENING" },
      { kind: "EMOTION", name: "good", partOfDay: "MORNING" },
    ]),
  );
  const stored = await countsOf(person.id);
  expect(stored).toEqual({ checkIns: 3, painEntries: 0, tags: 12, tagUses: 12 });

  const again = await post({ file: fixture("daylio.csv") });
  expect(again.status).toBe(200);
  expect(again.body.report.counts.checkIns).toEqual({ imported: 0, alreadyPresent: 3 });
  expect(again.body.report.counts.tags).toEqual({ imported: 0, alreadyPresent: 12 });
  expect(await countsOf(person.id)).toEqual(stored);
});

test("one bad row refuses the whole file, naming row and column; nothing is stored", async () => {
  const person = await signIn();
  const result = await post({ file: fixture("daylio-bad.csv") });
  expect(result.status).toBe(422);
  expect(result.body.problems).toEqual([
    "Row 3, column “full_date”: “2026-02-30” is not a date written year-month-day (2026-03-01)",
    "Row 4, column “time”: “25:99” is not a time like 20:30 or 8:30 pm",
  ]);
  expect(await countsOf(person.id)).toEqual(NOTHING);
});

test("importing needs the password again; previewing does not", async () => {
  const person = await signIn();
  const wrong = await post({ file: fixture("daylio.csv"), password: "not it" });
  expect(wrong.status).toBe(400);
  expect(wrong.body.fieldErrors.password).toEqual(["That is not your password."]);
  const missing = await post({ file: fixture("daylio.csv"), password: "" });
  expect(missing.status).toBe(400);
  expect(await countsOf(person.id)).toEqual(NOTHING);
});

test("signed out, nothing is read or stored", async () => {
  const result = await post({ file: fixture("daylio.csv") });
  expect(result.status).toBe(401);
});

test("each person's import is theirs alone", async () => {
  const alex = await signIn();
  await post({ file: fixture("daylio.csv") });
  const alexCounts = await countsOf(alex.id);
  const sam = await signIn();
  const result = await post({ file: fixture("daylio.csv") });
  // Alex's identical days and tags are not Sam's: all of it is new for Sam.
  expect(result.body.report.counts.checkIns).toEqual({ imported: 3, alreadyPresent: 0 });
  expect(result.body.report.counts.tags).toEqual({ imported: 12, alreadyPresent: 0 });
  expect(await countsOf(sam.id)).toEqual(alexCounts);
  expect(await countsOf(alex.id)).toEqual(alexCounts);
});

test("a double submit stores the file once", async () => {
  const person = await signIn();
  const results = await Promise.all([
    post({ file: fixture("daylio.csv") }),
    post({ file: fixture("daylio.csv") }),
  ]);
  // One stores it; the other finds it there, or is told something else got there first.
  expect(results.map((result) => result.status).sort()).toEqual(
    results.some((result) => result.status === 409) ? [200, 409] : [200, 200],
  );
  expect(await countsOf(person.id)).toEqual({ checkIns: 3, painEntries: 0, tags: 12, tagUses: 12 });
});

test("spreadsheet: quick logs at their moment in the person's zone; a day with a check-in keeps it", async () => {
  const person = await signIn("America/New_York");
  await getPrisma().checkIn.create({
    data: {
      userId: person.id,
      date: toDbDate("2026-03-01"),
      // Stored as the app stores notes: encrypted.
      note: sealText({ field: "CheckIn.note", userId: person.id, text: "my own" }),
    },
  });
  const result = await post({
    file: fixture("spreadsheet.csv"),
    source: "spreadsheet",
    mapping: SPREADSHEET_MAPPING,
  });
  expect(result.status).toBe(200);
  expect(result.body.report.counts.quickLogs).toEqual({ imported: 2, alreadyPresent: 0 });
  expect(result.body.report.counts.checkIns).toEqual({ imported: 0, alreadyPresent: 1 });
  expect((await getCheckIn({ userId: person.id, date: "2026-03-01" }))?.note).toBe("my own");
  const logs = await listQuickLogs({ userId: person.id });
  expect(logs.map((log) => [log.occurredAt, log.localDate, log.partOfDay, log.intensity])).toEqual([
    // 13:05 in New York (EST, UTC−5) on 2 March; 08:30 on 1 March.
    ["2026-03-02T18:05:00.000Z", "2026-03-02", "AFTERNOON", 6],
    ["2026-03-01T13:30:00.000Z", "2026-03-01", "MORNING", 7],
  ]);
  expect(logs[1]?.tags).toEqual(
    expect.arrayContaining([
      { kind: "PERSON", name: "Sam" },
      { kind: "EMOTION", name: "anxious" },
    ]),
  );
  const again = await post({
    file: fixture("spreadsheet.csv"),
    source: "spreadsheet",
    mapping: SPREADSHEET_MAPPING,
  });
  expect(again.body.report.counts.quickLogs).toEqual({ imported: 0, alreadyPresent: 2 });
});

test("a spreadsheet without a date column mapped is refused at that field", async () => {
  await signIn();
  const result = await post({
    file: fixture("spreadsheet.csv"),
    source: "spreadsheet",
    mapping: { ...SPREADSHEET_MAPPING, date: "" },
  });
  expect(result.status).toBe(400);
  expect(result.body.fieldErrors.date).toEqual(["Choose the column with the date."]);
});

test("a failure while writing leaves nothing half-imported", async () => {
  const person = await signIn();
  const read = await readHistoryFile({
    text: fixture("daylio.csv"),
    source: "daylio",
    mapping: null,
    timeZone: "Europe/Berlin",
  });
  if (!read.ok) throw new Error("expected the fixture to be read");
  const [first, ...rest] = read.document.checkIns;
  if (!first) throw new Error("expected check-ins");
  // The database refuses a stress rating above 10 (a CHECK constraint the file's validation
  // would have caught): the check-ins fail after the tags were written.
  const document = {
    ...read.document,
    checkIns: [...rest, { ...first, stress: 11 }],
  };
  await expect(importExportDocument({ userId: person.id, document })).rejects.toThrow();
  expect(await countsOf(person.id)).toEqual(NOTHING);
});

describe("limits checked before any row is read (docs/import-history.md)", () => {
  const daylioRows = (count: number) =>
    [
      "full_date,date,weekday,time,mood,activities,note_title,note",
      ...Array.from({ length: count }, (_, index) => {
        const day = new Date(Date.UTC(1990, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
        return `${day},${day},Monday,8:15 pm,meh,work,,row ${index}`;
      }),
    ].join("\n");

  test("a file with more rows than one import takes is refused, naming the limit; nothing is stored", async () => {
    const person = await signIn();
    const result = await post({ file: daylioRows(50_001) });
    expect(result.status).toBe(422);
    expect(result.body.problems).toEqual([
      "The file has 50,001 rows; one import takes at most 50,000. Split it into smaller files.",
    ]);
    expect(await countsOf(person.id)).toEqual(NOTHING);
  });

  test("a file far over the row cap is refused without being parsed to its end; nothing is stored", async () => {
    const person = await signIn();
    // 100,002 rows: the parser stops at the cap (and its allowance for blank rows).
    const result = await post({ file: daylioRows(100_002), intent: "preview" });
    expect(result.status).toBe(422);
    expect(result.body.problems).toEqual([
      "The file has more than 50,000 rows; one import takes at most 50,000. Split it into smaller files.",
    ]);
    expect(await countsOf(person.id)).toEqual(NOTHING);
  });

  test("a file larger than 20 MB is refused with 413 before it is read; nothing is stored", async () => {
    const person = await signIn();
    const header = "full_date,date,weekday,time,mood,activities,note_title,note\n";
    const result = await post({ file: header + "x".repeat(20 * 1024 * 1024) });
    expect(result.status).toBe(413);
    expect(result.body.fieldErrors.file).toEqual([
      "This file is larger than 20 MB, the most one import takes. Split it into smaller files.",
    ]);
    expect(await countsOf(person.id)).toEqual(NOTHING);
  });
});
