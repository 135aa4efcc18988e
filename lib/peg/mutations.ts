import "server-only";
import { getPrisma } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import type { PegAnswers } from "./types";

/** Saves the person's PEG for `date`; a second one on the same date replaces the first. */
export async function savePegResponse({
  userId,
  date,
  answers,
}: {
  userId: string;
  date: string;
  answers: PegAnswers;
}): Promise<{ id: string }> {
  const { pain, enjoyment, activity } = answers;
  return getPrisma().pegResponse.upsert({
    where: { userId_date: { userId, date: toDbDate(date) } },
    create: { userId, date: toDbDate(date), pain, enjoyment, activity },
    update: { pain, enjoyment, activity },
    select: { id: true },
  });
}

/** Deletes one of the person's PEGs; false when there was none of theirs to delete. */
export async function deletePegResponse({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<boolean> {
  const { count } = await getPrisma().pegResponse.deleteMany({ where: { id, userId } });
  return count === 1;
}
