import { createHash, randomUUID } from "node:crypto";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, test } from "vitest";
import { encryptPlaintextRows } from "@/lib/crypto/reencrypt-mutations";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createExperiment } from "@/lib/experiments/mutations";
import { createExperimentSchema } from "@/lib/experiments/schema";
import { createMedication } from "@/lib/medications/mutations";
import { toDbDate } from "@/lib/time";
import { createTestUser } from "@/test/factories";
import { findOpenShareLink, getShareAccessLog, listShareLinks } from "./data";
import { createShareLink, recordShareAccess, revokeShareLink } from "./mutations";
import { summaryDocument } from "./render/summary-document";
import { renderSummaryPdf } from "./render/summary-pdf";
import type { CreateShareInput, SummaryOptions } from "./schema";
import { buildSummary } from "./summary/data";
import type { ShareSummary } from "./types";

const NOTE_CANARY = "canary-note-7f3a";
const NAME_CANARY = "Zelda Canarysson";
const REFLECTION_CANARY = "canary-reflection-91bc";
const LIFE_NOTE_CANARY = "canary-life-note-55aa";
const EXPERIMENT_CANARY = "canary-experiment-3e1d";
const MEDICATION_CANARY = "Canarymedol";

type Person = { id: string };
let alice: Person;
let bob: Person;

const period = { from: "2026-05-01", to: "2026-05-31" };
const privateOff: SummaryOptions = {
  ...period,
  includeNotes: false,
  includeReflections: false,
  includeExperiments: false,
  showNames: false,
  includeMedications: false,
};

function linkInput(overrides: Partial<CreateShareInput> = {}): CreateShareInput {
  return { ...privateOff, expiresInDays: 14, mode: "LIVE", label: null, ...overrides };
}

beforeAll(async () => {
  alice = await createTestUser();
  bob = await createTestUser();
  const zelda = await getPrisma().tag.create({
    data: { userId: alice.id, kind: "PERSON", name: NAME_CANARY },
  });
  for (let day = 1; day <= 28; day++) {
    const date = toDbDate(`2026-05-${String(day).padStart(2, "0")}`);
    const withZelda = day % 3 === 0;
    await getPrisma().checkIn.create({
      data: {
        userId: alice.id,
        date,
        note: `${NOTE_CANARY} day ${day}`,
        redFlags: day === 5 ? ["FEVER"] : [],
        painEntries: {
          create: [
            {
              userId: alice.id,
              localDate: date,
              partOfDay: "MORNING",
              intensity: withZelda ? 8 : 4,
            },
            {
              userId: alice.id,
              localDate: date,
              partOfDay: "EVENING",
              intensity: withZelda ? 6 : 3,
            },
          ],
        },
        tagUses: withZelda
          ? { create: { userId: alice.id, tagId: zelda.id, localDate: date } }
          : undefined,
      },
    });
  }
  await getPrisma().reflection.create({
    data: {
      userId: alice.id,
      promptKey: "onset",
      promptText: "When did this pain begin?",
      answer: REFLECTION_CANARY,
      weekStart: toDbDate("2026-05-11"),
    },
  });
  await getPrisma().lifeEvent.create({
    data: {
      userId: alice.id,
      date: toDbDate("2026-05-10"),
      title: "Moved flat",
      category: "MOVE",
      note: LIFE_NOTE_CANARY,
    },
  });
  // Written straight in plain text, as an older version stored it; the start-up pass encrypts it.
  await encryptPlaintextRows();
  await createExperiment({
    userId: alice.id,
    data: createExperimentSchema.parse({
      changeKind: "rule",
      rule: EXPERIMENT_CANARY,
      outcome: "MORNING",
      blockDays: "2",
      pairs: "7",
      startDate: "2026-05-01",
    }),
  });
  // A medication taken on every other day (enough for its own comparison in the patterns).
  const { id: medicationId } = await createMedication({
    userId: alice.id,
    data: { name: MEDICATION_CANARY, usualDose: 400, unit: "mg" },
  });
  const days = await getPrisma().checkIn.findMany({
    where: { userId: alice.id },
    select: { id: true, date: true },
  });
  await getPrisma().medicationDose.createMany({
    data: days
      .filter((_, index) => index % 2 === 0)
      .map((day) => ({
        userId: alice.id,
        medicationId,
        checkInId: day.id,
        localDate: day.date,
        partOfDay: "MORNING" as const,
        takenAt: new Date(day.date.getTime() + 8 * 3_600_000),
        asNeeded: true,
        dose: 400,
        unit: "mg",
      })),
  });
});

async function everythingShown(summary: ShareSummary) {
  const pdf = await renderSummaryPdf(summary);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  return [JSON.stringify(summary), JSON.stringify(summaryDocument(summary)), text as string].join(
    "\n",
  );
}

describe("redaction", () => {
  test("by default no name, note or reflection appears anywhere in the summary or its PDF", async () => {
    const shown = await everythingShown(
      await buildSummary({ userId: alice.id, options: privateOff }),
    );
    expect(shown).not.toContain(NAME_CANARY);
    expect(shown).not.toContain(NOTE_CANARY);
    expect(shown).not.toContain(REFLECTION_CANARY);
    expect(shown).not.toContain(LIFE_NOTE_CANARY);
    expect(shown).not.toContain(EXPERIMENT_CANARY);
    expect(shown).not.toContain(MEDICATION_CANARY);
    expect(shown).toContain("Person A");
    expect(shown).toContain("Moved flat");
    expect(shown).toContain("Fever");
  }, 30_000);

  test("each private part appears only when chosen", async () => {
    const shown = await everythingShown(
      await buildSummary({
        userId: alice.id,
        options: {
          ...period,
          includeNotes: true,
          includeReflections: true,
          includeExperiments: true,
          showNames: true,
          includeMedications: true,
        },
      }),
    );
    expect(shown).toContain(NAME_CANARY);
    expect(shown).toContain(NOTE_CANARY);
    expect(shown).toContain(REFLECTION_CANARY);
    // The experiment with its result and caveats, in the summary and in the PDF's text.
    expect(shown).toContain(EXPERIMENT_CANARY);
    expect(shown).toContain("Personal experiments (included by the patient)");
    expect(shown).toMatch(/randomisation test/);
    expect(shown).toContain("You knew which nights were");
    expect(shown).toContain(MEDICATION_CANARY);
    expect(shown).toContain("14 doses on 14 days (14 as needed): 400 mg");
    // Life-event notes are never part of a summary.
    expect(shown).not.toContain(LIFE_NOTE_CANARY);
  }, 30_000);

  test("another person's summary contains none of Alice's data", async () => {
    const shown = JSON.stringify(
      await buildSummary({
        userId: bob.id,
        options: {
          ...period,
          includeNotes: true,
          includeReflections: true,
          includeExperiments: true,
          showNames: true,
          includeMedications: true,
        },
      }),
    );
    expect(shown).not.toContain(NAME_CANARY);
    expect(shown).not.toContain(EXPERIMENT_CANARY);
    expect(shown).not.toContain(NOTE_CANARY);
    expect(shown).not.toContain("Moved flat");
  });
});

test("only the period's PEG and red flags are shown; PEG changes count from the first PEG ever", async () => {
  const carol = await createTestUser();
  await getPrisma().pegResponse.createMany({
    data: [
      { userId: carol.id, date: toDbDate("2026-04-01"), pain: 8, enjoyment: 8, activity: 8 },
      { userId: carol.id, date: toDbDate("2026-05-10"), pain: 4, enjoyment: 4, activity: 4 },
      { userId: carol.id, date: toDbDate("2026-06-10"), pain: 2, enjoyment: 2, activity: 2 },
    ],
  });
  await getPrisma().checkIn.createMany({
    data: [
      { userId: carol.id, date: toDbDate("2026-04-20"), redFlags: ["FEVER"] },
      { userId: carol.id, date: toDbDate("2026-05-15"), redFlags: ["AFTER_FALL_OR_INJURY"] },
      { userId: carol.id, date: toDbDate("2026-06-02"), redFlags: ["SADDLE_NUMBNESS"] },
    ],
  });
  const summary = await buildSummary({ userId: carol.id, options: privateOff });
  expect(summary.peg.map((point) => [point.date, point.score, point.level])).toEqual([
    ["2026-05-10", 4, "substantial-improvement"],
  ]);
  expect(summary.redFlags).toEqual([{ date: "2026-05-15", flags: ["AFTER_FALL_OR_INJURY"] }]);
});

describe("share links", () => {
  test("only the SHA-256 of the token is stored, and the token opens the link", async () => {
    const { id, token } = await createShareLink({
      userId: alice.id,
      input: linkInput(),
      snapshot: null,
    });
    const row = await getPrisma().shareLink.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const open = await findOpenShareLink({ tokenHash: row.tokenHash, now: new Date() });
    expect(open).toMatchObject({ id, userId: alice.id, mode: "LIVE", ...period });
  });

  test("expired and revoked links no longer open; revoking takes effect at once", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const { id, token } = await createShareLink({
      userId: alice.id,
      input: linkInput({ expiresInDays: 1 }),
      snapshot: null,
      now,
    });
    const tokenHash = createHash("sha256").update(token).digest("hex");
    expect(
      await findOpenShareLink({ tokenHash, now: new Date("2026-06-02T11:59:00Z") }),
    ).not.toBeNull();
    expect(
      await findOpenShareLink({ tokenHash, now: new Date("2026-06-02T12:00:01Z") }),
    ).toBeNull();

    const live = await createShareLink({ userId: alice.id, input: linkInput(), snapshot: null });
    const liveHash = createHash("sha256").update(live.token).digest("hex");
    expect(await revokeShareLink({ userId: alice.id, id: live.id })).toBe(true);
    expect(await findOpenShareLink({ tokenHash: liveHash, now: new Date() })).toBeNull();
    expect(await revokeShareLink({ userId: alice.id, id: live.id })).toBe(false);
    expect(id).toBeTruthy();
  });

  test("one request id makes one link: a retry gets a new token for it, the old one stops", async () => {
    const requestId = randomUUID();
    const hash = (token: string) => createHash("sha256").update(token).digest("hex");
    const request = { userId: alice.id, input: linkInput(), snapshot: null, requestId };
    const first = await createShareLink(request);
    const [retry, again] = await Promise.all([createShareLink(request), createShareLink(request)]);
    expect(new Set([first.id, retry.id, again.id]).size).toBe(1);
    expect([first.isReplay, retry.isReplay, again.isReplay]).toEqual([false, true, true]);
    expect(await getPrisma().shareLink.count({ where: { userId: alice.id, requestId } })).toBe(1);
    const opens = async (token: string) =>
      (await findOpenShareLink({ tokenHash: hash(token), now: new Date() })) !== null;
    const stored = await getPrisma().shareLink.findUniqueOrThrow({ where: { id: first.id } });
    // Exactly one of the tokens handed out works: the one stored last.
    const working = [first.token, retry.token, again.token].filter(
      (token) => hash(token) === stored.tokenHash,
    );
    expect(working).toHaveLength(1);
    expect(await opens(working[0] as string)).toBe(true);
    expect(await opens(first.token)).toBe(false);
    // Once revoked, a retry does not bring it back.
    await revokeShareLink({ userId: alice.id, id: first.id });
    await expect(createShareLink(request)).rejects.toEqual(new AppError("CONFLICT"));
  });

  test("a frozen link keeps the summary it was created with", async () => {
    const snapshot = await buildSummary({ userId: alice.id, options: privateOff });
    const { token } = await createShareLink({
      userId: alice.id,
      input: linkInput({ mode: "SNAPSHOT" }),
      snapshot,
    });
    const open = await findOpenShareLink({
      tokenHash: createHash("sha256").update(token).digest("hex"),
      now: new Date(),
    });
    expect(open?.snapshot).toEqual(snapshot);
  });

  test("openings are logged per link and shown only to its owner", async () => {
    const { id } = await createShareLink({ userId: alice.id, input: linkInput(), snapshot: null });
    await recordShareAccess({ shareLinkId: id, kind: "page" });
    await recordShareAccess({ shareLinkId: id, kind: "pdf" });
    const log = await getShareAccessLog({ userId: alice.id, id });
    expect(log?.accesses.map((access) => access.kind).sort()).toEqual(["page", "pdf"]);
    expect(log?.link.openings).toBe(2);
    expect(
      (await listShareLinks({ userId: alice.id })).find((link) => link.id === id)?.openings,
    ).toBe(2);
    // Bob can neither see, log nor revoke Alice's link.
    expect(await getShareAccessLog({ userId: bob.id, id })).toBeNull();
    expect((await listShareLinks({ userId: bob.id })).map((link) => link.id)).not.toContain(id);
    expect(await revokeShareLink({ userId: bob.id, id })).toBe(false);
    expect((await getPrisma().shareLink.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });
});
