// Relief items as text. Apart from format.ts because it carries the relief library's words,
// which pages that only show dates should not load.

import { HELPED_LABELS, type Helped, PART_OF_DAY_LABELS } from "@/lib/journal/vocabulary/terms";
import type { PartOfDay } from "@/lib/time";
import { reliefLibraryEntry } from "../library/relief-library";

/** The name to show for a relief item: the library's words for built-ins, the person's own otherwise. */
export function reliefDisplayName(item: { builtinKey: string | null; name: string }): string {
  return reliefLibraryEntry(item.builtinKey)?.name ?? item.name;
}

/** "Calf stretch, 10 min, evening, helped: a little" */
export function describeReliefUse(use: {
  builtinKey: string | null;
  name: string;
  minutes: number | null;
  helped: Helped | null;
  partOfDay: PartOfDay | null;
}): string {
  const parts = [reliefDisplayName(use)];
  if (use.minutes !== null) parts.push(`${use.minutes} min`);
  if (use.partOfDay) parts.push(PART_OF_DAY_LABELS[use.partOfDay].label.toLowerCase());
  if (use.helped) parts.push(`helped: ${HELPED_LABELS[use.helped].toLowerCase()}`);
  return parts.join(", ");
}
