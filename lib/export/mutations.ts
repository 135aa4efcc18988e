import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  blindIndex,
  openText,
  sealJson,
  sealOptional,
  sealText,
} from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fromDbDate } from "@/lib/time";
import { experimentKey, lifeEventKey, reflectionKey } from "./import-plan/keys";
import { type ExistingRecords, planImportInTurns } from "./import-plan/plan";
import type { ExportDocument } from "./schema";
import type { ImportReport } from "./types";

type Tx = Prisma.TransactionClient;

const CHUNK = 1000;

async function createInChunks<T>(rows: T[], create: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await create(rows.slice(start, start + CHUNK));
  }
}

/**
 * Restores a parsed JSON export into the person's account, all or nothing, in one transaction.
 * Records already there are left alone and counted, so importing the same file twice changes
 * nothing the second time: tags match by (kind, name) and relief items by builtinKey or name
 * (names in any case, as the journal matches them), medications by name in any case, check-ins
 * by date and quick logs by requestId (each with its doses), life events by (date, title), PEG
 * answers by date, reflections by (promptKey, createdAt).
 * Share links are never imported. For the signed-in person: every read and write is scoped by
 * `userId`. Throws AppError("NOT_FOUND") for an unknown account and AppError("CONFLICT") when a
 * concurrent change got there first (nothing is imported then).
 */
export async function importExportDocument({
  userId,
  document,
}: {
  userId: string;
  document: ExportDocument;
}): Promise<ImportReport> {
  try {
    return await getPrisma().$transaction((tx) => importInto({ tx, userId, document }), {
      maxWait: 10_000,
      timeout: 120_000,
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT");
    }
    throw error;
  }
}

/**
 * What importing `document` would do now, without doing it: the same plan and report as
 * importExportDocument, for a preview. For the signed-in person (scoped by `userId`); throws
 * AppError("NOT_FOUND") for an unknown account.
 */
export async function planExportDocumentImport({
  userId,
  document,
}: {
  userId: string;
  document: ExportDocument;
}): Promise<ImportReport> {
  // One snapshot of the account; the plan is made after it, in turns, outside the transaction.
  const existing = await getPrisma().$transaction((tx) => readExisting(tx, userId));
  if (!existing) throw new AppError("NOT_FOUND");
  return (await planImportInTurns({ userId, document, existing })).report;
}

async function readExisting(tx: Tx, userId: string): Promise<ExistingRecords | null> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { timeZone: true, painBeganOn: true, flareBeganOn: true },
  });
  if (!user) return null;
  const where = { userId };
  const oldestFirst = { createdAt: "asc" } as const;
  const tags = await tx.tag.findMany({
    where,
    orderBy: [oldestFirst, { id: "asc" }],
    select: { id: true, kind: true, name: true },
  });
  const reliefItems = await tx.reliefItem.findMany({
    where,
    orderBy: oldestFirst,
    select: { id: true, builtinKey: true, name: true },
  });
  const medications = await tx.medication.findMany({
    where,
    orderBy: [oldestFirst, { id: "asc" }],
    select: { id: true, name: true },
  });
  const checkIns = await tx.checkIn.findMany({ where, select: { date: true } });
  const requestIds = await tx.painEntry.findMany({
    where: { userId, requestId: { not: null } },
    select: { requestId: true },
  });
  const lifeEvents = await tx.lifeEvent.findMany({ where, select: { date: true, title: true } });
  const titleOf = (value: string) => openText({ field: "LifeEvent.title", userId, value });
  const pegs = await tx.pegResponse.findMany({ where, select: { date: true } });
  const reflections = await tx.reflection.findMany({
    where,
    select: { promptKey: true, createdAt: true },
  });
  const experiments = await tx.experiment.findMany({
    where,
    select: { startDate: true, blockDays: true, blockOrder: true },
  });
  return {
    timeZone: user.timeZone,
    painBeganOn: user.painBeganOn ? fromDbDate(user.painBeganOn) : null,
    flareBeganOn: user.flareBeganOn ? fromDbDate(user.flareBeganOn) : null,
    tags: tags.map((tag) => ({
      ...tag,
      name: openText({ field: "Tag.name", userId, value: tag.name }),
    })),
    reliefItems: reliefItems.map((item) => ({
      ...item,
      name: openText({ field: "ReliefItem.name", userId, value: item.name }),
    })),
    medications: medications.map((item) => ({
      ...item,
      name: openText({ field: "Medication.name", userId, value: item.name }),
    })),
    checkInDates: new Set(checkIns.map((row) => fromDbDate(row.date))),
    requestIds: new Set(requestIds.flatMap((row) => (row.requestId ? [row.requestId] : []))),
    lifeEvents: new Set(
      lifeEvents.map((row) => lifeEventKey(fromDbDate(row.date), titleOf(row.title))),
    ),
    pegDates: new Set(pegs.map((row) => fromDbDate(row.date))),
    reflections: new Set(reflections.map((row) => reflectionKey(row.promptKey, row.createdAt))),
    experiments: new Set(
      experiments.map((row) => experimentKey({ ...row, startDate: fromDbDate(row.startDate) })),
    ),
  };
}

async function importInto({
  tx,
  userId,
  document,
}: {
  tx: Tx;
  userId: string;
  document: ExportDocument;
}): Promise<ImportReport> {
  const existing = await readExisting(tx, userId);
  if (!existing) throw new AppError("NOT_FOUND");
  const { report, rows, onsetUpdate } = await planImportInTurns({ userId, document, existing });
  // Parents before children, so every foreign key finds its row.
  const tags = rows.tags.map((row) => ({
    ...row,
    name: sealText({ field: "Tag.name", userId, text: row.name }),
    nameIndex: blindIndex({ field: "Tag.name", userId, text: row.name }),
  }));
  await createInChunks(tags, (data) => tx.tag.createMany({ data }));
  const reliefItems = rows.reliefItems.map((row) => ({
    ...row,
    name: sealText({ field: "ReliefItem.name", userId, text: row.name }),
    nameIndex: blindIndex({ field: "ReliefItem.name", userId, text: row.name }),
  }));
  await createInChunks(reliefItems, (data) => tx.reliefItem.createMany({ data }));
  const medications = rows.medications.map((row) => ({
    ...row,
    name: sealText({ field: "Medication.name", userId, text: row.name }),
    nameIndex: blindIndex({ field: "Medication.name", userId, text: row.name }),
  }));
  await createInChunks(medications, (data) => tx.medication.createMany({ data }));
  const checkIns = rows.checkIns.map((row) => ({
    ...row,
    note: sealOptional({ field: "CheckIn.note", userId, text: row.note ?? null }),
  }));
  await createInChunks(checkIns, (data) => tx.checkIn.createMany({ data }));
  await createInChunks(rows.painEntries, (data) => tx.painEntry.createMany({ data }));
  await createInChunks(rows.tagUses, (data) => tx.tagUse.createMany({ data }));
  await createInChunks(rows.reliefUses, (data) => tx.reliefUse.createMany({ data }));
  await createInChunks(rows.doses, (data) => tx.medicationDose.createMany({ data }));
  const lifeEvents = rows.lifeEvents.map((row) => ({
    ...row,
    title: sealText({ field: "LifeEvent.title", userId, text: row.title }),
    titleIndex: blindIndex({ field: "LifeEvent.title", userId, text: row.title }),
    note: sealOptional({ field: "LifeEvent.note", userId, text: row.note ?? null }),
  }));
  await createInChunks(lifeEvents, (data) => tx.lifeEvent.createMany({ data }));
  await createInChunks(rows.pegResponses, (data) => tx.pegResponse.createMany({ data }));
  const reflections = rows.reflections.map(({ evidence, promptText, answer, ...row }) => ({
    ...row,
    promptText: sealText({ field: "Reflection.promptText", userId, text: promptText }),
    answer: sealText({ field: "Reflection.answer", userId, text: answer }),
    // JSON null and no evidence read back alike (null); store both as SQL NULL.
    evidence:
      evidence === null ? null : sealJson({ field: "Reflection.evidence", userId, json: evidence }),
  }));
  await createInChunks(reflections, (data) => tx.reflection.createMany({ data }));
  const experiments = rows.experiments.map(({ rule, ...row }) => ({
    ...row,
    rule: sealOptional({ field: "Experiment.rule", userId, text: rule }),
  }));
  await createInChunks(experiments, (data) => tx.experiment.createMany({ data }));
  await createInChunks(rows.experimentNights, (data) => tx.experimentNight.createMany({ data }));
  if (Object.keys(onsetUpdate).length > 0) {
    await tx.user.update({ where: { id: userId }, data: onsetUpdate });
  }
  return report;
}
