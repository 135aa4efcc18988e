import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveCheckIn } from "@/lib/journal/check-in/mutations";
import { getCheckInFormData } from "@/lib/journal/data";
import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { checkInSchema } from "@/lib/journal/schema";
import { listReliefItems } from "@/lib/relief/data";
import { addDays, toDbDate } from "@/lib/time";
import { createTestUser } from "@/test/factories";
import {
  getExperiment,
  listExperimentNights,
  listExperiments,
  listOutcomeDays,
  listReliefItemsUnderTest,
} from "./data";
import { blocksOf, lastNight } from "./design/schedule";
import {
  createExperiment,
  deleteExperiment,
  recordExperimentNight,
  stopExperiment,
} from "./mutations";
import { outcomeRange, toDetail, toSummary } from "./results/detail";
import { createExperimentSchema } from "./schema";

const START = "2026-03-02";
const input = (overrides: Record<string, string> = {}) =>
  createExperimentSchema.parse({
    changeKind: "rule",
    rule: "No screens after 10",
    outcome: "MORNING",
    blockDays: "2",
    pairs: "7",
    startDate: START,
    ...overrides,
  });
/** A fixed coin for reproducible orders: on first, off first, on first… */
const alternating = () => {
  let next = false;
  return () => {
    next = !next;
    return next;
  };
};

/** Morning ratings as quick logs on each date (no check-in needed for the analysis). */
async function rateMornings(userId: string, ratings: Map<string, number>) {
  await getPrisma().painEntry.createMany({
    data: [...ratings].map(([date, intensity]) => ({
      userId,
      localDate: toDbDate(date),
      partOfDay: "MORNING" as const,
      intensity,
      occurredAt: new Date(`${date}T07:00:00Z`),
    })),
  });
}

const detailFor = async (userId: string, id: string, today: string) => {
  const record = await getExperiment({ userId, id });
  if (!record) throw new Error("not found");
  const summary = toSummary(record, today, (d) => d.toISOString().slice(0, 10));
  const nights = await listExperimentNights({
    userId,
    experiment: record,
    from: record.startDate,
    to: summary.lastNight,
  });
  const days = await listOutcomeDays({ userId, ...outcomeRange(record) });
  return toDetail({ summary, nights, days, today });
};

describe("personal experiments", () => {
  test("created with its order drawn and stored; the rule is encrypted at rest", async () => {
    const user = await createTestUser();
    const { id } = await createExperiment({
      userId: user.id,
      data: input(),
      flip: alternating(),
    });
    const record = await getExperiment({ userId: user.id, id });
    expect(record).toMatchObject({
      change: "No screens after 10",
      isOwnRule: true,
      outcome: "MORNING",
      startDate: START,
      blockDays: 2,
      blockOrder: "ABBAABBAABBAAB",
      stoppedOn: null,
    });
    const [raw] = await getPrisma().$queryRaw<{ rule: string }[]>`
      SELECT rule FROM "Experiment" WHERE id = ${id}::uuid`;
    expect(raw?.rule).toMatch(/^enc:v1:/);
    expect(raw?.rule).not.toContain("screens");
  });

  test("a double submit (same request id) creates one experiment", async () => {
    const user = await createTestUser();
    const requestId = randomUUID();
    const [a, b] = await Promise.all([
      createExperiment({ userId: user.id, data: input(), requestId }),
      createExperiment({ userId: user.id, data: input(), requestId }),
    ]);
    expect(a.id).toBe(b.id);
    expect(await listExperiments({ userId: user.id })).toHaveLength(1);
  });

  test("one at a time: another experiment with nights left then is refused", async () => {
    const user = await createTestUser();
    await createExperiment({ userId: user.id, data: input() });
    await expect(
      createExperiment({ userId: user.id, data: input({ startDate: addDays(START, 20) }) }),
    ).rejects.toEqual(new AppError("CONFLICT"));
    // After its last night (28 nights) a new one may start.
    await createExperiment({ userId: user.id, data: input({ startDate: addDays(START, 28) }) });
  });

  test("'same as last night' leaves out the relief item under test while it runs, and only then", async () => {
    const user = await createTestUser();
    const [pose, heat] = await listReliefItems({ userId: user.id });
    if (!pose || !heat) throw new Error("expected the relief library");
    const relief = (item: { id: string; name: string }) => ({
      itemId: item.id,
      name: item.name,
      minutes: "5",
      helped: null,
      partOfDay: "EVENING" as const,
    });
    const { id } = await createExperiment({
      userId: user.id,
      data: input({ changeKind: "relief", reliefItemId: pose.id }),
    });
    // The check-ins of the night before the experiment and of its first two nights.
    for (const date of [addDays(START, -1), START, addDays(START, 1)]) {
      const draft = emptyCheckInDraft(date);
      draft.relief = [relief(pose), relief(heat)];
      await saveCheckIn({ userId: user.id, data: checkInSchema.parse(draft) });
    }
    const copied = async (date: string) =>
      (await getCheckInFormData({ userId: user.id, date })).previous?.relief.map((r) => r.itemId);
    // On its nights, whether the item is done is the plan's: only heat is offered again.
    expect(await copied(START)).toEqual([heat.id]);
    expect(await copied(addDays(START, 2))).toEqual([heat.id]);
    // Stopped from the 3rd night: from then on both are offered again.
    await stopExperiment({ userId: user.id, id, stoppedOn: addDays(START, 2) });
    expect((await copied(addDays(START, 2)))?.sort()).toEqual([pose.id, heat.id].sort());
    // Another person's experiment changes nothing for them.
    const other = await createTestUser();
    expect(await listReliefItemsUnderTest({ userId: other.id, date: START })).toEqual([]);
  });

  test("a relief item must be the person's own", async () => {
    const [user, other] = await Promise.all([createTestUser(), createTestUser()]);
    const [theirs] = await listReliefItems({ userId: other.id });
    const [mine] = await listReliefItems({ userId: user.id });
    await expect(
      createExperiment({
        userId: user.id,
        data: input({ changeKind: "relief", reliefItemId: theirs?.id ?? "" }),
      }),
    ).rejects.toEqual(new AppError("NOT_FOUND"));
    const { id } = await createExperiment({
      userId: user.id,
      data: input({ changeKind: "relief", reliefItemId: mine?.id ?? "" }),
    });
    expect((await getExperiment({ userId: user.id, id }))?.isOwnRule).toBe(false);
  });

  test("another person's experiment is not found: not read, recorded, stopped or deleted", async () => {
    const [owner, other] = await Promise.all([createTestUser(), createTestUser()]);
    const { id } = await createExperiment({ userId: owner.id, data: input() });
    expect(await getExperiment({ userId: other.id, id })).toBeNull();
    expect(await listExperiments({ userId: other.id })).toEqual([]);
    expect(await recordExperimentNight({ userId: other.id, id, date: START, isDone: true })).toBe(
      false,
    );
    expect(await stopExperiment({ userId: other.id, id, stoppedOn: START })).toBe(false);
    expect(await deleteExperiment({ userId: other.id, id })).toBe(false);
    const record = await getExperiment({ userId: owner.id, id });
    expect(record?.stoppedOn).toBeNull();
    expect(await getPrisma().experimentNight.count({ where: { experimentId: id } })).toBe(0);
  });

  test("nights recorded with one tap, a later answer replacing the earlier; read for the dates asked", async () => {
    const user = await createTestUser();
    const { id } = await createExperiment({ userId: user.id, data: input() });
    await recordExperimentNight({ userId: user.id, id, date: START, isDone: true });
    await recordExperimentNight({ userId: user.id, id, date: START, isDone: false });
    await recordExperimentNight({ userId: user.id, id, date: addDays(START, 1), isDone: true });
    const record = await getExperiment({ userId: user.id, id });
    if (!record) throw new Error("missing");
    const nights = (from: string, to: string) =>
      listExperimentNights({ userId: user.id, experiment: record, from, to });
    expect(await nights(START, addDays(START, 1))).toEqual([
      { date: START, isDone: false },
      { date: addDays(START, 1), isDone: true },
    ]);
    // Tonight's card asks for tonight alone: the first night's "no" is not tonight's answer.
    expect(await nights(addDays(START, 1), addDays(START, 1))).toEqual([
      { date: addDays(START, 1), isDone: true },
    ]);
    expect(await nights(addDays(START, 2), addDays(START, 2))).toEqual([]);
  });

  test("no result while it runs; once over, the exact test on the journal's mornings", async () => {
    const user = await createTestUser();
    const { id } = await createExperiment({ userId: user.id, data: input(), flip: alternating() });
    const record = await getExperiment({ userId: user.id, id });
    if (!record) throw new Error("missing");
    // Mornings after "on" nights 3, after "off" nights 5; one on-block's mornings missing.
    const ratings = new Map<string, number>();
    for (const block of blocksOf(record)) {
      if (block.index === 4) continue;
      for (let night = block.from; night <= block.to; night = addDays(night, 1)) {
        ratings.set(addDays(night, 1), block.isOn ? 3 : 5);
      }
    }
    await rateMornings(user.id, ratings);
    for (let n = 0; n < 28; n++) {
      const date = addDays(START, n);
      const isOn = blocksOf(record)[Math.floor(n / 2)]?.isOn ?? false;
      await recordExperimentNight({ userId: user.id, id, date, isDone: isOn && n % 7 !== 0 });
    }

    const running = await detailFor(user.id, id, addDays(START, 10));
    expect(running.status).toBe("running");
    expect(running.analysis).toBeNull();
    expect(running.progress.nightsSoFar).toBe(10);

    const last = lastNight(record);
    expect((await detailFor(user.id, id, addDays(last, 1))).status).toBe("waiting");
    const done = await detailFor(user.id, id, addDays(last, 2));
    expect(done.status).toBe("finished");
    // Block 4 (pair 2) has no mornings: 6 usable pairs, each −2: p = 1/64.
    expect(done.analysis?.usablePairs).toBe(6);
    expect(done.analysis?.test?.estimate).toBe(-2);
    expect(done.analysis?.test?.pLower).toBe(1 / 64);
    expect(done.analysis?.verdict).toBe("helps");
    expect(done.outcomeDays).toEqual({ expected: 28, recorded: 26 });
    expect(done.progress).toMatchObject({ onNights: 14, offNights: 14, nightsUnrecorded: 0 });
    expect(done.progress.onNightsDone).toBe(
      14 -
        [0, 7, 14, 21].filter((n) => {
          return blocksOf(record)[Math.floor(n / 2)]?.isOn;
        }).length,
    );
  });

  test("stopped early: the result uses the complete pairs before the stop, and says so", async () => {
    const user = await createTestUser();
    const { id } = await createExperiment({ userId: user.id, data: input(), flip: alternating() });
    const record = await getExperiment({ userId: user.id, id });
    if (!record) throw new Error("missing");
    const ratings = new Map<string, number>();
    for (const block of blocksOf(record)) {
      for (let night = block.from; night <= block.to; night = addDays(night, 1)) {
        ratings.set(addDays(night, 1), block.isOn ? 4 : 4);
      }
    }
    await rateMornings(user.id, ratings);
    // Stopped on night 11: pairs 0 and 1 (nights 0–7) are complete, pair 2 is not.
    await stopExperiment({ userId: user.id, id, stoppedOn: addDays(START, 11) });
    await stopExperiment({ userId: user.id, id, stoppedOn: addDays(START, 20) });
    const stopped = await detailFor(user.id, id, addDays(START, 12));
    expect(stopped.status).toBe("stopped");
    expect(stopped.stoppedOn).toBe(addDays(START, 11));
    expect(stopped.analysis?.pairs.map((pair) => pair.pair)).toEqual([0, 1]);
    expect(stopped.analysis?.verdict).toBe("too-few-pairs");
    expect(stopped.progress.nightsSoFar).toBe(11);
  });

  test("deleting an experiment removes its nights; deleting the account removes both", async () => {
    const user = await createTestUser();
    const { id } = await createExperiment({ userId: user.id, data: input() });
    await recordExperimentNight({ userId: user.id, id, date: START, isDone: true });
    expect(await deleteExperiment({ userId: user.id, id })).toBe(true);
    expect(await getPrisma().experimentNight.count({ where: { experimentId: id } })).toBe(0);

    const { id: second } = await createExperiment({ userId: user.id, data: input() });
    await recordExperimentNight({ userId: user.id, id: second, date: START, isDone: true });
    await getPrisma().user.delete({ where: { id: user.id } });
    expect(await getPrisma().experiment.count({ where: { userId: user.id } })).toBe(0);
    expect(await getPrisma().experimentNight.count({ where: { userId: user.id } })).toBe(0);
  });
});
