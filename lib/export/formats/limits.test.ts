import { expect, test } from "vitest";
import { sampleExportDocument } from "@/test/export-fixtures";
import { parseExportFile, serializeExportDocument } from "./json";
import { IMPORT_LIMITS, importShapeProblem } from "./limits";

const header = `"format":"backstory-export","schemaVersion":1`;

test("a real export passes the caps", async () => {
  expect(
    importShapeProblem(JSON.parse(serializeExportDocument(sampleExportDocument()))),
  ).toBeNull();
});

test("300,000 invalid records (3.7 MB) are refused before validation", async () => {
  const records = Array.from({ length: 300_000 }, (_, i) => `{"day":${i}}`).join(",");
  const text = `{${header},"checkIns":[${records}]}`;
  expect(text.length).toBeGreaterThan(3_500_000);
  // How long this takes, and how long another request waits meanwhile, is in `npm run bench`.
  expect(await parseExportFile(text)).toMatchObject({
    ok: false,
    problems: [expect.stringMatching(/more than 150,000 records/)],
  });
  // Building and parsing 3.7 MB takes a few seconds on a busy 2-core machine.
}, 30_000);

test("plain values in a list count as records: 10 million zeros are refused before validation", async () => {
  const text = `{${header},"checkIns":[${"0,".repeat(9_999_999)}0]}`;
  expect(await parseExportFile(text)).toMatchObject({
    ok: false,
    problems: [expect.stringMatching(/more than 150,000 records/)],
  });
  const under = `{${header},"checkIns":[${"0,".repeat(999)}0]}`;
  expect(importShapeProblem(JSON.parse(under))).toBeNull();
}, 30_000);

test("deep nesting is refused, never a crash", async () => {
  for (const depth of [IMPORT_LIMITS.maxDepth + 1, 5_000, 200_000]) {
    const text = `{${header},"checkIns":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const result = await parseExportFile(text);
    expect(result.ok).toBe(false);
  }
});

test("a large file is validated in slices: other requests get turns meanwhile", async () => {
  const records = Array.from({ length: 20_000 }, (_, i) => `{"date":"not a date ${i}"}`);
  const text = `{${header},"checkIns":[${records.join(",")}]}`;
  let turns = 0;
  let parsing = true;
  const otherWork = (async () => {
    while (parsing) {
      await new Promise((resolve) => setImmediate(resolve));
      turns += 1;
    }
  })();
  const result = await parseExportFile(text);
  parsing = false;
  await otherWork;
  expect(result).toMatchObject({ ok: false, problemCount: expect.any(Number) });
  // One turn at least per slice of 500 records: 40 slices.
  expect(turns).toBeGreaterThanOrEqual(40);
});

test("a file is parsed off the main thread: other requests get turns while it is read", async () => {
  // Over the cap, so no validation follows: every turn counted here happened during the parse.
  const records = Array.from(
    { length: 300_000 },
    (_, i) => `{"day":${i},"note":"${"x".repeat(40)}"}`,
  );
  const text = `{${header},"checkIns":[${records.join(",")}]}`;
  let turns = 0;
  let parsing = true;
  const otherWork = (async () => {
    while (parsing) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      turns += 1;
    }
  })();
  const result = await parseExportFile(text);
  parsing = false;
  await otherWork;
  expect(result).toMatchObject({ ok: false, problems: [expect.stringMatching(/150,000 records/)] });
  // Parsed on this thread, the 16 MB would leave no turn at all until it was refused.
  expect(turns).toBeGreaterThanOrEqual(5);
}, 30_000);
