import "server-only";
import { openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import type { PartOfDay } from "@/lib/time";
import { doseTime } from "./doses/timing";
import type { DoseDTO, MedicationDTO, MedicationUnit } from "./types";

/**
 * Reads of the person's medications. Every query is scoped to `userId`: another person's
 * medication and no medication look the same (absent).
 */

const nameOf = (userId: string, value: string) =>
  openText({ field: "Medication.name", userId, value });

type MedicationRow = Omit<MedicationDTO, "name" | "unit" | "isArchived"> & {
  name: string;
  unit: string;
  archivedAt: Date | null;
};

/**
 * The person's medications: in use first (most recently and most often taken first, then by
 * name), then archived ones when `includeArchived`. Names are decrypted here.
 */
export async function listMedications({
  userId,
  includeArchived = false,
}: {
  userId: string;
  includeArchived?: boolean;
}): Promise<MedicationDTO[]> {
  const rows = await getPrisma().$queryRaw<MedicationRow[]>`
    SELECT m.id, m.name, m."usualDose", m.unit, m."archivedAt",
           to_char(max(d."localDate"), 'YYYY-MM-DD') AS "lastUsed",
           count(d.id)::int AS uses
    FROM "Medication" m
    LEFT JOIN "MedicationDose" d ON d."medicationId" = m.id AND d."userId" = m."userId"
    WHERE m."userId" = ${userId}::uuid
    GROUP BY m.id`;
  return rows
    .filter((row) => includeArchived || row.archivedAt === null)
    .map(({ archivedAt, ...row }) => ({
      ...row,
      name: nameOf(userId, row.name),
      unit: row.unit as MedicationUnit,
      isArchived: archivedAt !== null,
    }))
    .sort(
      (a, b) =>
        Number(a.isArchived) - Number(b.isArchived) ||
        (b.lastUsed ?? "").localeCompare(a.lastUsed ?? "") ||
        b.uses - a.uses ||
        a.name.localeCompare(b.name),
    );
}

/** The ids of all the person's medications (archived ones too). */
export async function listMedicationIds({ userId }: { userId: string }): Promise<string[]> {
  const rows = await getPrisma().medication.findMany({ where: { userId }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** The Prisma select of a dose, for the journal's reads (lib/journal/data.ts). */
export const doseSelect = {
  medicationId: true,
  dose: true,
  unit: true,
  asNeeded: true,
  takenAt: true,
  partOfDay: true,
  medication: { select: { name: true } },
} as const;

type DoseRow = {
  medicationId: string;
  dose: number;
  unit: string;
  asNeeded: boolean;
  takenAt: Date;
  partOfDay: PartOfDay;
  medication: { name: string };
};

/** Doses as the journal shows them, in the order they were taken, times on the person's clock. */
export function toDoseDTOs({
  userId,
  timeZone,
  rows,
}: {
  userId: string;
  timeZone: string;
  rows: DoseRow[];
}): DoseDTO[] {
  return [...rows]
    .sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime())
    .map((row) => ({
      medicationId: row.medicationId,
      name: nameOf(userId, row.medication.name),
      dose: row.dose,
      unit: row.unit as MedicationUnit,
      asNeeded: row.asNeeded,
      takenAt: row.takenAt.toISOString(),
      time: doseTime(row.takenAt, timeZone),
      partOfDay: row.partOfDay,
    }));
}
