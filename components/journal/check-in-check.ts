import { fieldErrorsOf } from "@/lib/forms";
import { type CheckInDraft, checkInSchema } from "@/lib/journal/schema";
import type { CheckInFormState } from "@/lib/journal/types";

const CHECK_FIELDS =
  "Some answers need another look; they are marked below. Nothing was saved yet.";

/**
 * The form's own check before a save (the server checks again): the answer to show, or null when
 * the draft can be sent. The form loads this module when first needed, to keep zod (and these
 * words) out of the page's first-load JavaScript.
 */
export function refusalOf(draft: CheckInDraft): CheckInFormState | null {
  const parsed = checkInSchema.safeParse(draft);
  if (parsed.success) return null;
  return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
}
