import { describe, expect, test } from "vitest";
import { sampleExportDocument } from "@/test/export-fixtures";
import { contentRequestId } from "../formats/ids";
import { lifeEventKey, reflectionKey } from "./keys";
import { type ExistingRecords, planImport } from "./plan";

const empty = (): ExistingRecords => ({
  timeZone: "Europe/Berlin",
  painBeganOn: null,
  flareBeganOn: null,
  tags: [],
  reliefItems: [],
  medications: [],
  checkInDates: new Set(),
  requestIds: new Set(),
  lifeEvents: new Set(),
  pegDates: new Set(),
  reflections: new Set(),
  experiments: new Set(),
});

const sequentialIds = () => {
  let next = 0;
  return () => `id-${++next}`;
};

describe("planImport", () => {
  test("into an empty account: every record, each use linked to its own new parent", () => {
    const { rows, report } = planImport({
      userId: "u",
      document: sampleExportDocument(),
      existing: empty(),
      newId: sequentialIds(),
    });
    expect(rows.tags).toHaveLength(4);
    expect(rows.checkIns).toHaveLength(2);
    expect(rows.painEntries).toHaveLength(4);
    expect(rows.tagUses).toHaveLength(5);
    expect(rows.reliefUses).toHaveLength(2);
    const ids = new Set([...rows.tags, ...rows.checkIns, ...rows.painEntries].map((row) => row.id));
    for (const use of rows.tagUses) {
      expect(ids.has(use.tagId)).toBe(true);
      // Exactly one owner, as the database demands.
      expect([use.checkInId, use.painEntryId].filter(Boolean)).toHaveLength(1);
    }
    expect(report.counts.painRatings).toEqual({ imported: 3, alreadyPresent: 0 });
    expect(report.counts.quickLogs).toEqual({ imported: 1, alreadyPresent: 0 });
    expect(report.onsetDates).toBe("set");
  });

  test("what the account has is matched, never inserted again", () => {
    const document = sampleExportDocument();
    const existing: ExistingRecords = {
      ...empty(),
      painBeganOn: "2020-01-01",
      tags: [{ id: "t-sam", kind: "PERSON", name: "SAM" }],
      reliefItems: [{ id: "r-cat", builtinKey: "CAT_COW", name: "Cat cow, renamed" }],
      checkInDates: new Set(["2026-03-01"]),
      requestIds: new Set([document.quickLogs[0]?.requestId ?? ""]),
      lifeEvents: new Set([lifeEventKey("2025-10-15", "+ New job")]),
      pegDates: new Set(["2026-03-08"]),
      reflections: new Set([reflectionKey("MORNINGS_WORSE", "2026-03-08T20:00:00.000Z")]),
    };
    const { rows, report } = planImport({
      userId: "u",
      document,
      existing,
      newId: sequentialIds(),
    });
    expect(rows.tags.map((tag) => tag.name)).not.toContain("Sam");
    expect(rows.reliefItems.map((item) => item.name)).toEqual(["Hot bath"]);
    expect(rows.checkIns.map((row) => row.date.toISOString())).toEqual([
      "2026-03-02T00:00:00.000Z",
    ]);
    expect(rows.lifeEvents).toEqual([]);
    expect(rows.reflections).toEqual([]);
    expect(rows.pegResponses).toHaveLength(1);
    expect(report.counts.checkIns).toEqual({ imported: 1, alreadyPresent: 1 });
    expect(report.counts.painRatings).toEqual({ imported: 1, alreadyPresent: 2 });
    expect(report.counts.quickLogs).toEqual({ imported: 0, alreadyPresent: 1 });
    expect(report.onsetDates).toBe("kept");
  });

  test("a quick log without requestId gets one from its content, the same every time", () => {
    const document = sampleExportDocument();
    const [log] = document.quickLogs;
    if (!log) throw new Error("sample has a quick log");
    document.quickLogs = [{ ...log, requestId: null }];
    const first = planImport({ userId: "u", document, existing: empty() });
    const requestId = first.rows.painEntries.find((row) => "requestId" in row)?.requestId;
    expect(requestId).toBe(contentRequestId(log));
    const second = planImport({
      userId: "u",
      document,
      existing: { ...empty(), requestIds: new Set([requestId ?? ""]) },
    });
    expect(second.report.counts.quickLogs).toEqual({ imported: 0, alreadyPresent: 1 });
  });
});
