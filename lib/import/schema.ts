import { z } from "zod";
import { currentPasswordSchema } from "@/lib/accounts/schema";
import { PARTS_OF_DAY } from "@/lib/time";
import { DATE_ORDERS } from "./readers/dates";

/**
 * The "bring your history in" form: which app the file comes from, how a spreadsheet's columns
 * map onto the journal, and (to import, not to preview) the password again. Shared by the form
 * (components/import) and the route (app/api/import/history).
 */

export const HISTORY_SOURCES = ["daylio", "spreadsheet"] as const;
export type HistorySource = (typeof HISTORY_SOURCES)[number];

/** Pain scales a spreadsheet may use, and how each becomes the journal's 0–10. */
export const PAIN_SCALES = {
  "0-10": { min: 0, max: 10, label: "0 to 10", toTen: (value: number) => value },
  "1-10": { min: 1, max: 10, label: "1 to 10 (kept as written)", toTen: (value: number) => value },
  "0-5": { min: 0, max: 5, label: "0 to 5 (doubled)", toTen: (value: number) => value * 2 },
  "0-100": {
    min: 0,
    max: 100,
    label: "0 to 100 (divided by 10)",
    toTen: (value: number) => value / 10,
  },
} as const;
export type PainScale = keyof typeof PAIN_SCALES;
const SCALE_NAMES = Object.keys(PAIN_SCALES) as [PainScale, ...PainScale[]];

/** A column chosen in the mapping: its index in the header, or null for "none". */
const column = z
  .int({ error: "Choose a column from the list." })
  .min(0, { error: "Choose a column from the list." })
  .max(500, { error: "Choose a column from the list." })
  .nullable();

export const spreadsheetMappingSchema = z.object({
  date: column.refine((value) => value !== null, { error: "Choose the column with the date." }),
  dateOrder: z.enum(DATE_ORDERS, { error: "Choose how dates like 01/03/2026 are written." }),
  time: column,
  pain: column,
  scale: z.enum(SCALE_NAMES, { error: "Choose the scale of the pain ratings." }),
  /** The part of day a rating without a time is for. */
  untimedPart: z.enum(PARTS_OF_DAY, { error: "Choose a part of the day." }),
  people: column,
  places: column,
  feelings: column,
  note: column,
});
export type SpreadsheetMapping = z.output<typeof spreadsheetMappingSchema>;
export type MappingField = keyof SpreadsheetMapping;

export const historyRequestSchema = z.object({
  source: z.enum(HISTORY_SOURCES, { error: "Choose where the file comes from." }),
  intent: z.enum(["preview", "import"], { error: "Reload the page and try again." }),
});

/** Importing needs the password again, as the JSON import does. */
export const historyImportPasswordSchema = z.object({ password: currentPasswordSchema });

const COLUMN_FIELDS = ["date", "time", "pain", "people", "places", "feelings", "note"] as const;

/** The mapping from the form's fields: a column select sends its index, or "" for none. */
export function mappingFromForm(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const raw: Record<string, unknown> = {
    dateOrder: text("dateOrder"),
    scale: text("scale"),
    untimedPart: text("untimedPart"),
  };
  for (const field of COLUMN_FIELDS) {
    const value = text(field);
    raw[field] = value === undefined || value === "" ? null : Number(value);
  }
  return spreadsheetMappingSchema.safeParse(raw);
}
