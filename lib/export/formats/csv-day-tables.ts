import type { ExportDocument, ExportDose, ExportTagUse } from "../schema";
import type { Cell, Table } from "./csv";

/** Lists inside one cell (body areas, qualities, red flags) are separated by "; ". */
export const joined = (values: readonly string[]) => values.join("; ");

/** A tag-uses.csv row: where the tag was used (date, attached to, rating, quick log), then the tag. */
function tagUseRow(where: Cell[], use: ExportTagUse): Cell[] {
  return [...where, use.kind, use.name, use.partOfDay];
}

/** A medication-doses.csv row: where it was taken (date, attached to, quick log), then the dose. */
function doseRow(where: Cell[], taken: ExportDose): Cell[] {
  return [
    ...where,
    taken.medication,
    taken.dose,
    taken.unit,
    taken.asNeeded ? "yes" : "no",
    taken.takenAt,
    taken.partOfDay,
  ];
}

/**
 * The CSV tables of what happened on each day: every pain rating (check-ins' and quick logs'),
 * and the tags, relief and medications used with them.
 */
export function dayTables(document: ExportDocument): Record<string, Table> {
  const quickLogs = document.quickLogs;
  return {
    "pain-ratings.csv": {
      columns: [
        "source",
        "date",
        "partOfDay",
        "intensity",
        "areas",
        "qualities",
        "occurredAt",
        "requestId",
        "createdAt",
      ],
      rows: [
        ...document.checkIns.flatMap((checkIn) =>
          checkIn.pain.map((pain): Cell[] => [
            "check-in",
            checkIn.date,
            pain.partOfDay,
            pain.intensity,
            joined(pain.areas),
            joined(pain.qualities),
            null,
            null,
            pain.createdAt,
          ]),
        ),
        ...quickLogs.map((log): Cell[] => [
          "quick log",
          log.localDate,
          log.partOfDay,
          log.intensity,
          joined(log.areas),
          joined(log.qualities),
          log.occurredAt,
          log.requestId,
          log.createdAt,
        ]),
      ],
    },
    "tag-uses.csv": {
      columns: [
        "date",
        "attachedTo",
        "ratingPartOfDay",
        "quickLogRequestId",
        "kind",
        "name",
        "partOfDay",
      ],
      rows: [
        ...document.checkIns.flatMap((checkIn) => [
          ...checkIn.tags.map((use) => tagUseRow([checkIn.date, "check-in", null, null], use)),
          ...checkIn.pain.flatMap((pain) =>
            pain.tags.map((use) =>
              tagUseRow([checkIn.date, "check-in rating", pain.partOfDay, null], use),
            ),
          ),
        ]),
        ...quickLogs.flatMap((log) =>
          log.tags.map((use) => tagUseRow([log.localDate, "quick log", null, log.requestId], use)),
        ),
      ],
    },
    "relief-uses.csv": {
      columns: ["date", "item", "partOfDay", "minutes", "helped"],
      rows: document.checkIns.flatMap((checkIn) =>
        checkIn.relief.map((use): Cell[] => [
          checkIn.date,
          use.item,
          use.partOfDay,
          use.minutes,
          use.helped,
        ]),
      ),
    },
    "medication-doses.csv": {
      columns: [
        "date",
        "attachedTo",
        "quickLogRequestId",
        "medication",
        "dose",
        "unit",
        "asNeeded",
        "takenAt",
        "partOfDay",
      ],
      rows: [
        ...document.checkIns.flatMap((checkIn) =>
          checkIn.medications.map((taken) => doseRow([checkIn.date, "check-in", null], taken)),
        ),
        ...quickLogs.flatMap((log) =>
          log.medications.map((taken) =>
            doseRow([log.localDate, "quick log", log.requestId], taken),
          ),
        ),
      ],
    },
  };
}
