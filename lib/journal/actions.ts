"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  changedElsewhere,
  FORM_MESSAGES,
  signedInAction,
  signedInFormAction,
} from "@/lib/form-action";
import { type FormState, jsonPayloadOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { addDays } from "@/lib/time";
import { calendarDateFor, journalDateFor } from "@/lib/time-zone";
import { saveCheckIn } from "./check-in/mutations";
import { getCheckIn } from "./data";
import { generateDemoJournal } from "./demo/generator/demo-journal";
import { insertDemoJournal } from "./demo/mutations";
import { formatLongDate, formatShortDate, partOfDayLabel } from "./format/dates";
import { clearJournal, deleteDay } from "./mutations";
import { createQuickLog, deleteQuickLog } from "./quick-log/mutations";
import {
  checkInSchema,
  clearJournalSchema,
  deleteDaySchema,
  deleteQuickLogSchema,
  quickLogSchema,
} from "./schema";
import type { CheckInFormState, QuickLogFormState } from "./types";
import { redFlagsByUrgency } from "./vocabulary/red-flags";
import { intensityText } from "./vocabulary/terms";

const CHECK_FIELDS =
  "Some answers need another look; they are marked below. Nothing was saved yet.";

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
  return signedInFormAction(getCurrentUser, formData, {
    keepsInput: true,
    read: (form) => jsonPayloadOf(form),
    schema: checkInSchema,
    invalid: ({ fieldErrors }) => ({ ok: false, message: CHECK_FIELDS, fieldErrors }),
    run: async ({ user, input }) => {
      // The schema only knows no one anywhere is past this date; the person's own zone is stricter.
      if (input.date > calendarDateFor(new Date(), user.timeZone)) {
        return {
          ok: false,
          message: CHECK_FIELDS,
          fieldErrors: { date: ["That day hasn't happened yet."] },
        };
      }
      const saved = await saveCheckIn({ userId: user.id, data: input, timeZone: user.timeZone });
      if (saved.status === "conflict") {
        const current = saved.id
          ? await getCheckIn({ userId: user.id, date: input.replacesDate ?? input.date })
          : null;
        return { ok: false, message: changedElsewhere("This check-in"), conflict: { current } };
      }
      // No revalidatePath here: every journal page renders per request, so nothing cached goes
      // stale, and revalidating would re-render Tonight into this response (3× slower saves, see
      // README "Benchmarks"). The form keeps its own state and shows the confirmation below.
      return {
        ok: true,
        message: `Saved for ${formatLongDate(saved.date)}.`,
        savedDate: saved.date,
        version: saved.version,
        hasUrgentRedFlag: redFlagsByUrgency(input.redFlags).urgent.length > 0,
      };
    },
  });
}

/**
 * Stores a quick log for the signed-in person, felt now: its date and part of day come from the
 * server's clock in the person's zone. Idempotent per request id.
 */
export async function createQuickLogAction(
  _previous: QuickLogFormState,
  formData: FormData,
): Promise<QuickLogFormState> {
  return signedInFormAction(getCurrentUser, formData, {
    keepsInput: true,
    read: (form) => jsonPayloadOf(form, "payload", 20_000),
    schema: quickLogSchema,
    invalid: ({ fieldErrors }) => ({ ok: false, message: CHECK_FIELDS, fieldErrors }),
    run: async ({ user, input }) => {
      const saved = await createQuickLog({ userId: user.id, timeZone: user.timeZone, data: input });
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
          areas: input.areas,
          tags: input.tags,
          medications: saved.medications,
        },
      };
    },
  });
}

/** Deletes the signed-in person's check-in and quick logs of one date. */
export async function deleteDayAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    schema: deleteDaySchema,
    invalid: FORM_MESSAGES.unreadable,
    run: async ({ user, input }) => {
      const deleted = await deleteDay({ userId: user.id, date: input.date });
      revalidateJournal();
      if (deleted.checkIns + deleted.quickLogs === 0) {
        return { ok: false, message: "That day was already gone." };
      }
      return { ok: true, message: `Deleted ${formatLongDate(input.date)}.` };
    },
  });
}

/** Deletes one of the signed-in person's quick logs. */
export async function deleteQuickLogAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    schema: deleteQuickLogSchema,
    invalid: FORM_MESSAGES.unreadable,
    run: async ({ user, input }) => {
      const isDeleted = await deleteQuickLog({ userId: user.id, id: input.id });
      revalidateJournal();
      return isDeleted
        ? { ok: true, message: "Quick log deleted." }
        : { ok: false, message: "That quick log was already gone." };
    },
  });
}

/**
 * "Try it with sample data": fills the signed-in person's journal with the demo journal, ending
 * yesterday, only when it is empty. Redirects to the journal when it did.
 */
export async function loadSampleDataAction(_previous: FormState): Promise<FormState> {
  return signedInAction(getCurrentUser, async ({ user }) => {
    const endDate = addDays(journalDateFor(new Date(), user.timeZone), -1);
    const result = await insertDemoJournal({
      userId: user.id,
      journal: generateDemoJournal({ endDate, timeZone: user.timeZone }),
    });
    revalidateJournal();
    if (!result.isInserted) {
      return {
        ok: false,
        message: "Your journal already has entries, so no sample data was added.",
      };
    }
    redirect("/journal?sample=1");
  });
}

/** Deletes every check-in and quick log of the signed-in person (after a typed confirmation). */
export async function clearJournalAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    schema: clearJournalSchema,
    run: async ({ user }) => {
      const deleted = await clearJournal({ userId: user.id });
      revalidateJournal();
      return {
        ok: true,
        message: `Deleted ${deleted.checkIns} check-ins and ${deleted.quickLogs} quick logs.`,
      };
    },
  });
}
