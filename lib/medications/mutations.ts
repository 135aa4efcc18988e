import "server-only";
import { blindIndex, sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MedicationInput } from "./schema";

/**
 * Writes to the person's medication list. Every write is scoped to `userId`: another person's
 * medication id changes nothing and reads as "not found". Medications are archived, never
 * deleted, so the doses already logged keep their name (account deletion removes them all).
 */

function medicationData(userId: string, data: MedicationInput) {
  return {
    name: sealText({ field: "Medication.name", userId, text: data.name }),
    nameIndex: blindIndex({ field: "Medication.name", userId, text: data.name }),
    usualDose: data.usualDose,
    unit: data.unit,
  };
}

/**
 * Adds a medication to the person's list. A `requestId` they already added one with returns that
 * one (a double submit adds one). Throws AppError("CONFLICT") when the list already has this
 * name in any case (archived ones included).
 */
export async function createMedication({
  userId,
  data,
  requestId = null,
}: {
  userId: string;
  data: MedicationInput;
  requestId?: string | null;
}): Promise<{ id: string; isReplay: boolean }> {
  const prisma = getPrisma();
  const earlier = () =>
    requestId
      ? prisma.medication.findFirst({ where: { userId, requestId }, select: { id: true } })
      : null;
  const replay = await earlier();
  if (replay) return { id: replay.id, isReplay: true };
  try {
    const created = await prisma.medication.create({
      data: { userId, requestId, ...medicationData(userId, data) },
      select: { id: true },
    });
    return { id: created.id, isReplay: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same request sent twice at once, or another medication of that name.
    const other = await earlier();
    if (other) return { id: other.id, isReplay: true };
    throw new AppError("CONFLICT");
  }
}

/**
 * Changes the name, usual dose or unit of one of the person's medications; doses already logged
 * keep the dose and unit they were taken in. False when there is no such medication of theirs.
 * Throws AppError("CONFLICT") when another of their medications has the new name.
 */
export async function updateMedication({
  userId,
  id,
  data,
}: {
  userId: string;
  id: string;
  data: MedicationInput;
}): Promise<boolean> {
  try {
    const { count } = await getPrisma().medication.updateMany({
      where: { id, userId },
      data: medicationData(userId, data),
    });
    return count === 1;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT");
    throw error;
  }
}

/**
 * Archives one of the person's medications (it leaves the check-in and quick-log pickers; its
 * doses stay in the journal, export and patterns) or brings it back. False when there is no
 * such medication of theirs.
 */
export async function setMedicationArchived({
  userId,
  id,
  isArchived,
  now = new Date(),
}: {
  userId: string;
  id: string;
  isArchived: boolean;
  now?: Date;
}): Promise<boolean> {
  const { count } = await getPrisma().medication.updateMany({
    where: { id, userId },
    data: { archivedAt: isArchived ? now : null },
  });
  return count === 1;
}
