import "server-only";
import { type EncryptedField, openJson, openOptional, openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { fromDbDate } from "@/lib/time";
import { derivedUuid } from "./formats/ids";
import {
  byText,
  dateOrNull,
  groupBy,
  iso,
  isoOrNull,
  json,
  partIndex,
  tagUsesOf,
} from "./formats/json-rows";
import { EXPORT_FORMAT, type ExportDocument, type ExportDose, SCHEMA_VERSION } from "./schema";

/**
 * Everything the person has recorded, as the JSON export (schema version 2), read in one
 * repeatable-read transaction so the parts agree with each other. For the signed-in person only:
 * every query is scoped by `userId`. Returns null when the account does not exist.
 */
export async function getExportDocument({
  userId,
  now = new Date(),
}: {
  userId: string;
  now?: Date;
}): Promise<ExportDocument | null> {
  return getPrisma().$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: userId },
        select: {
          email: true,
          timeZone: true,
          createdAt: true,
          painBeganOn: true,
          flareBeganOn: true,
        },
      });
      if (!user) return null;
      const where = { userId };
      const open = (field: EncryptedField, value: string) => openText({ field, userId, value });
      const openNullable = (field: EncryptedField, value: string | null) =>
        openOptional({ field, userId, value });
      const tagName = (value: string) => open("Tag.name", value);
      const reliefName = (value: string) => open("ReliefItem.name", value);
      // One query after another: a transaction runs on a single connection anyway.
      const tags = await tx.tag.findMany({
        where,
        select: { kind: true, name: true, createdAt: true },
      });
      const reliefItems = await tx.reliefItem.findMany({
        where,
        select: { builtinKey: true, name: true, createdAt: true },
      });
      const checkIns = await tx.checkIn.findMany({ where, orderBy: { date: "asc" } });
      const painEntries = await tx.painEntry.findMany({ where });
      const tagUses = await tx.tagUse.findMany({
        where,
        select: {
          checkInId: true,
          painEntryId: true,
          partOfDay: true,
          tag: { select: { kind: true, name: true } },
        },
      });
      const reliefUses = await tx.reliefUse.findMany({
        where,
        select: {
          checkInId: true,
          partOfDay: true,
          minutes: true,
          helped: true,
          reliefItem: { select: { name: true } },
        },
      });
      const medications = await tx.medication.findMany({
        where,
        select: { name: true, usualDose: true, unit: true, archivedAt: true, createdAt: true },
      });
      const doses = await tx.medicationDose.findMany({
        where,
        select: {
          checkInId: true,
          painEntryId: true,
          dose: true,
          unit: true,
          asNeeded: true,
          takenAt: true,
          partOfDay: true,
          medication: { select: { name: true } },
        },
      });
      const lifeEvents = await tx.lifeEvent.findMany({ where });
      const pegResponses = await tx.pegResponse.findMany({ where, orderBy: { date: "asc" } });
      const reflections = await tx.reflection.findMany({ where });
      const experiments = await tx.experiment.findMany({
        where,
        include: {
          reliefItem: { select: { name: true } },
          nights: { select: { date: true, isDone: true }, orderBy: { date: "asc" } },
        },
      });
      const shareLinks = await tx.shareLink.findMany({
        where,
        orderBy: { createdAt: "asc" },
        include: {
          accesses: { select: { openedAt: true, kind: true }, orderBy: { openedAt: "asc" } },
        },
      });

      const usesByCheckIn = groupBy(tagUses, (use) => (use.painEntryId ? null : use.checkInId));
      const usesByEntry = groupBy(tagUses, (use) => use.painEntryId);
      const painByCheckIn = groupBy(painEntries, (entry) => entry.checkInId);
      const reliefByCheckIn = groupBy(reliefUses, (use) => use.checkInId);
      const dosesByCheckIn = groupBy(doses, (taken) => taken.checkInId);
      const dosesByEntry = groupBy(doses, (taken) => taken.painEntryId);
      const medicationName = (value: string) => open("Medication.name", value);
      const dosesOf = (rows: typeof doses) =>
        rows
          .map((taken) => ({
            medication: medicationName(taken.medication.name),
            dose: taken.dose,
            unit: taken.unit as ExportDose["unit"],
            asNeeded: taken.asNeeded,
            takenAt: iso(taken.takenAt),
            partOfDay: taken.partOfDay,
          }))
          .sort((a, b) => byText(a.takenAt, b.takenAt) || byText(a.medication, b.medication));
      const painOf = (entry: (typeof painEntries)[number]) => ({
        intensity: entry.intensity,
        areas: entry.areas,
        qualities: entry.qualities,
        createdAt: iso(entry.createdAt),
        tags: tagUsesOf(usesByEntry.get(entry.id) ?? [], tagName),
      });

      return {
        format: EXPORT_FORMAT,
        schemaVersion: SCHEMA_VERSION,
        exportedAt: iso(now),
        account: {
          email: user.email,
          timeZone: user.timeZone,
          createdAt: iso(user.createdAt),
          painBeganOn: dateOrNull(user.painBeganOn),
          flareBeganOn: dateOrNull(user.flareBeganOn),
        },
        tags: tags
          .map((tag) => ({
            kind: tag.kind,
            name: tagName(tag.name),
            createdAt: iso(tag.createdAt),
          }))
          .sort((a, b) => byText(a.kind, b.kind) || byText(a.name, b.name)),
        reliefItems: reliefItems
          .map((item) => ({
            ...item,
            name: reliefName(item.name),
            createdAt: iso(item.createdAt),
          }))
          .sort((a, b) => byText(a.name, b.name)),
        medications: medications
          .map((item) => ({
            name: medicationName(item.name),
            usualDose: item.usualDose,
            unit: item.unit as ExportDose["unit"],
            archivedAt: isoOrNull(item.archivedAt),
            createdAt: iso(item.createdAt),
          }))
          .sort((a, b) => byText(a.name, b.name)),
        checkIns: checkIns.map((checkIn) => ({
          date: fromDbDate(checkIn.date),
          stress: checkIn.stress,
          sittingHours: checkIn.sittingHours,
          sleepQuality: checkIn.sleepQuality,
          sleepHours: checkIn.sleepHours,
          note: openNullable("CheckIn.note", checkIn.note),
          redFlags: checkIn.redFlags,
          createdAt: iso(checkIn.createdAt),
          updatedAt: iso(checkIn.updatedAt),
          pain: (painByCheckIn.get(checkIn.id) ?? [])
            .sort((a, b) => partIndex(a.partOfDay) - partIndex(b.partOfDay))
            .map((entry) => ({ partOfDay: entry.partOfDay, ...painOf(entry) })),
          tags: tagUsesOf(usesByCheckIn.get(checkIn.id) ?? [], tagName),
          relief: (reliefByCheckIn.get(checkIn.id) ?? [])
            .map((use) => ({
              item: reliefName(use.reliefItem.name),
              partOfDay: use.partOfDay,
              minutes: use.minutes,
              helped: use.helped,
            }))
            .sort((a, b) => byText(a.item, b.item)),
          medications: dosesOf(dosesByCheckIn.get(checkIn.id) ?? []),
        })),
        quickLogs: painEntries
          .filter((entry) => entry.checkInId === null && entry.occurredAt !== null)
          .map((entry) => ({
            // A quick log saved without a requestId gets one derived from its row, so that the
            // same export imported twice is recognised the second time.
            requestId: entry.requestId ?? derivedUuid(`quick-log:${entry.id}`),
            occurredAt: iso(entry.occurredAt ?? entry.createdAt),
            localDate: fromDbDate(entry.localDate),
            partOfDay: entry.partOfDay,
            ...painOf(entry),
            medications: dosesOf(dosesByEntry.get(entry.id) ?? []),
          }))
          .sort((a, b) => byText(a.occurredAt, b.occurredAt) || byText(a.requestId, b.requestId)),
        // Sorted here rather than in SQL, so the order never depends on the database's collation.
        lifeEvents: lifeEvents
          .map((event) => ({
            date: fromDbDate(event.date),
            title: open("LifeEvent.title", event.title),
            category: event.category,
            note: openNullable("LifeEvent.note", event.note),
            createdAt: iso(event.createdAt),
          }))
          .sort((a, b) => byText(a.date, b.date) || byText(a.title, b.title)),
        pegResponses: pegResponses.map((peg) => ({
          date: fromDbDate(peg.date),
          pain: peg.pain,
          enjoyment: peg.enjoyment,
          activity: peg.activity,
          createdAt: iso(peg.createdAt),
        })),
        reflections: reflections
          .map((reflection) => ({
            promptKey: reflection.promptKey,
            promptText: open("Reflection.promptText", reflection.promptText),
            evidence: json(
              openJson({ field: "Reflection.evidence", userId, value: reflection.evidence }),
            ),
            answer: open("Reflection.answer", reflection.answer),
            weekStart: fromDbDate(reflection.weekStart),
            createdAt: iso(reflection.createdAt),
            updatedAt: iso(reflection.updatedAt),
          }))
          .sort((a, b) => byText(a.createdAt, b.createdAt) || byText(a.promptKey, b.promptKey)),
        experiments: experiments
          .map((experiment) => ({
            reliefItem: experiment.reliefItem ? reliefName(experiment.reliefItem.name) : null,
            rule: openNullable("Experiment.rule", experiment.rule),
            outcome: experiment.outcome,
            startDate: fromDbDate(experiment.startDate),
            blockDays: experiment.blockDays,
            blockOrder: experiment.blockOrder,
            stoppedOn: dateOrNull(experiment.stoppedOn),
            createdAt: iso(experiment.createdAt),
            nights: experiment.nights.map((night) => ({
              date: fromDbDate(night.date),
              isDone: night.isDone,
            })),
          }))
          .sort((a, b) => byText(a.startDate, b.startDate) || byText(a.createdAt, b.createdAt)),
        shareLinks: shareLinks.map((link) => ({
          label: openNullable("ShareLink.label", link.label),
          mode: link.mode,
          periodStart: fromDbDate(link.periodStart),
          periodEnd: fromDbDate(link.periodEnd),
          options: json(link.options),
          snapshot: json(openJson({ field: "ShareLink.snapshot", userId, value: link.snapshot })),
          expiresAt: iso(link.expiresAt),
          revokedAt: isoOrNull(link.revokedAt),
          createdAt: iso(link.createdAt),
          accesses: link.accesses.map((access) => ({
            openedAt: iso(access.openedAt),
            kind: access.kind,
          })),
        })),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
