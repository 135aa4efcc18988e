import { expect, test } from "vitest";
import { sampleExportDocument } from "@/test/export-fixtures";
import { parseExportFile, serializeExportDocument } from "./json";
import { IMPORT_LIMITS, importShapeProblem } from "./limits";

const header = `"format":"backstory-export","schemaVersion":1`;

test("a real export passes the caps", () => {
  expect(
    importShapeProblem(JSON.parse(serializeExportDocument(sampleExportDocument()))),
  ).toBeNull();
});

test("300,000 invalid records (3.7 MB) are refused before validation", () => {
  const records = Array.from({ length: 300_000 }, (_, i) => `{"day":${i}}`).join(",");
  const text = `{${header},"checkIns":[${records}]}`;
  expect(text.length).toBeGreaterThan(3_500_000);
  // How long this takes, and how long another request waits meanwhile, is in `npm run bench`.
  expect(parseExportFile(text)).toMatchObject({
    ok: false,
    problems: [expect.stringMatching(/more than 150,000 records/)],
  });
  // Building and parsing 3.7 MB takes a few seconds on a busy 2-core machine.
}, 30_000);

test("deep nesting is refused, never a crash", () => {
  for (const depth of [IMPORT_LIMITS.maxDepth + 1, 5_000, 200_000]) {
    const text = `{${header},"checkIns":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const result = parseExportFile(text);
    expect(result.ok).toBe(false);
  }
});
