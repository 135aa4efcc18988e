"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type FormState, fieldErrorsOf, jsonPayloadOf, NOT_A_FORM } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { addDays, calendarDateFor, journalDateFor } from "@/lib/time";
import { saveCheckIn } from "./check-in-mutations";
import { getCheckIn } from "./data";
import { generateDemoJournal } from "./demo";
import { formatLongDate, formatShortDate, partOfDayLabel } from "./format";
import {
  clearJournal,
  createQuickLog,
  deleteDay,
  deleteQuickLog,
  insertDemoJournal,
} from "./mutations";
import {
  checkInSchema,
  clearJournalSchema,
  deleteDaySchema,
  deleteQuickLogSchema,
  quickLogSchema,
} from "./schema";
import type { CheckInFormState, QuickLogFormState } from "./types";
import { intensityText, redFlagsByUrgency } from "./vocabulary";

const SESSION_ENDED = "Your session has ended. Sign in again; what you typed is still here.";
const CHECK_FIELDS =
  "Some answers need another look; they are marked below. Nothing was saved yet.";
const CHANGED_ELSEWHERE =
  "This check-in was changed in another tab or on another device since you opened it. Nothing was saved yet: compare and choose below.";
const UNREADABLE = "The form could not be read. Reload the page and try again.";

// Every journal page shows journal data: refresh them all after a change.
function revalidateJournal() {
  revalidatePath("/", "layout");
}

/**
 * Saves the signed-in person's check-in for the date in the form (creating or replacing it; a
 * repeated submit changes nothing more). Returns field errors keyed by path, e.g.
 * "parts.MORNING.intensity", and never loses the form's state.
 */
export async function saveCheckInAction(
  _previous: CheckInFormState,
  formData: FormData,
): Promise<CheckInFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const payload = jsonPayloadOf(formData);
  if (payload === undefined) return { ok: false, message: UNREADABLE };
  const parsed = checkInSchema.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  }
  // The schema only knows no one anywhere is past this date; the person's own zone is stricter.
  if (parsed.data.date > calendarDateFor(new Date(), user.timeZone)) {
    return {
      ok: false,
      message: CHECK_FIELDS,
      fieldErrors: { date: ["That day hasn't happened yet."] },
    };
  }
  const saved = await saveCheckIn({
    userId: user.id,
    data: parsed.data,
    timeZone: user.timeZone,
  });
  if (saved.status === "conflict") {
    const current = saved.id
      ? await getCheckIn({ userId: user.id, date: parsed.data.replacesDate ?? parsed.data.date })
      : null;
    return { ok: false, message: CHANGED_ELSEWHERE, conflict: { current } };
  }
  // No revalidatePath here: every journal page renders per request, so nothing cached goes
  // stale, and revalidating would re-render Tonight into this response (3× slower saves, see
  // README "Benchmarks"). The form keeps its own state and shows the confirmation below.
  return {
    ok: true,
    message: `Saved for ${formatLongDate(saved.date)}.`,
    savedDate: saved.date,
    version: saved.version,
    hasUrgentRedFlag: redFlagsByUrgency(parsed.data.redFlags).urgent.length > 0,
  };
}

/**
 * Stores a quick log for the signed-in person, felt now: its date and part of day come from the
 * server's clock in the person's zone. Idempotent per request id.
 */
export async function createQuickLogAction(
  _previous: QuickLogFormState,
  formData: FormData,
): Promise<QuickLogFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const payload = jsonPayloadOf(formData, "payload", 20_000);
  if (payload === undefined) return { ok: false, message: UNREADABLE };
  const parsed = quickLogSchema.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const saved = await createQuickLog({
    userId: user.id,
    timeZone: user.timeZone,
    data: parsed.data,
  });
  revalidateJournal();
  const when = `${partOfDayLabel(saved.partOfDay).toLowerCase()} of ${formatShortDate(saved.localDate)}`;
  return {
    ok: true,
    message: `Logged: ${intensityText(saved.intensity)}, ${when}.`,
    saved: {
      id: saved.id,
      occurredAt: saved.occurredAt,
      localDate: saved.localDate,
      partOfDay: saved.partOfDay,
      intensity: saved.intensity,
      areas: parsed.data.areas,
      tags: parsed.data.tags,
      medications: saved.medications,
    },
  };
}

/** Deletes the signed-in person's check-in and quick logs of one date. */
export async function deleteDayAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = deleteDaySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: UNREADABLE };
  const deleted = await deleteDay({ userId: user.id, date: parsed.data.date });
  revalidateJournal();
  if (deleted.checkIns + deleted.quickLogs === 0) {
    return { ok: false, message: "That day was already gone." };
  }
  return { ok: true, message: `Deleted ${formatLongDate(parsed.data.date)}.` };
}

/** Deletes one of the signed-in person's quick logs. */
export async function deleteQuickLogAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = deleteQuickLogSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: UNREADABLE };
  const isDeleted = await deleteQuickLog({ userId: user.id, id: parsed.data.id });
  revalidateJournal();
  return isDeleted
    ? { ok: true, message: "Quick log deleted." }
    : { ok: false, message: "That quick log was already gone." };
}

/**
 * "Try it with sample data": fills the signed-in person's journal with the demo journal, ending
 * yesterday, only when it is empty. Redirects to the journal when it did.
 */
export async function loadSampleDataAction(_previous: FormState): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  const endDate = addDays(journalDateFor(new Date(), user.timeZone), -1);
  const result = await insertDemoJournal({
    userId: user.id,
    journal: generateDemoJournal({ endDate, timeZone: user.timeZone }),
  });
  revalidateJournal();
  if (!result.isInserted) {
    return { ok: false, message: "Your journal already has entries, so no sample data was added." };
  }
  redirect("/journal?sample=1");
}

/** Deletes every check-in and quick log of the signed-in person (after a typed confirmation). */
export async function clearJournalAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = clearJournalSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const deleted = await clearJournal({ userId: user.id });
  revalidateJournal();
  return {
    ok: true,
    message: `Deleted ${deleted.checkIns} check-ins and ${deleted.quickLogs} quick logs.`,
  };
}
