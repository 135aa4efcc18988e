import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { getExperiment } from "@/lib/experiments/data";
import { createExperiment } from "@/lib/experiments/mutations";
import { createExperimentSchema } from "@/lib/experiments/schema";
import { saveCheckIn } from "@/lib/journal/check-in/mutations";
import { getCheckIn, listTags } from "@/lib/journal/data";
import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { checkInSchema } from "@/lib/journal/schema";
import { listLifeEvents } from "@/lib/life-events/data";
import { createLifeEvent } from "@/lib/life-events/mutations";
import { lifeEventSchema } from "@/lib/life-events/schema";
import { listMedications } from "@/lib/medications/data";
import { createMedication } from "@/lib/medications/mutations";
import { listReliefItemNames } from "@/lib/relief/data";
import { createTestUser } from "@/test/factories";
import { rotateKeys } from "./rotate/mutations";
import { UnreadableValueError } from "./sealing/fields";
import { fieldKeyFrom, loadKeyring, setKeyring } from "./sealing/keyring";

/*
 * Rotation runs over the whole test database, whose other rows are under the run's key
 * (BACKSTORY_ENCRYPTION_KEY, test/global-setup.ts): so the "old" key here is that key, kept in a
 * key file as a first start would have written it.
 */
const runKey = process.env.BACKSTORY_ENCRYPTION_KEY as string;
let dataDir = "";
let userId = "";
let experimentId = "";

/** Key ids found in the raw encrypted columns and keyed hashes of the test database. */
async function keyIdsInDatabase(): Promise<Set<string>> {
  // Plain text (rows other tests wrote as an older version would) has no key id: left out.
  const rows = await getPrisma().$queryRaw<{ id: string }[]>`
    SELECT DISTINCT id FROM (
      SELECT substring(v from '^enc:v1:([0-9a-f]{8}):') AS id FROM (
        SELECT "note" AS v FROM "CheckIn" UNION ALL SELECT "name" FROM "Tag"
        UNION ALL SELECT "title" FROM "LifeEvent" UNION ALL SELECT "answer" FROM "Reflection"
        UNION ALL SELECT "label" FROM "ShareLink"
        UNION ALL SELECT "rule" FROM "Experiment" UNION ALL SELECT "name" FROM "Medication"
        UNION ALL SELECT "name" FROM "ReliefItem") AS stored
      UNION ALL
      SELECT substring(h from '^([0-9a-f]{8}):') FROM (
        SELECT "nameIndex" AS h FROM "Tag" UNION ALL SELECT "titleIndex" FROM "LifeEvent"
        UNION ALL SELECT "nameIndex" FROM "Medication"
        UNION ALL SELECT "nameIndex" FROM "ReliefItem") AS hashes
    ) AS ids
    WHERE id IS NOT NULL`;
  return new Set(rows.map((row) => row.id));
}

async function saveDay(date: string, name: string, note: string, relief = "Hot bath") {
  const draft = emptyCheckInDraft(date);
  draft.parts.MORNING = { intensity: 4, areas: [], qualities: [] };
  draft.note = note;
  draft.tags = [{ kind: "PERSON", name, partOfDay: null }];
  draft.relief = [{ itemId: null, name: relief, minutes: "", helped: null, partOfDay: null }];
  await saveCheckIn({ userId, data: checkInSchema.parse(draft) });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "rotate-"));
  await writeFile(path.join(dataDir, "encryption-key"), `${runKey}\n`, { mode: 0o600 });
  setKeyring(loadKeyring({ env: {}, dataDir }));
  userId = (await createTestUser()).id;
  for (let day = 1; day <= 6; day++) await saveDay(`2026-07-0${day}`, "Sam", `night ${day}`);
  await createLifeEvent({
    userId,
    data: lifeEventSchema.parse({ date: "2026-07-01", title: "Moved", category: "MOVE", note: "" }),
  });
  ({ id: experimentId } = await createExperiment({
    userId,
    data: createExperimentSchema.parse({
      changeKind: "rule",
      rule: "No screens after 10",
      outcome: "DAY",
      blockDays: "7",
      pairs: "2",
      startDate: "2026-07-01",
    }),
  }));
  await createMedication({ userId, data: { name: "Ibuprofen", usualDose: 400, unit: "mg" } });
});

afterAll(() => setKeyring(undefined));

describe("npm run rotate-key", () => {
  test("interrupted, the journal still reads; run again, everything is under the new key only", async () => {
    const oldId = fieldKeyFrom(Buffer.from(runKey, "base64")).id;
    let batches = 0;
    await expect(
      rotateKeys({
        env: {},
        dataDir,
        batchSize: 2,
        onBatch: () => {
          if (++batches === 2) throw new Error("interrupted");
        },
      }),
    ).rejects.toThrow("interrupted");
    const nextFile = path.join(dataDir, "encryption-key.next");
    expect((await stat(nextFile)).mode & 0o777).toBe(0o600);
    const newId = loadKeyring({ env: {}, dataDir }).current.id;
    expect(await keyIdsInDatabase()).toEqual(new Set([oldId, newId]));

    // A start in the middle of the rotation reads old and new values and writes new ones.
    setKeyring(loadKeyring({ env: {}, dataDir }));
    expect((await getCheckIn({ userId, date: "2026-07-06" }))?.note).toBe("night 6");
    await saveDay("2026-07-07", "SAM", "night 7");
    expect(await listTags({ userId })).toMatchObject([{ name: "Sam" }]);

    const result = await rotateKeys({ env: {}, dataDir, batchSize: 2 });
    expect(result.keyId).toBe(newId);
    expect(await keyIdsInDatabase()).toEqual(new Set([newId]));
    expect(result.retiredFile).toBe(path.join(dataDir, `encryption-key.retired-${oldId}`));
    expect((await readdir(dataDir)).sort()).toEqual([
      "encryption-key",
      `encryption-key.retired-${oldId}`,
    ]);

    // The new key alone reads everything, and the blind index still matches in any case.
    const newOnly = loadKeyring({ env: {}, dataDir });
    expect(newOnly.previous).toEqual([]);
    setKeyring(newOnly);
    expect((await getCheckIn({ userId, date: "2026-07-01" }))?.note).toBe("night 1");
    await saveDay("2026-07-08", "sam", "night 8", "HOT BATH");
    const tags = await listTags({ userId });
    expect(tags).toMatchObject([{ kind: "PERSON", name: "Sam" }]);
    expect(await getPrisma().tagUse.count({ where: { userId, tagId: tags[0]?.id } })).toBe(8);
    expect(await listLifeEvents({ userId })).toMatchObject([{ title: "Moved" }]);
    expect(await listMedications({ userId })).toMatchObject([{ name: "Ibuprofen" }]);
    // The relief item's blind index moved too: "HOT BATH" after the rotation is the same item.
    const own = (await listReliefItemNames({ userId })).filter((item) => !item.builtinKey);
    expect(own).toMatchObject([{ name: "Hot bath" }]);
    expect(await getPrisma().reliefUse.count({ where: { userId, reliefItemId: own[0]?.id } })).toBe(
      8,
    );
    // The medication's blind index moved too: the same name in another case is still refused.
    await expect(
      createMedication({ userId, data: { name: "IBUPROFEN", usualDose: null, unit: "mg" } }),
    ).rejects.toThrow("CONFLICT");

    // The old key alone no longer reads anything.
    setKeyring(loadKeyring({ env: { BACKSTORY_ENCRYPTION_KEY: runKey } }));
    await expect(getCheckIn({ userId, date: "2026-07-01" })).rejects.toThrow(UnreadableValueError);
  });

  test("with the key in the environment: new key current, old one previous, then the old one is not needed", async () => {
    const fileKey = loadKeyring({ env: {}, dataDir });
    const oldKey = (await import("node:fs")).readFileSync(
      path.join(dataDir, "encryption-key"),
      "utf8",
    );
    const newKey = randomBytes(32).toString("base64");
    const result = await rotateKeys({
      env: { BACKSTORY_ENCRYPTION_KEY: newKey, BACKSTORY_ENCRYPTION_PREVIOUS_KEYS: oldKey.trim() },
      dataDir,
    });
    expect(result.retiredFile).toBeNull();
    expect(result.keyId).not.toBe(fileKey.current.id);
    expect(await keyIdsInDatabase()).toEqual(new Set([result.keyId]));
    setKeyring(loadKeyring({ env: { BACKSTORY_ENCRYPTION_KEY: newKey } }));
    expect((await getCheckIn({ userId, date: "2026-07-08" }))?.note).toBe("night 8");
    expect((await getExperiment({ userId, id: experimentId }))?.change).toBe("No screens after 10");
    expect(existsSync(path.join(dataDir, "encryption-key.next"))).toBe(false);
  });
});
